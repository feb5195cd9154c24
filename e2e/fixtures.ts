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

/**
 * Records everything the Content Security Policy (set in the built index.html) blocks. Chrome
 * does not always log a blocked eval to the console, so the page reports each violation itself.
 */
export async function watchPolicy(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`[CSP] ${e.violatedDirective} ${e.blockedURI}`));
  });
  context.on('console', (message) => {
    if (message.text().startsWith('[CSP]')) violations.push(message.text());
  });
  return violations;
}

export const test = base.extend<{ outsideRequests: string[]; policyViolations: string[] }>({
  outsideRequests: [
    async ({ context }, use) => {
      const outside = watchNetwork(context);
      await use(outside);
      expect(outside, 'requests that left 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
  policyViolations: [
    async ({ context }, use) => {
      const violations = await watchPolicy(context);
      await use(violations);
      expect(violations, 'what the Content Security Policy blocked').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
