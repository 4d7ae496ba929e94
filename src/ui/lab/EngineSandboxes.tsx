/**
 * The engine and platform widgets with free settings (the first Lab's content), loaded as their
 * own chunk below the workbench. Their ids (kv, cb, rt, as) keep older shared links working.
 */
import { Link } from '@tanstack/react-router';
import { AutoscalingWidget } from '../widgets/autoscaling/AutoscalingWidget.tsx';
import { BatchingWidget } from '../widgets/batching/BatchingWidget.tsx';
import { KvPagingWidget } from '../widgets/kv-paging/KvPagingWidget.tsx';
import { RoutingWidget } from '../widgets/routing/RoutingWidget.tsx';

export default function EngineSandboxes() {
  return (
    <>
      <KvPagingWidget id="kv" title="KV cache paging (PagedAttention)" headingLevel={3} />
      <p>
        Explained step by step in{' '}
        <Link to="/learn/$module/$lesson" params={{ module: 'vllm', lesson: 'paged-attention' }}>
          PagedAttention
        </Link>
        .
      </p>
      <BatchingWidget id="cb" title="Static vs continuous batching" headingLevel={3} />
      <p>
        Explained in{' '}
        <Link to="/learn/$module/$lesson" params={{ module: 'vllm', lesson: 'continuous-batching' }}>
          Continuous batching
        </Link>
        .
      </p>
      <RoutingWidget id="rt" title="Request routing across replicas" headingLevel={3} />
      <p>
        Explained in{' '}
        <Link to="/learn/$module/$lesson" params={{ module: 'llm-d', lesson: 'inference-gateway' }}>
          Inference gateway and smart routing
        </Link>
        .
      </p>
      <AutoscalingWidget id="as" title="Autoscaling an InferenceService: KPA, HPA / KEDA and a fixed fleet" headingLevel={3} />
      <p>
        Explained in{' '}
        <Link to="/learn/$module/$lesson" params={{ module: 'kserve', lesson: 'autoscaling' }}>
          Autoscaling with Knative
        </Link>
        .
      </p>
    </>
  );
}
