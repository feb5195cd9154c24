// Journey: with the demo campaign (plan 99), the officer finds people in the nomination
// table without accents, sorts them the Vietnamese way, nominates and withdraws, completes
// and appraises a dossier, and exports the table as CSV and reads it back.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { openDemoNominations, proposeSevenOverQuota, selectRow as select } from './steps';
import type { Page } from '@playwright/test';

const SHOTS = '/tmp/nominations-shots';

const grid = (page: Page) => page.getByRole('grid', { name: 'Bảng đối tượng và đề xuất' });
const shown = (page: Page) => page.getByTestId('shown-count');
const nameCells = (page: Page) => grid(page).locator('tbody .nt-link');

test('search without accents, filter, and sort by given name', async ({ page }) => {
  await openDemoNominations(page);
  await expect(shown(page)).toHaveText('32');
  await page.screenshot({ path: `${SHOTS}/table-1366.png` });

  // Vietnamese order: by given name — "Võ Văn An" before "Nguyễn Thị Ánh" before "Đặng Thị Bích".
  const names = await nameCells(page).allTextContents();
  expect(names.indexOf('Võ Văn An')).toBeLessThan(names.indexOf('Nguyễn Thị Ánh'));
  expect(names.indexOf('Nguyễn Thị Ánh')).toBeLessThan(names.indexOf('Đặng Thị Bích'));

  await page.getByRole('searchbox', { name: 'Tìm trong bảng' }).fill('dang thi bich');
  await expect(nameCells(page)).toHaveText(['Đặng Thị Bích']);
  await page.getByRole('searchbox', { name: 'Tìm trong bảng' }).fill('LY VAN PHUOC');
  await expect(nameCells(page)).toHaveText(['Lý Văn Phước']);
  await page.getByRole('searchbox', { name: 'Tìm trong bảng' }).fill('ap son dong');
  // The unit, and the person working in it.
  await expect(nameCells(page)).toHaveText(['Ấp Sơn Đông', 'Chau Sóc Kha']);
  await page.getByRole('button', { name: 'Xoá lọc' }).click();

  await page.getByRole('combobox', { name: 'Lọc theo loại' }).selectOption('Tập thể');
  await expect(shown(page)).toHaveText('8');
  await page.getByRole('combobox', { name: 'Lọc theo đã đề xuất' }).selectOption('Đã đề xuất');
  await expect(shown(page)).toHaveText('2');
  await page.getByRole('button', { name: 'Xoá lọc' }).click();
  await expect(shown(page)).toHaveText('32');

  // Sorting the name column descending puts the last given names first.
  await page.getByRole('button', { name: 'Tên', exact: true }).click();
  await expect(grid(page).getByRole('columnheader', { name: 'Tên' })).toHaveAttribute('aria-sort', 'descending');
  await expect(nameCells(page).first()).toHaveText('Ngô Thị Yến');

  // Grouping and hidden columns are remembered for this campaign after a reload.
  await page.getByLabel('Nhóm theo tập thể / cá nhân').check();
  await page.getByText('Cột', { exact: true }).click();
  await page.getByRole('group', { name: 'Chọn và sắp xếp cột' }).getByRole('checkbox', { name: 'Số minh chứng' }).uncheck();
  await page.reload();
  await expect(grid(page).locator('tr.nt-group').first()).toContainText(/Cá nhân \(24\)|Tập thể \(8\)/);
  await expect(grid(page).getByRole('columnheader', { name: 'Minh chứng' })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/grouped.png` });
});

test('nominate 2 collectives and 5 individuals, with quota and eligibility reasons; withdraw', async ({ page }) => {
  await openDemoNominations(page);
  // The demo already proposed 7: withdraw them all at once (audited, with a reason).
  await page.getByRole('combobox', { name: 'Lọc theo đã đề xuất' }).selectOption('Đã đề xuất');
  await page.getByRole('checkbox', { name: 'Chọn tất cả các dòng đang hiện' }).check();
  await expect(page.getByText('Đã chọn 7')).toBeVisible();
  await page.getByRole('button', { name: 'Rút đề xuất' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Rút đề xuất' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Hãy ghi lý do rút đề xuất.');
  await dialog.getByLabel('Lý do rút đề xuất').fill('Làm lại danh sách đề xuất');
  await dialog.getByRole('button', { name: 'Rút đề xuất' }).click();
  await expect(page.getByText('Đã rút 7 đề xuất')).toBeVisible();
  await page.getByRole('button', { name: 'Xoá lọc' }).click();

  for (const name of ['Văn phòng - Thống kê', 'Bộ phận Tiếp nhận và Trả kết quả', 'Trần Thị Thu Hà', 'Phạm Văn Hùng', 'Nguyễn Thị Ánh', 'Võ Văn An', 'Đặng Thị Bích']) {
    await select(page, name);
  }
  await proposeSevenOverQuota(page);

  // Someone with a substantiated complaint needs a recorded reason.
  await page.getByRole('searchbox', { name: 'Tìm trong bảng' }).fill('neang soc');
  await nameCells(page).first().click();
  await dialog.getByLabel('Lý do đề xuất', { exact: true }).fill('Có nhiều đóng góp');
  await dialog.getByLabel('Lý do đề xuất vượt số lượng').fill('Để Hội đồng xem xét');
  await expect(dialog.getByText('Có phản ánh được xác minh ngày 12/09/2024')).toBeVisible();
  await dialog.getByRole('button', { name: 'Đề xuất' }).click();
  await expect(dialog.getByRole('alert')).toContainText('chưa đủ điều kiện');
  await dialog.getByLabel('Lý do vẫn đề xuất dù chưa đủ điều kiện').fill('Phản ánh đã được khắc phục, người dân rút đơn');
  await dialog.getByRole('button', { name: 'Đề xuất' }).click();
  await expect(page.getByText('Đã đề xuất 1 đối tượng')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/after-nominate.png` });

  // Keyboard: focus the first cell, move down, Enter opens the dossier of a nominee.
  await page.getByRole('searchbox', { name: 'Tìm trong bảng' }).fill('tran thi thu ha');
  await grid(page).locator('tbody td[data-cell="0:3"]').click();
  await page.keyboard.press('ArrowLeft');
  await expect(grid(page).locator('tbody td[data-cell="0:2"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Hồ sơ: Trần Thị Thu Hà' })).toBeVisible();

  // The report is prefilled from the evidence, per criterion.
  await expect(page.getByLabel('Tiêu đề mục 1')).toHaveValue(/^Tiêu chí 1: /);
  await expect(page.getByLabel('Nội dung mục 2')).toHaveValue(/Kế hoạch 35a\/KH-UBND/);
  await page.getByRole('button', { name: 'Xác nhận đủ hồ sơ' }).click();
  await expect(page.getByRole('alert')).toContainText('Hồ sơ chưa đủ');
  // The council's minutes are the council's paper: no box for the officer to tick before it met.
  await expect(page.getByLabel('Biên bản xét khen thưởng', { exact: true })).toHaveCount(0);
  for (const item of ['Tờ trình / văn bản đề nghị', 'Báo cáo thành tích']) await page.getByLabel(item, { exact: true }).check();
  await page.getByRole('button', { name: 'Xác nhận đủ hồ sơ' }).click();
  await expect(page.getByText('Đã chuyển sang “Đủ hồ sơ”')).toBeVisible();
  await page.getByRole('button', { name: 'Xác nhận đã thẩm định' }).click();
  await expect(page.getByRole('alert')).toContainText('kết quả thẩm định “Đạt”');
  await page.getByLabel('Kết quả thẩm định').selectOption('dat');
  await page.getByLabel('Ngày thẩm định').fill('10/01/2025');
  await page.getByLabel('Ý kiến thẩm định').fill('Hồ sơ đầy đủ, đúng quy định.');
  await page.getByRole('button', { name: 'Xác nhận đã thẩm định' }).click();
  await expect(page.getByText('Đã chuyển sang “Đã thẩm định”')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Các bước của hồ sơ' }).locator('[aria-current="step"]')).toHaveText(/Đã thẩm định/);
  await page.getByLabel('Thành tích ghi trên Giấy khen').fill('Đã có thành tích xuất sắc trong công tác cải cách hành chính năm 2024');
  await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(page.getByText('Đã lưu hồ sơ')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Thành tích ghi trên Giấy khen')).toHaveValue(/thành tích xuất sắc/);
  await page.screenshot({ path: `${SHOTS}/dossier.png`, fullPage: true });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await page.getByRole('link', { name: 'Đề xuất khen thưởng' }).first().click();
  await page.getByRole('searchbox', { name: 'Tìm trong bảng' }).fill('thu ha');
  await expect(grid(page).locator('tbody tr').filter({ hasText: 'Trần Thị Thu Hà' })).toContainText('Đã thẩm định');
});

