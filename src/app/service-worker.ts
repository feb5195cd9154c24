// Registers the service worker that keeps the app working offline. Prompt strategy: a new
// version waits until the person presses "Cập nhật" (see update-state.ts). workbox-window is
// loaded lazily by the register helper, so it stays out of the first-load bundle's hot path.
import { registerSW } from 'virtual:pwa-register';
import { connectUpdater, newVersionInControl, updateAvailable } from './update-state';

/** Registers once the page has loaded and the browser is idle, so precaching never competes with the first render. */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const start = () => (window.requestIdleCallback ? window.requestIdleCallback(register, { timeout: 3000 }) : window.setTimeout(register, 500));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

function register(): void {
  const activate = registerSW({
    onNeedRefresh: updateAvailable,
    onNeedReload: newVersionInControl,
    onRegisterError: () => undefined, // no service worker (e.g. plain http): the app still runs online
    immediate: true, // the page has loaded already
  });
  connectUpdater({ activate: () => activate(true), reload: () => window.location.reload() });
}
