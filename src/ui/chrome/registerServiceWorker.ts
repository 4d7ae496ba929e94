/**
 * Registers the service worker that makes the course work offline. When a new version is
 * waiting, the user gets an "update available — reload" notice instead of a silent swap mid-lesson.
 */
import { registerSW } from 'virtual:pwa-register';
import { pushNotice } from '../../state/notices.ts';
import { afterFirstPaint } from './afterFirstPaint.ts';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  // After the page has loaded and painted: workbox-window's chunk and the worker's precache
  // download then never compete with the chunks the first page needs.
  const start = () => afterFirstPaint(register);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

function register(): void {
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      pushNotice({
        id: 'sw-update',
        tone: 'info',
        message: 'A new version of Serving Lab is available.',
        action: { label: 'Reload to update', run: () => void update(true) },
      });
    },
    onOfflineReady() {
      pushNotice({ id: 'sw-offline', tone: 'info', message: 'Serving Lab is ready to work offline.' });
    },
  });
}
