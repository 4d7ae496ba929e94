import { setTheme, type Theme, useProgress } from '../../state/progressStore.ts';

const LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** A labelled select: the simplest control that is keyboard and screen-reader friendly everywhere. */
export function ThemeSwitch() {
  const theme = useProgress((p) => p.settings.theme);
  return (
    <label className="theme-switch">
      <span className="visually-hidden">Colour theme</span>
      <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)} aria-label="Colour theme">
        {(Object.keys(LABELS) as Theme[]).map((t) => (
          <option key={t} value={t}>
            {LABELS[t]} theme
          </option>
        ))}
      </select>
    </label>
  );
}
