/**
 * Export all progress as a JSON file, or import one. A bad file is refused with the reason and nothing
 * changes; a good one is merged without replacing newer records.
 */
import { useId, useRef, useState } from 'react';
import { backupFilename, exportBackup, importBackup } from '../../state/backup.ts';
import './quiz.css';

type Message = { tone: 'ok' | 'error'; text: string } | null;

export function BackupPanel() {
  const uid = useId().replace(/:/g, '');
  const inputId = `backup-file-${uid}`;
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<Message>(null);

  const download = () => {
    const blob = new Blob([exportBackup()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = backupFilename();
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setMessage({ tone: 'ok', text: 'Progress exported. Keep the file to restore or move your progress.' });
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const text = await file.text();
      const r = importBackup(text);
      setMessage(r.ok ? { tone: 'ok', text: r.summary } : { tone: 'error', text: `Import refused: ${r.reason} Your current progress is unchanged.` });
    } catch (err) {
      setMessage({ tone: 'error', text: `Import refused: the file could not be read (${err instanceof Error ? err.message : String(err)}). Your current progress is unchanged.` });
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <section className="backup-panel card" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>Back up your progress</h2>
      <p className="muted">Progress lives only in this browser. Export it to keep a copy or move it to another device; importing merges it with what is here.</p>
      <div className="backup-panel-actions">
        <button type="button" className="btn" onClick={download}>
          Export progress (JSON)
        </button>
        <button type="button" className="btn" onClick={() => fileInput.current?.click()}>
          Import progress…
        </button>
        <input
          ref={fileInput}
          id={inputId}
          hidden
          type="file"
          accept="application/json,.json"
          aria-label="Progress file to import"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      <div role="status" aria-live="polite">
        {message ? <p className={message.tone === 'ok' ? 'backup-message-ok' : 'backup-message-error'}>{message.text}</p> : null}
      </div>
    </section>
  );
}
