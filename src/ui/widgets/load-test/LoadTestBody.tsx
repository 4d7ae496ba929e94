import { actionButtons } from '../kit/ActionButton.tsx';
import { LiveRegion } from '../kit/LiveRegion.tsx';
import { ShortcutHelp } from '../kit/ShortcutHelp.tsx';
import { widgetBody } from '../kit/defineWidget.tsx';
import { loadTestModel } from '../../../widget-models/load-test/model.ts';
import { sweepSettingsOf } from '../../../widget-models/load-test/settings.ts';
import { kneeOf } from '../../../widget-models/load-test/sweep.ts';
import { LOAD_TEST_ACTIONS } from './actions.ts';
import { BenchPanel } from './BenchPanel.tsx';
import { SweepControls, WhatControls } from './Controls.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { Legend } from './Legend.tsx';
import { fmt, shortName } from './names.ts';
import { ResultsTable } from './ResultsTable.tsx';
import { Simplifications } from './Simplifications.tsx';
import { LoadTest } from './store.ts';
import { SweepChart } from './SweepChart.tsx';
import { LOAD_TEST_URL_FIELDS } from './urlFields.ts';

/** The body of LoadTestWidget.tsx: store, simulation and drawing, a chunk of its own loaded when the reader comes near. */
export default widgetBody({
  kind: 'load-test',
  label: 'the load-test widget',
  context: LoadTest,
  model: loadTestModel,
  empty: { rates: [], series: [], sloTtftS: 1, sloItlMs: 50, done: 0, total: 0 },
  // The metric on show is view state: switching it redraws the sweep, never reruns it.
  keyOf: (s) => JSON.stringify(sweepSettingsOf(s)),
  url: LOAD_TEST_URL_FIELDS,
  actions: LOAD_TEST_ACTIONS,
  Layout: LoadTestLayout,
});

function LoadTestLayout() {
  const api = LoadTest.useWidgetApi();
  const computing = LoadTest.useWidget((s) => s.computing);
  const done = LoadTest.useWidget((s) => s.result.done);
  const total = LoadTest.useWidget((s) => s.result.total);
  const button = actionButtons(LOAD_TEST_ACTIONS, api);
  return (
    <div className="lt-layout" data-computing={computing ? 'true' : 'false'}>
      <div className="lt-quick">
        <div role="group" aria-label="Metric in the chart" className="lt-group">
          {button('show-ttft')}
          {button('show-tpot')}
          {button('show-goodput')}
        </div>
        <div className="lt-group">
          {button('swap')}
          {button('new-seed')}
          {button('reset')}
        </div>
      </div>
      <p className="lt-progress" aria-hidden="true">
        {computing ? `Computing: ${done} of ${total} runs` : `${done} runs computed`}
      </p>
      <SweepChart />
      <Legend />
      <Narration />
      <WhatControls />
      <SweepControls />
      <ExportButtons />
      <ResultsTable />
      <BenchPanel />
      <Simplifications />
      <ShortcutHelp registry={LOAD_TEST_ACTIONS} className="lt-details" />
    </div>
  );
}

/** What the sweep found, in words, once it is complete (screen readers hear it). */
function Narration() {
  const sweep = LoadTest.useWidget((s) => s.result);
  const computing = LoadTest.useWidget((s) => s.computing);
  const text = computing
    ? `Computing the sweep: ${sweep.done} of ${sweep.total} runs.`
    : sweep.series
        .map((line) => {
          const k = kneeOf(line.points);
          return `${shortName(line.pattern)}: ${line.error ? 'cannot run' : k.beyond ? 'no knee up to the top rate' : k.qps === null ? 'misses the objectives at the lowest rate' : `knee at ${fmt(k.qps)} requests per second`}.`;
        })
        .join(' ');
  return <LiveRegion text={text} />;
}
