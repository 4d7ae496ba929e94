import { defineLazyWidget } from '../kit/defineWidget.tsx';
import { LOAD_TEST_PRESETS } from '../../../widget-models/load-test/presets.ts';
import type { LoadTestUrlState } from '../../../widget-models/load-test/settings.ts';
import './load-test.css';

/**
 * A load test of serving patterns: the pattern model run at a sweep of request rates for one or
 * two patterns, TTFT and TPOT p50/p99 against load with the workload's objectives, goodput and
 * the knee, exportable as CSV or JSON, with the matching `vllm bench serve` and GuideLLM commands.
 * The body loads when the reader comes near the widget.
 */
export const LoadTestWidget = defineLazyWidget<LoadTestUrlState>({
  kind: 'load-test',
  name: 'Load test',
  label: 'the load-test widget',
  presets: LOAD_TEST_PRESETS,
  defaultPreset: 'sandbox',
  titlePrefix: 'Load test',
  load: () => import('./LoadTestBody.tsx'),
});
