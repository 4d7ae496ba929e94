import { useId, useMemo, useState } from 'react';
import { choose, DEFAULT_INPUTS } from '../../../content/patterns/chooser.ts';
import type { ChooserInputs } from '../../../content/patterns/matrix.ts';
import { ChoiceField } from '../../widgets/kit/ChoiceField.tsx';
import { MatrixTable } from './MatrixTable.tsx';
import { BUDGET_OPTIONS, GPU_OPTIONS, LATENCY_OPTIONS, MODEL_OPTIONS, PROMPT_OPTIONS, REGION_OPTIONS, SHARING_OPTIONS, TRAFFIC_OPTIONS } from './options.ts';
import { Results } from './Results.tsx';
import './chooser.css';

/**
 * The interactive decision chooser: six questions (the model and GPU answer the first) → the
 * matrix rows that apply → patterns to consider with their reasons and a link that opens each
 * in the Lab, patterns to avoid, and the whole matrix beside it.
 */
export function PatternChooser({ initial = DEFAULT_INPUTS }: { readonly initial?: ChooserInputs }) {
  const [inputs, setInputs] = useState<ChooserInputs>(initial);
  const result = useMemo(() => choose(inputs), [inputs]);
  const set = (patch: Partial<ChooserInputs>) => setInputs((s) => ({ ...s, ...patch }));
  const titleId = useId();
  const f = result.fit;
  const fitText =
    f.kind === 'beyond-node'
      ? 'Does not fit one 8-GPU node of this GPU.'
      : `Each replica needs TP ${f.tp}; the bf16 weights take ${Math.round((f.weightShare ?? 0) * 100)} % of one GPU; a new replica is ready about ${Math.round(f.coldStartS ?? 0)} s after it is created (weights from a node-local cache).`;
  const summary = `Consider: ${result.recommend.map((r) => r.pattern).join(', ') || 'none'}. Avoid: ${result.avoid.map((a) => a.pattern).join(', ') || 'none'}.`;
  return (
    <section className="chooser" aria-labelledby={titleId} data-chooser="patterns">
      <h3 id={titleId} className="chooser-title">
        Choose an architecture
      </h3>
      <div className="chooser-grid">
        <div className="chooser-main">
          <form className="chooser-form" onSubmit={(e) => e.preventDefault()} aria-label="Your workload">
            <fieldset>
              <legend>1. Model size against GPU memory</legend>
              <ChoiceField label="Model" value={inputs.model} options={MODEL_OPTIONS} onChange={(model) => set({ model })} />
              <ChoiceField label="GPU" value={inputs.gpu} options={GPU_OPTIONS} onChange={(gpu) => set({ gpu })} />
              <p className="chooser-fit" aria-live="polite">
                {fitText}
              </p>
            </fieldset>
            <fieldset>
              <legend>2–6. Traffic, objective, sharing, budget, regions</legend>
              <ChoiceField label="Traffic shape" value={inputs.traffic} options={TRAFFIC_OPTIONS} onChange={(traffic) => set({ traffic })} />
              <ChoiceField label="Latency objective" value={inputs.latency} options={LATENCY_OPTIONS} onChange={(latency) => set({ latency })} />
              <ChoiceField label="Prompt length" value={inputs.prompts} options={PROMPT_OPTIONS} onChange={(prompts) => set({ prompts })} />
              <ChoiceField label="Prefix sharing" value={inputs.sharing} options={SHARING_OPTIONS} onChange={(sharing) => set({ sharing })} />
              <ChoiceField label="Budget" value={inputs.budget} options={BUDGET_OPTIONS} onChange={(budget) => set({ budget })} />
              <ChoiceField label="Regions" value={inputs.regions} options={REGION_OPTIONS} onChange={(regions) => set({ regions })} />
            </fieldset>
          </form>
          <p className="visually-hidden" aria-live="polite">
            {summary}
          </p>
          <Results result={result} />
        </div>
        <MatrixTable applied={result.applied} />
      </div>
    </section>
  );
}
