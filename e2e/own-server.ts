// A `vite preview` server that a test starts and stops itself, to prove the app runs with
// no server at all (not only with the browser set offline). Also: a network watch that
// accepts any 127.0.0.1 port, since these servers do not use the suite's port.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

export interface OwnServer {
  origin: string;
  stop: () => Promise<void>;
}

async function reachable(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** Serves `dir` (default: the build in dist/) on 127.0.0.1:port until stop(). */
export async function startOwnServer(port: number, dir = 'dist'): Promise<OwnServer> {
  const origin = `http://127.0.0.1:${port}`;
  if (await reachable(origin)) throw new Error(`Port ${port} is already in use; stop what runs there first.`);
  const vite = resolve('node_modules/vite/bin/vite.js');
  const child: ChildProcess = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dir], {
    stdio: 'ignore',
  });
  const deadline = Date.now() + 30_000;
  while (!(await reachable(origin))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`vite preview on port ${port} did not start`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    if (await reachable(origin)) throw new Error(`server on port ${port} still answers after stop`);
  };
  return { origin, stop };
}

/** Requests of a context that leave 127.0.0.1 (any port). */
export function watchLocalOnly(context: BrowserContext): string[] {
  const outside: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:|about:|chrome-extension:)/.test(url)) outside.push(url);
  });
  return outside;
}

/** Uncaught errors in any page of the context. */
export function watchPageErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  context.on('weberror', (error) => errors.push(error.error().message));
  return errors;
}

/** Waits until the service worker is active and this page is controlled by it. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // On the very first visit the worker activates without taking over the open page.
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
}
