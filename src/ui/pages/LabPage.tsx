import { Link } from '@tanstack/react-router';
import { useDocumentTitle } from '../chrome/useDocumentTitle.ts';
import { KvPagingWidget } from '../widgets/kv-paging/KvPagingWidget.tsx';

/** The sandbox: every widget in one place, with free settings. Widgets are added as they are built. */
export function LabPage() {
  useDocumentTitle('Lab');
  return (
    <div className="page prose">
      <h1>Lab</h1>
      <p>
        The lab is the sandbox where the course&apos;s widgets are open with no guided preset: change any setting, and share
        the exact view with a link (the address bar always holds the widget&apos;s full state).
      </p>
      <KvPagingWidget id="kv" title="KV cache paging (PagedAttention)" headingLevel={2} />
      <p>
        More widgets (continuous batching, routing) will join this page as they are built. The KV paging widget is explained
        step by step in{' '}
        <Link to="/learn/$module/$lesson" params={{ module: 'vllm', lesson: 'paged-attention' }}>
          PagedAttention
        </Link>
        .
      </p>
    </div>
  );
}
