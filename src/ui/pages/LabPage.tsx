import { Link } from '@tanstack/react-router';
import { useDocumentTitle } from '../chrome/useDocumentTitle.ts';

/** The sandbox: every widget in one place, with free settings. Widgets are added as they are built. */
export function LabPage() {
  useDocumentTitle('Lab');
  return (
    <div className="page prose">
      <h1>Lab</h1>
      <p>
        The lab is the sandbox where every widget of the course is open with no guided preset: change any setting, share
        the exact view with a link, and compare configurations side by side.
      </p>
      <p>
        <strong>The sandbox widgets are still being built.</strong> Until they land here, the lessons are the place to
        use them. Start with <Link to="/learn/$module/$lesson" params={{ module: 'overview', lesson: 'the-serving-stack' }}>the serving stack, end to end</Link>.
      </p>
    </div>
  );
}
