// Journey: backups. Data comes in through a backup file the test builds (as another PC would
// have made it); it is downloaded, the database wiped, and restored; a file from another PC
// is merged; an evidence packet travels to another PC; a bad file changes nothing.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, watchNetwork, APP_ORIGIN } from './fixtures';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser';
import { entryFor, fullDataset, sealFile, type Dataset } from '../src/db/backup-fixtures';
import { newId } from '../src/lib/ids';

async function fileOf(dataset: Dataset, drop: ('evidence' | 'attachments')[] = []) {
  const data = { ...dataset.data };
  for (const c of drop) data[c] = [];
  const entries = drop.includes('attachments')
    ? []
    : dataset.data.attachments.map((a) => entryFor(a.id, String(a.name), dataset.bytes.get(a.id) ?? new Uint8Array(), String(a.sha256)));
  return Buffer.from(JSON.stringify(await sealFile(data, entries)));
}

const SHOTS = process.env.SHOTS_DIR; // set to save screenshots for a look
async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

async function choose(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('Chọn tệp sao lưu').setInputFiles({ name, mimeType: 'application/json', buffer });
}

function row(page: Page, label: string) {
  return page.getByRole('region', { name: 'Xem trước tệp sao lưu' }).getByRole('row', { name: new RegExp(`^${label}`) });
}

async function download(page: Page, button: string): Promise<{ name: string; buffer: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), buffer: readFileSync(path) };
}

async function restore(page: Page, name: string, buffer: Buffer) {
  await page.goto('/backup');
  await choose(page, name, buffer);
  await page.getByRole('button', { name: 'Khôi phục dữ liệu' }).click();
  await page.getByRole('button', { name: 'Xác nhận khôi phục' }).click();
  await expect(page.getByText('Đã khôi phục dữ liệu từ tệp')).toBeVisible();
}

