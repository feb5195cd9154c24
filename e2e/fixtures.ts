// Shared test fixture: every page in every test is watched, and a request that leaves
// 127.0.0.1 fails the test — the app must make no network request at run time.
import { test as base, expect, type BrowserContext } from '@playwright/test';

export const APP_ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

function isLocal(url: string): boolean {
  return url.startsWith(APP_ORIGIN) || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:') || url.startsWith('chrome-extension:');
}

/** Records every request of a context that goes anywhere but the app's own origin. */
export function watchNetwork(context: BrowserContext): string[] {
  const outside: string[] = [];
  context.on('request', (request) => {
    if (!isLocal(request.url())) outside.push(request.url());
  });
  return outside;
}

export const test = base.extend<{ outsideRequests: string[] }>({
  outsideRequests: [
    async ({ context }, use) => {
      const outside = watchNetwork(context);
      await use(outside);
      expect(outside, 'requests that left 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
