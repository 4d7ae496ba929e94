// Applies the saved theme before first paint so a dark-theme reader never sees a white flash.
// A classic (blocking) script file rather than inline code, so the Content-Security-Policy can
// forbid inline scripts. src/ui/chrome/theme.ts keeps the theme in step once the app runs.
(function () {
  var theme = 'system';
  try {
    var saved = JSON.parse(localStorage.getItem('serving-lab:progress') || 'null');
    var t = saved && saved.state && saved.state.settings && saved.state.settings.theme;
    if (t === 'light' || t === 'dark') theme = t;
  } catch {
    // Unreadable or blocked storage: follow the system preference; the app reports the problem.
  }
  var dark = theme === 'dark' || (theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
})();
