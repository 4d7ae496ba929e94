import { useId, useState } from 'react';
import { parseModelConfig } from '../../sim/cost/catalog/parseModelConfig.ts';
import type { ModelArch } from '../../sim/cost/types.ts';
import { ImportResultMessage } from './ImportResultMessage.tsx';
import { readJsonFile } from './readJsonFile.ts';

/** Adds a user-defined model from a Hugging Face config.json (or the calibration keys). */
export function ModelConfigImport({ onAdd }: { readonly onAdd: (m: ModelArch) => void }) {
  const id = useId();
  const [result, setResult] = useState<{ ok: true; message: string } | { ok: false; errors: readonly string[] } | null>(null);
  return (
    <div className="hw-import">
      <label htmlFor={id}>Add a model from its config.json</label>
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          const read = await readJsonFile(file);
          if (!read.ok) return setResult({ ok: false, errors: [read.error] });
          const name = file.name.replace(/\.json$/i, '');
          const r = parseModelConfig(read.json, `custom-${name}`);
          if (!r.ok) return setResult({ ok: false, errors: r.errors });
          onAdd({ ...r.value, name });
          setResult({ ok: true, message: `Added ${name}.` });
        }}
      />
      <ImportResultMessage result={result} />
    </div>
  );
}
