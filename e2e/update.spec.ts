// Journey: a new version of Bình Xét is deployed while someone is typing. The quiet notice
// "Có phiên bản mới — Cập nhật" appears; pressing it refuses to reload over unsaved input and
// says to save first; after saving, the update goes ahead and every open tab reloads.
import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, watchPolicy } from './fixtures';
import { startOwnServer, waitForServiceWorkerControl, watchLocalOnly, watchPageErrors } from './own-server';

const OWN_PORT = Number(process.env.E2E_PORT ?? 4173) + 20;

test('an update waits for unsaved input to be saved', async ({ browser }) => {
  // A copy of the build, so "deploying" a new version does not touch dist/.
  const site = mkdtempSync(join(tmpdir(), 'binh-xet-site-'));
  cpSync('dist', site, { recursive: true });
  const server = await startOwnServer(OWN_PORT, site);
  const context = await browser.newContext({ baseURL: server.origin });
  const outside = watchLocalOnly(context);
  const violations = await watchPolicy(context);
  const errors = watchPageErrors(context);
  try {
    const page = await context.newPage();
    await page.goto('/settings');
    await waitForServiceWorkerControl(page);
    const other = await context.newPage();
    await other.goto('/help');
    await expect(other.getByRole('heading', { level: 1 })).toBeVisible();

    await page.getByLabel('Tên cơ quan').fill('Ủy ban nhân dân xã Văn Giáo');
    await page.getByLabel('Địa danh ghi trên văn bản').fill('Văn Giáo');

    appendFileSync(join(site, 'sw.js'), '\n// next version\n'); // "deploy" a new version
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const notice = page.getByRole('region', { name: 'Cập nhật Bình Xét' });
    await expect(notice).toContainText('Có phiên bản mới');
    await notice.getByRole('button', { name: 'Cập nhật' }).click();
    await expect(notice.getByRole('alert')).toContainText('nội dung nhập chưa lưu');
    await page.screenshot({ path: '/tmp/offline-shots/update-blocked.png' });
    await expect(page.getByLabel('Tên cơ quan')).toHaveValue('Ủy ban nhân dân xã Văn Giáo');
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);

    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await expect(page.getByText('Đã lưu cài đặt')).toBeVisible();
    await expect(notice.getByRole('alert')).toHaveCount(0);
    await notice.getByRole('button', { name: 'Cập nhật' }).click();

    for (const tab of [page, other]) {
      await expect(tab.getByText('Bình Xét vừa được cập nhật lên phiên bản mới')).toBeVisible();
      await expect(tab.getByRole('region', { name: 'Cập nhật Bình Xét' })).toHaveCount(0);
    }
    await expect(page.getByLabel('Tên cơ quan')).toHaveValue('Ủy ban nhân dân xã Văn Giáo');
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
  } finally {
    await context.close();
    await server.stop();
    rmSync(site, { recursive: true, force: true });
  }
  expect(outside, 'requests that left 127.0.0.1').toEqual([]);
  expect([...violations, ...errors]).toEqual([]);
});