test('exports the table as shown to CSV (BOM, Vietnamese intact) and reads it back', async ({ page }) => {
  await openDemoNominations(page);
  await page.getByRole('combobox', { name: 'Lọc theo loại' }).selectOption('Tập thể');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất CSV' }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trim().split('\r\n');
  expect(lines[0]?.split(',').slice(0, 3)).toEqual(['Tên', 'Loại', 'Tiêu chí đạt']);
  expect(lines).toHaveLength(9);
  expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([
    'Ấp Sơn Đông', 'Ấp Voi 1', 'Ban Chỉ huy Quân sự xã', 'Bộ phận Tiếp nhận và Trả kết quả', 'Công an xã', 'Đoàn Thanh niên xã', 'Hội Liên hiệp Phụ nữ xã', 'Văn phòng - Thống kê',
  ]);
  const xlsx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  expect((await xlsx).suggestedFilename()).toMatch(/\.xlsx$/);

  // The print view holds every shown row (not only the virtualised ones).
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'In', exact: true }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.nt-print tbody tr')).toHaveCount(8);
  await expect(page.locator('.nt-print')).toBeVisible();
  await expect(grid(page)).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/print.png` });
});

test('10,000 participants: few DOM rows, filtering stays quick', async ({ page }) => {
  const campaignId = await openDemoNominations(page);
  await page.evaluate(async (id) => {
    const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
    const middles = ['Văn', 'Thị', 'Minh', 'Hoàng', 'Thu', 'Ngọc', 'Đức', 'Quốc'];
    const givens = ['An', 'Ánh', 'Bình', 'Châu', 'Dũng', 'Đức', 'Giang', 'Hà', 'Hùng', 'Khánh', 'Linh', 'Lộc', 'Nam', 'Phước', 'Sang', 'Tâm', 'Thành', 'Yến'];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('binh-xet');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error('open failed'));
    });
    const tx = db.transaction('participants', 'readwrite');
    const store = tx.objectStore('participants');
    const at = new Date().toISOString();
    for (let i = 0; i < 10_000; i++) {
      const name = `${families[i % families.length]} ${middles[(i * 7) % middles.length]} ${givens[(i * 13) % givens.length]} ${i}`;
      store.add({ id: crypto.randomUUID(), campaignId: id, category: 'individual', personId: crypto.randomUUID(), displayName: name, createdAt: at, updatedAt: at, rev: 1 });
    }
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, campaignId);
  await page.reload(); // raw IndexedDB writes bypass Dexie's change notifications
  await expect(shown(page)).toHaveText('10.032', { timeout: 30_000 });
  expect(await grid(page).locator('tbody tr').count()).toBeLessThan(100);
  await grid(page).locator('.nt-scroll, tbody').first().evaluate(() => document.querySelector('.nt-scroll')?.scrollTo(0, 200_000));
  await expect(grid(page).locator('tbody tr').first()).toBeAttached();
  expect(await grid(page).locator('tbody tr').count()).toBeLessThan(100);

  await page.evaluate(() => performance.clearMarks());
  await page.getByRole('searchbox', { name: 'Tìm trong bảng' }).fill('dang duc 99');
  await expect(shown(page)).not.toHaveText('10.032');
  const ms = await page.evaluate(() => {
    const start = performance.getEntriesByName('filter-start').at(-1)?.startTime ?? 0;
    const end = performance.getEntriesByName('rows-updated').at(-1)?.startTime ?? 0;
    return end - start;
  });
  console.log(`keystroke → rows at 10,000 participants: ${ms.toFixed(1)} ms`);
  expect(ms).toBeGreaterThan(0);
  await page.screenshot({ path: `${SHOTS}/table-10k.png` });
});
