import { sweepToCsv, sweepToJson } from '../../../widget-models/load-test/export.ts';
import { sweepSettingsOf } from '../../../widget-models/load-test/settings.ts';
import { LoadTest } from './store.ts';

/** Saves text as a file through a temporary object URL (no network, works offline). */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** CSV and JSON of the points computed so far. */
export function ExportButtons() {
  const api = LoadTest.useWidgetApi();
  const done = LoadTest.useWidget((s) => s.result.done > 0);
  const name = () => {
    const s = api.getState().settings;
    return `load-test-${s.workload}-${s.patternA}${s.patternB === 'none' ? '' : `-vs-${s.patternB}`}`;
  };
  return (
    <div className="lt-export" role="group" aria-label="Export the sweep">
      <button type="button" className="btn btn-small" data-export="csv" disabled={!done} onClick={() => download(`${name()}.csv`, 'text/csv', sweepToCsv(api.getState().result, sweepSettingsOf(api.getState().settings)))}>
        Download CSV
      </button>
      <button type="button" className="btn btn-small" data-export="json" disabled={!done} onClick={() => download(`${name()}.json`, 'application/json', sweepToJson(api.getState().result, sweepSettingsOf(api.getState().settings)))}>
        Download JSON
      </button>
    </div>
  );
}
