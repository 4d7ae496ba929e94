import { useRouterState } from '@tanstack/react-router';
import { AppLink } from './AppLink.tsx';
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

/** Whether a header entry is the section of the current page ("/" only on the home page itself). */
const isActive = (to: string, pathname: string) => (to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`));

export function Header() {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <AppLink href="/" className="brand" aria-label="Serving Lab, home">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
            <rect x="2" y="2" width="28" height="28" rx="7" fill="var(--accent)" />
            <path d="M9 11h14M9 16h10M9 21h6" stroke="var(--accent-fg)" strokeWidth="2.6" strokeLinecap="round" />
          </svg>
          <span>Serving Lab</span>
        </AppLink>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.to}>
                {isActive(n.to, pathname) ? (
                  <AppLink href={n.to} aria-current="page" className="active">
                    {n.label}
                  </AppLink>
                ) : (
                  <AppLink href={n.to}>{n.label}</AppLink>
                )}
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
