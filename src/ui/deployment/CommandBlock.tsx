import type { DeployCommand } from '../../content/deployment/types.ts';
import { CopyButton } from '../lesson/CopyButton.tsx';

/** One command: the shell text, a copy button, the release it was checked against and its source. */
export function CommandBlock({ command, label = 'Copy command' }: { readonly command: DeployCommand; readonly label?: string }) {
  return (
    <div className="dp-command">
      <div className="dp-command-bar">
        <span className="dp-checked">checked against {command.checkedAgainst}</span>
        <a className="dp-source" href={command.source} rel="noreferrer">
          source
        </a>
        <CopyButton text={command.run.trimEnd()} label={label} />
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <pre className="dp-pre" tabIndex={0}>
        <code>{command.run.trimEnd()}</code>
      </pre>
      {command.note ? <p className="dp-note">{command.note}</p> : null}
    </div>
  );
}
