import { useDocumentTitle } from '../chrome/useDocumentTitle.ts';
import pkg from '../../../package.json' with { type: 'json' };

const SOURCES = [
  { title: 'vLLM documentation', url: 'https://docs.vllm.ai/en/latest/' },
  { title: 'Kwon et al., "Efficient Memory Management for Large Language Model Serving with PagedAttention", SOSP 2023', url: 'https://arxiv.org/abs/2309.06180' },
  { title: 'vLLM blog: "vLLM: Easy, Fast, and Cheap LLM Serving with PagedAttention" (June 2023)', url: 'https://blog.vllm.ai/2023/06/20/vllm.html' },
  { title: 'llm-d project', url: 'https://llm-d.ai/' },
  { title: 'Gateway API Inference Extension', url: 'https://gateway-api-inference-extension.sigs.k8s.io/' },
  { title: 'KServe documentation', url: 'https://kserve.github.io/website/' },
  { title: 'Knative Serving autoscaling', url: 'https://knative.dev/docs/serving/autoscaling/' },
];

export function AboutPage() {
  useDocumentTitle('About');
  return (
    <div className="page prose">
      <h1>About Serving Lab</h1>
      <p>
        Serving Lab teaches how large language models are served in production — the vLLM engine, llm-d's distributed
        routing and KServe's platform layer — with lessons you read and models you can run, pause and break.
      </p>

      <h2 id="model">What the in-browser model simplifies</h2>
      <p>
        The widgets are driven by a small, deterministic model of the serving stack that runs in your browser. It
        reproduces the <em>mechanisms</em> — how vLLM allocates KV cache blocks, which request its scheduler admits or
        preempts, where a router sends a request — and prices each engine step with a cost model fitted to timings
        measured on H100 and H200 GPUs. It is not a GPU emulator. In particular:
      </p>
      <ul>
        <li>Token ids are synthetic; no model weights run, so there is no real text and no sampling quality.</li>
        <li>Step times come from a fitted cost model, not a kernel; CPU-side overheads (scheduling, sampling, detokenisation) are approximated.</li>
        <li>Tensor-parallel communication is modelled from link bandwidth, not measured; multi-node effects are not modelled.</li>
        <li>The engine follows vLLM's V1 scheduler and KV cache manager (around v0.11); later vLLM releases may differ in detail, and lessons say where.</li>
        <li>Each widget lists its own simplifications with vLLM's real flag and metric names.</li>
      </ul>

      <h2 id="sources">Sources</h2>
      <p>Every lesson lists the sources for its facts and figures. The main ones:</p>
      <ul>
        {SOURCES.map((s) => (
          <li key={s.url}>
            <a href={s.url} rel="noreferrer">
              {s.title}
            </a>
          </li>
        ))}
      </ul>

      <h2 id="privacy">Privacy and offline use</h2>
      <p>
        Serving Lab makes no requests to any server but its own. Once loaded it works offline, and it can be installed as
        an app. Your progress and quiz history are kept in this browser's storage; you can export and import them from the
        quiz page.
      </p>

      <h2 id="version">Version and licence</h2>
      <p>
        Version {pkg.version}. Code released under the {pkg.license} licence. Product names belong to their owners; this
        course is independent of the vLLM, llm-d, KServe and Knative projects.
      </p>
    </div>
  );
}
