// Journey: the commune PC visits the app once; then the server is gone (no internet, laptop
// moved, server stopped) and everything still opens — every section, deep links, fonts — and
// the data is there after a browser restart. Also: the service worker precaches every built
// file, and the Content Security Policy blocks nothing the app itself needs.
import { chromium } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test, expect, watchPolicy } from './fixtures';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser';
import { startOwnServer, waitForServiceWorkerControl, watchLocalOnly, watchPageErrors } from './own-server';

// Its own server, on a port derived from the suite's so parallel checkouts do not collide.
const OWN_PORT = Number(process.env.E2E_PORT ?? 4173) + 10;
const SECTIONS = ['Tổng quan', 'Phong trào', 'Đơn vị & cán bộ', 'Hội đồng', 'Văn bản', 'Sao lưu', 'Cài đặt'];

function builtFiles(dir = 'dist'): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
}

test('the service worker precaches every file the app can ask for', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname.slice(1));
    }
    return urls;
  });
  const needed = builtFiles().filter((f) => /\.(js|css|html|svg|png|woff2|webmanifest)$/.test(f) && f !== 'sw.js' && !f.startsWith('workbox-'));
  expect(needed).toContain('index.html');
  expect(needed.filter((f) => f.endsWith('.woff2')).length).toBeGreaterThan(0);
  expect(needed.filter((f) => f.startsWith('icons/')).length).toBe(3);
  expect(needed.filter((f) => /settings-page-.*\.js$/.test(f)).length).toBe(1); // a lazy chunk
  expect(needed.filter((f) => !cached.includes(f))).toEqual([]);
});

test('after one visit the app works with the server stopped, also after a browser restart', async () => {
  test.setTimeout(90_000);
  const server = await startOwnServer(OWN_PORT);
  const profile = mkdtempSync(join(tmpdir(), 'binh-xet-offline-'));
  const executablePath = chromiumExecutable();
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      args: CHROMIUM_ARGS,
      ...(executablePath ? { executablePath } : {}),
      baseURL: server.origin,
      viewport: { width: 1366, height: 768 },
      locale: 'en-US',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
  // Per browser launch: what left 127.0.0.1, what the CSP blocked, uncaught errors.
  const problems: (() => string[])[] = [];
  try {
    let context = await launch();
    const watch = async () => {
      const network = watchLocalOnly(context);
      const policy = await watchPolicy(context);
      const errors = watchPageErrors(context);
      return () => [...network.map((u) => `request to ${u}`), ...policy, ...errors];
    };
    problems.push(await watch());
    const first = context.pages()[0] ?? (await context.newPage());
    await first.goto('/settings');
    await first.getByLabel('Tên cơ quan').fill('Ủy ban nhân dân xã Văn Giáo');
    await first.getByLabel('Địa danh ghi trên văn bản').fill('Văn Giáo');
    await first.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await expect(first.getByText('Đã lưu cài đặt')).toBeVisible();
    await waitForServiceWorkerControl(first);

    await server.stop();

    const page = await context.newPage();
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    for (const name of SECTIONS) {
      await nav.getByRole('link', { name }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText('Trang này gặp sự cố')).toHaveCount(0);
    }
    await expect(page.getByLabel('Tên cơ quan')).toHaveValue('Ủy ban nhân dân xã Văn Giáo');
    // The Vietnamese web font comes from the cache too.
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.includes('Be Vietnam Pro')).map((f) => f.status);
    });
    expect(fonts).toContain('loaded');
    expect(fonts).not.toContain('error');

    for (const [path, heading] of [
      ['/help', /Trợ giúp/],
      ['/campaigns', /Phong trào/],
      ['/settings', /Cài đặt/],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    }
    await page.screenshot({ path: '/tmp/offline-shots/offline-settings.png' });
    await context.close();

    // The browser is closed and opened again; the server is still down.
    context = await launch();
    problems.push(await watch());
    const again = context.pages()[0] ?? (await context.newPage());
    await again.goto('/settings');
    await expect(again.getByLabel('Tên cơ quan')).toHaveValue('Ủy ban nhân dân xã Văn Giáo');
    await context.close();
  } finally {
    await server.stop();
    rmSync(profile, { recursive: true, force: true });
  }
  expect(problems.flatMap((read) => read()), 'outside requests, CSP violations, page errors').toEqual([]);
});
