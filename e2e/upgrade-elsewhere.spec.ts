// Journey: a newer Bình Xét in another tab upgrades the database while this tab is open. This
// tab must not block the upgrade nor fail on its next write: it steps aside and reloads, saying
// why. (The other tab is simulated by opening the database at a higher version directly.)
import { test, expect } from './fixtures';

test('another tab upgrading the database makes this tab reload with a notice', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/settings');
  await expect(page.getByLabel('Tên cơ quan')).toBeVisible();

  // "The newer version": a same-origin page without the app (it would step aside itself).
  const other = await context.newPage();
  await other.goto('/favicon.svg');
  // This tab steps aside, so the upgrade goes through instead of staying blocked.
  const upgraded = await other.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const probe = indexedDB.open('binh-xet');
        probe.onsuccess = () => {
          const version = probe.result.version;
          probe.result.close();
          const request = indexedDB.open('binh-xet', version + 1);
          request.onblocked = () => resolve('blocked');
          request.onsuccess = () => {
            request.result.close();
            resolve('upgraded');
          };
          request.onerror = () => resolve(`error: ${request.error?.message}`);
        };
      }),
  );
  expect(upgraded).toBe('upgraded');
  await expect(page.getByText('Một cửa sổ khác vừa cập nhật Bình Xét lên phiên bản mới')).toBeVisible();
  // After the reload the page works on the upgraded database.
  await page.getByLabel('Địa danh ghi trên văn bản').fill('Văn Giáo');
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(page.getByText('Đã lưu cài đặt')).toBeVisible();
});
