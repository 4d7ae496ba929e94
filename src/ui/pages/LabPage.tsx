import { Link } from '@tanstack/react-router';
import { useDocumentTitle } from '../chrome/useDocumentTitle.ts';
import { AutoscalingWidget } from '../widgets/autoscaling/AutoscalingWidget.tsx';
import { BatchingWidget } from '../widgets/batching/BatchingWidget.tsx';
import { KvPagingWidget } from '../widgets/kv-paging/KvPagingWidget.tsx';
import { RoutingWidget } from '../widgets/routing/RoutingWidget.tsx';

/** The sandbox: every widget in one place, with free settings. */
export function LabPage() {
  useDocumentTitle('Lab');
  return (
    <div className="page prose">
      <h1>Lab</h1>
      <p>
        The lab is the sandbox where the course&apos;s widgets are open with no guided preset: change any setting, and share
        the exact view with a link (the address bar always holds every widget&apos;s full state).
      </p>
      <KvPagingWidget id="kv" title="KV cache paging (PagedAttention)" headingLevel={2} />
      <p>
        Explained step by step in{' '}
        <Link to="/learn/$module/$lesson" params={{ module: 'vllm', lesson: 'paged-attention' }}>
          PagedAttention
        </Link>
        .
      </p>
      <BatchingWidget id="cb" title="Static vs continuous batching" headingLevel={2} />
      <p>
        Explained in{' '}
        <Link to="/learn/$module/$lesson" params={{ module: 'vllm', lesson: 'continuous-batching' }}>
          Continuous batching
        </Link>
        .
      </p>
      <RoutingWidget id="rt" title="Request routing across replicas" headingLevel={2} />
      <p>
        Explained in{' '}
        <Link to="/learn/$module/$lesson" params={{ module: 'llm-d', lesson: 'inference-gateway' }}>
          Inference gateway and smart routing
        </Link>
        .
      </p>
      <AutoscalingWidget id="as" title="Autoscaling an InferenceService: KPA, HPA / KEDA and a fixed fleet" headingLevel={2} />
      <p>
        Explained in{' '}
        <Link to="/learn/$module/$lesson" params={{ module: 'kserve', lesson: 'autoscaling' }}>
          Autoscaling with Knative
        </Link>
        .
      </p>
    </div>
  );
}
