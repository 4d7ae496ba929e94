import { FP8_KV_EVIDENCE, SCHEME_EVIDENCE, type SchemeEvidence } from '../../../widget-models/quantization/evidence.ts';
import { SCHEME_SHORT } from './labels.ts';
import { Quantization } from './store.ts';

function Quote({ title, e }: { readonly title: string; readonly e: SchemeEvidence }) {
  return (
    <div className="qz-evidence-item">
      <h5>{title}</h5>
      <p>
        <span className="qz-prov" data-kind="cited">
          cited
        </span>{' '}
        {e.accuracy}{' '}
        <a href={e.source.url} target="_blank" rel="noreferrer">
          {e.source.title}
        </a>
      </p>
      <p>
        <strong>Worth it:</strong> {e.worthIt}
      </p>
    </div>
  );
}

/** Accuracy from published evaluations (not from the model), and when the choice pays. */
export function Evidence() {
  const scheme = Quantization.useWidget((s) => s.settings.scheme);
  return (
    <div className="qz-evidence">
      <Quote title={`Accuracy: ${SCHEME_SHORT[scheme]}`} e={SCHEME_EVIDENCE[scheme]} />
      <Quote title="Accuracy: fp8 KV cache (--kv-cache-dtype fp8)" e={FP8_KV_EVIDENCE} />
    </div>
  );
}
