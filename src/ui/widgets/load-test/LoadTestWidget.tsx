import { lazy } from 'react';
import { WidgetSlot } from '../kit/WidgetSlot.tsx';
import { presetOf, type LoadTestPresetId } from '../../../widget-models/load-test/presets.ts';
import './load-test.css';

// The body (its drawing, store and simulation) loads when the reader comes near the widget.
const LoadTestBody = lazy(() => import('./LoadTestBody.tsx'));

export interface LoadTestWidgetProps {
  /** URL namespace of this instance (one search param); unique on the page. */
  readonly id?: string;
  readonly preset?: LoadTestPresetId;
  readonly title?: string;
  readonly headingLevel?: 2 | 3;
}

/**
 * A load test of serving patterns: the pattern model run at a sweep of request rates for one or
 * two patterns, TTFT and TPOT p50/p99 against load with the workload's objectives, goodput and
 * the knee, exportable as CSV or JSON, with the matching `vllm bench serve` and GuideLLM commands.
 */
export function LoadTestWidget({ id = 'lt', preset, title, headingLevel = 3 }: LoadTestWidgetProps) {
  let p: ReturnType<typeof presetOf>;
  try {
    p = presetOf(preset);
  } catch (error) {
    return <WidgetSlot kind="load-test" ns={id} title={title ?? 'Load test'} headingLevel={headingLevel} error={error} />;
  }
  return (
    <WidgetSlot kind="load-test" ns={id} title={title ?? `Load test: ${p.title.charAt(0).toLowerCase()}${p.title.slice(1)}`} description={<p>{p.guide}</p>} headingLevel={headingLevel} resetKey={p.id}>
      <LoadTestBody ns={id} defaults={p.state} />
    </WidgetSlot>
  );
}
