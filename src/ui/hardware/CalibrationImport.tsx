import { useId, useState } from 'react';
import { importCalibration } from '../../sim/cost/importCalibration.ts';
import type { GpuCoefficients, GpuSpec } from '../../sim/cost/types.ts';
import { ImportResultMessage } from './ImportResultMessage.tsx';
import { readJsonFile } from './readJsonFile.ts';

/** A GPU brought by the user, with the coefficients fitted from their file. */
export interface ImportedGpu {
  readonly gpu: GpuSpec;
  readonly coefficients: GpuCoefficients;
}

/**
 * "Bring your own GPU": pick the JSON written by tools/profile-gpu; it is validated (bad files
 * are rejected with the offending fields named), fitted, and handed to `onImport`.
 */
export function CalibrationImport({ onImport }: { readonly onImport: (g: ImportedGpu) => void }) {
  const id = useId();
  const [result, setResult] = useState<{ ok: true; message: string } | { ok: false; errors: readonly string[] } | null>(null);
  return (
    <div className="hw-import">
      <label htmlFor={id}>Import GPU calibration (JSON from tools/profile-gpu)</label>
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          const read = await readJsonFile(file);
          if (!read.ok) return setResult({ ok: false, errors: [read.error] });
          // The fit takes a second or two on the main thread: say so first, then yield a frame.
          setResult({ ok: true, message: `Fitting ${file.name}…` });
          await new Promise((resolve) => setTimeout(resolve, 0));
          const r = importCalibration(read.json);
          if (!r.ok) return setResult({ ok: false, errors: r.errors });
          onImport(r.value);
          setResult({ ok: true, message: `Imported ${r.value.gpu.name}; its timings are fitted from your file.` });
        }}
      />
      <ImportResultMessage result={result} />
    </div>
  );
}