test('export, wipe the browser, restore; then merge a file from another PC', async ({ page }) => {
  const dataset = await fullDataset();
  await restore(page, 'may-cu.json', await fileOf(dataset));
  await page.goto('/settings');
  await expect(page.getByLabel('Tên cơ quan')).toHaveValue('Ủy ban nhân dân xã Văn Giáo');

  await page.goto('/backup');
  const exported = await download(page, 'Tải bản sao lưu');
  expect(exported.name).toMatch(/^binh-xet-van-giao-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  await expect(page.getByText(/Lần sao lưu gần nhất: \d{2}\/\d{2}\/\d{4}/)).toBeVisible();

  // Wipe: the browser's database is deleted, as after a reinstall (from a page of the same
  // origin that runs no app code, so nothing holds the database open or reloads meanwhile).
  await page.goto('/favicon.svg');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('binh-xet');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await page.goto('/settings');
  await expect(page.getByLabel('Tên cơ quan')).toHaveValue('Ủy ban nhân dân xã');

  await page.goto('/backup');
  await choose(page, exported.name, exported.buffer);
  await expect(row(page, 'Phong trào thi đua')).toContainText('1');
  await expect(page.getByText('Phong trào trong tệp: Thi đua CCHC 2024')).toBeVisible();
  await page.getByRole('button', { name: 'Khôi phục dữ liệu' }).click();
  await page.getByRole('button', { name: 'Xác nhận khôi phục' }).click();
  await expect(page.getByText('Đã khôi phục dữ liệu từ tệp')).toBeVisible();
  await page.goto('/settings');
  await expect(page.getByLabel('Tên cơ quan')).toHaveValue('Ủy ban nhân dân xã Văn Giáo');

  // Another PC added a unit and renamed the office later: both come in by merge.
  const other = structuredClone(dataset);
  other.data.units.push({ ...(other.data.units[0] as object), id: newId(), name: 'Ấp Hòa Thạnh' } as never);
  Object.assign(other.data.settings[0] as object, { organisationName: 'UBND xã Văn Giáo (máy 2)', updatedAt: '2030-01-01T00:00:00.000Z', rev: 2 });
  await page.goto('/backup');
  await choose(page, 'may-2.json', await fileOf(other));
  await expect(row(page, 'Đơn vị')).toHaveText(/Đơn vị\s*2\s*1\s*0\s*1/);
  await expect(row(page, 'Cài đặt')).toHaveText(/Cài đặt\s*1\s*0\s*1\s*0/);
  await page.getByRole('button', { name: 'Gộp dữ liệu' }).click();
  await page.getByRole('button', { name: 'Xác nhận gộp' }).click();
  await expect(page.getByText('Đã gộp dữ liệu từ tệp')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Trước khi gộp dữ liệu' })).toBeVisible();
  await page.goto('/settings');
  await expect(page.getByLabel('Tên cơ quan')).toHaveValue('UBND xã Văn Giáo (máy 2)');
});

test('an evidence packet goes to the officer’s PC and joins the same campaign', async ({ page, browser }) => {
  const dataset = await fullDataset();
  await restore(page, 'may-can-bo.json', await fileOf(dataset));
  await page.goto('/backup');
  await expect(page.getByLabel('Đối tượng')).toHaveValue(dataset.ids.participant);
  const packet = await download(page, 'Tải gói minh chứng');
  expect(packet.name).toContain('minh-chung-tran-thi-binh');

  const officer = await browser.newContext();
  const officerPage = await officer.newPage();
  await restore(officerPage, 'may-noi-vu.json', await fileOf(dataset, ['evidence', 'attachments']));
  await choose(officerPage, packet.name, packet.buffer);
  await expect(officerPage.getByText('Gói minh chứng của Trần Thị Bình')).toBeVisible();
  await expect(officerPage.getByRole('button', { name: 'Khôi phục dữ liệu' })).toBeDisabled();
  await expect(row(officerPage, 'Minh chứng')).toHaveText(/Minh chứng\s*1\s*1\s*0\s*0/);
  await expect(row(officerPage, 'Tệp đính kèm')).toHaveText(/Tệp đính kèm\s*1\s*1/);
  const axe = await new AxeBuilder({ page: officerPage }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await officerPage.getByRole('button', { name: 'Gộp dữ liệu' }).click();
  await officerPage.getByRole('button', { name: 'Xác nhận gộp' }).click();
  await expect(officerPage.getByText('Đã gộp dữ liệu từ tệp')).toBeVisible();
  await choose(officerPage, packet.name, packet.buffer);
  await expect(row(officerPage, 'Minh chứng')).toHaveText(/Minh chứng\s*1\s*0\s*0\s*1/);
  await officer.close();
});

test('a bad file shows what is wrong and where, and changes nothing', async ({ page }) => {
  const dataset = await fullDataset();
  await restore(page, 'goc.json', await fileOf(dataset));
  const good = await fileOf(dataset);
  await choose(page, 'hong.json', good.subarray(0, Math.floor(good.length / 2)));
  await expect(page.getByRole('alert')).toContainText('Không dùng được tệp “hong.json”');
  await expect(page.getByRole('alert')).toContainText('bị cắt cụt');
  await expect(page.getByRole('button', { name: 'Gộp dữ liệu' })).toHaveCount(0);

  const tampered = JSON.parse(good.toString());
  tampered.data.units[0].name = '<script>alert(1)</script>';
  await choose(page, 'sua-tay.json', Buffer.from(JSON.stringify(tampered)));
  await expect(page.getByRole('alert')).toContainText('Mã kiểm tra toàn vẹn không khớp');
  await expect(page.getByRole('cell', { name: 'Trước khi khôi phục dữ liệu' })).toHaveCount(1);
  await page.goto('/settings');
  await expect(page.getByLabel('Tên cơ quan')).toHaveValue('Ủy ban nhân dân xã Văn Giáo');
});

test('a new officer is told what a restore replaces and what a merge writes, and can back out', async ({ page }) => {
  const ours = await fullDataset();
  await restore(page, 'may-xa.json', await fileOf(ours));
  const snapshots = page.getByRole('cell', { name: 'Trước khi khôi phục dữ liệu' });
  await expect(snapshots).toHaveCount(1);

  // A file from another commune PC: two units, a different office name.
  const theirs = await fullDataset();
  theirs.data.units.push({ ...(theirs.data.units[0] as object), id: newId(), name: 'Ấp Hòa Thạnh' } as never);
  Object.assign(theirs.data.settings[0] as object, { organisationName: 'UBND xã Văn Giáo (máy văn thư)' });
  await choose(page, 'may-van-thu.json', await fileOf(theirs));
  await page.getByRole('button', { name: 'Khôi phục dữ liệu' }).click();
  const ask = page.getByRole('dialog', { name: 'Thay toàn bộ dữ liệu bằng tệp?' });
  await expect(ask).toContainText('Toàn bộ dữ liệu đang có trên máy này sẽ bị thay bằng nội dung của tệp “may-van-thu.json”');
  await expect(ask.getByRole('row', { name: /^Đơn vị/ })).toHaveText(/Đơn vị\s*1\s*2/);
  await expect(ask.getByRole('row', { name: /^Phong trào thi đua/ })).toHaveText(/Phong trào thi đua\s*1\s*1/);
  await expect(ask.getByRole('row', { name: /^Cán bộ, công chức/ })).toHaveText(/Cán bộ, công chức\s*1\s*1/);
  await expect(ask).toContainText('Bình Xét tự giữ một bản sao an toàn của toàn bộ dữ liệu hiện có trên máy này');
  await shot(page, 'backup-restore-confirm');

  // Cancel: nothing is written, not even a safety copy.
  await ask.getByRole('button', { name: 'Huỷ' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByText('Đã khôi phục dữ liệu từ tệp')).toHaveCount(0);
  await expect(snapshots).toHaveCount(1);
  await page.goto('/settings');
  await expect(page.getByLabel('Tên cơ quan')).toHaveValue('Ủy ban nhân dân xã Văn Giáo');

  await page.goto('/backup');
  await choose(page, 'may-van-thu.json', await fileOf(theirs));
  await page.getByRole('button', { name: 'Khôi phục dữ liệu' }).click();
  await ask.getByRole('button', { name: 'Xác nhận khôi phục' }).click();
  await expect(page.getByText('Đã khôi phục dữ liệu từ tệp')).toBeVisible();
  await expect(snapshots).toHaveCount(2);
  await page.goto('/settings');
  await expect(page.getByLabel('Tên cơ quan')).toHaveValue('UBND xã Văn Giáo (máy văn thư)');

  // Merge: the confirmation names only what is written.
  const later = structuredClone(theirs);
  later.data.units.push({ ...(later.data.units[0] as object), id: newId(), name: 'Ấp Tân Lập' } as never);
  Object.assign(later.data.settings[0] as object, { placeName: 'Văn Giáo mới', updatedAt: '2030-01-01T00:00:00.000Z', rev: 2 });
  await page.goto('/backup');
  await choose(page, 'may-2.json', await fileOf(later));
  await page.getByRole('button', { name: 'Gộp dữ liệu' }).click();
  const merge = page.getByRole('dialog', { name: 'Gộp dữ liệu từ tệp?' });
  await expect(merge.getByRole('listitem')).toHaveText(['Cài đặt: 1 cập nhật', 'Đơn vị: 1 mới']);
  await expect(merge).not.toContainText(/\b0 (mới|cập nhật)/);
  await expect(merge).toContainText('bản sao an toàn');
  await shot(page, 'backup-merge-confirm');
  await merge.getByRole('button', { name: 'Xác nhận gộp' }).click();
  await expect(page.getByText('Đã gộp dữ liệu từ tệp')).toBeVisible();

  // The same file again brings nothing: said so, not as a list of zeros.
  await choose(page, 'may-2.json', await fileOf(later));
  await page.getByRole('button', { name: 'Gộp dữ liệu' }).click();
  await expect(merge).toContainText('Không có gì thay đổi');
  await expect(merge.getByRole('listitem')).toHaveCount(0);
  await merge.getByRole('button', { name: 'Huỷ' }).click();

  // A damaged file: which part, in words, and what to do; no field names or type words.
  const damaged = JSON.parse((await fileOf(later)).toString());
  delete damaged.formatVersion;
  await choose(page, 'hong.json', Buffer.from(JSON.stringify(damaged)));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Tệp sao lưu bị hỏng ở thông tin phiên bản của tệp');
  await expect(alert).toContainText('Hãy chọn lại tệp sao lưu gốc');
  await expect(alert).not.toContainText(/formatVersion|undefined|mong đợi/);
  await shot(page, 'backup-damaged');
});

test('after the browser closed during a restore, the next start says it did not finish and the data is as before', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'binh-xet-profile-'));
  const executablePath = chromiumExecutable();
  const launch = () =>
    chromium.launchPersistentContext(profile, { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}), baseURL: APP_ORIGIN, viewport: { width: 1366, height: 768 } });
  try {
    let context = await launch();
    const outside = watchNetwork(context);
    let page = await context.newPage();
    await restore(page, 'may-xa.json', await fileOf(await fullDataset()));
    // The browser dies while a second restore writes: its transaction is never committed, and
    // the note the restore wrote before it began is still there.
    await page.evaluate(() => localStorage.setItem('binh-xet:restore-in-progress', JSON.stringify({ startedAt: '2026-12-05T01:30:00.000Z' })));
    await context.close();

    context = await launch();
    const outsideAfter = watchNetwork(context);
    page = await context.newPage();
    await page.goto('/settings');
    const notice = page.getByRole('status').filter({ hasText: 'Lần khôi phục dữ liệu trước chưa hoàn tất' });
    await expect(notice).toContainText('bắt đầu lúc 05/12/2026 08:30 đã bị dừng giữa chừng');
    await expect(notice).toContainText('dữ liệu trên máy vẫn như trước lần khôi phục đó');
    await expect(page.getByLabel('Tên cơ quan')).toHaveValue('Ủy ban nhân dân xã Văn Giáo');
    await shot(page, 'backup-unfinished-restore');
    await notice.getByRole('button', { name: 'Đã hiểu' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel('Tên cơ quan')).toHaveValue('Ủy ban nhân dân xã Văn Giáo');
    await expect(page.getByText('Lần khôi phục dữ liệu trước chưa hoàn tất')).toHaveCount(0);
    await context.close();
    expect([...outside, ...outsideAfter]).toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
