import { Link } from '@tanstack/react-router';
import { SearchButton } from '../search/SearchButton.tsx';
import { ThemeSwitch } from './ThemeSwitch.tsx';
import './Header.css';

const NAV = [
  { to: '/', label: 'Course' },
  { to: '/glossary', label: 'Glossary' },
  { to: '/quiz', label: 'Quiz' },
  { to: '/lab', label: 'Lab' },
  { to: '/about', label: 'About' },
] as const;

export function Header() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to="/" className="brand" aria-label="Serving Lab, home">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
            <rect x="2" y="2" width="28" height="28" rx="7" fill="var(--accent)" />
            <path d="M9 11h14M9 16h10M9 21h6" stroke="var(--accent-fg)" strokeWidth="2.6" strokeLinecap="round" />
          </svg>
          <span>Serving Lab</span>
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.to}>
                <Link to={n.to} activeProps={{ 'aria-current': 'page', className: 'active' }} activeOptions={{ exact: n.to === '/' }}>
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchButton />
        <ThemeSwitch />
      </div>
    </header>
  );
}
