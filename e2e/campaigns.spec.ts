// Journey: an officer creates the plan-99 campaign from the template, reads and prints its
// Kế hoạch (compared line by line with the signed plan), edits it with Vietnamese errors and
// a draft that survives closing the tab, records the gates, moves it on, clones and deletes.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

const SHOTS = process.env.SHOTS_DIR; // set to save screenshots and the PDF for a look
const shot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
};

const PLAN = readFileSync(new URL('./fixtures/ke-hoach-99.txt', import.meta.url), 'utf8').normalize('NFC');

/** Deliberate differences between the signed plan and ours, with the reason for each. */
const DIFFERENCES: Record<string, string> = {
  // The original numbers its sections I, II, III, III, VI — a typing slip; we number I–V.
  'III. MỨC CHI VÀ NGUỒN KINH PHÍ KHEN THƯỞNG': 'IV. MỨC CHI VÀ NGUỒN KINH PHÍ KHEN THƯỞNG',
  'VI. TỔ CHỨC THỰC HIỆN': 'V. TỔ CHỨC THỰC HIỆN',
  // The text copy marks the signature title bold with Markdown asterisks; the page uses bold type.
  '**KT. CHỦ TỊCH': 'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH**': 'PHÓ CHỦ TỊCH',
};

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

async function createFromTemplate(page: Page): Promise<string> {
  await page.goto('/campaigns');
  await page.getByRole('button', { name: 'Tạo từ mẫu Kế hoạch 99/KH-UBND' }).first().click();
  await expect(page.getByText('Đã tạo phong trào từ mẫu Kế hoạch 99/KH-UBND')).toBeVisible();
  await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]{36}$/);
  return page.url().split('/').pop() ?? '';
}

test('the plan made from the template says everything the signed plan says, and prints on A4', async ({ page }) => {
  const id = await createFromTemplate(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phong trào thi đua đẩy mạnh cải cách hành chính năm 2024');
  await shot(page, 'overview-draft');
  await page.getByRole('navigation', { name: 'Các bước của phong trào' }).getByRole('link', { name: 'Kế hoạch' }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${id}/plan$`));
  const sheet = page.getByRole('article', { name: /Kế hoạch/ });
  const text = squash(await sheet.innerText());

  const missing: string[] = [];
  for (const raw of PLAN.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const expected = squash(DIFFERENCES[line] ?? line);
    if (!text.includes(expected)) missing.push(expected);
  }
  expect(missing, 'lines of the signed plan missing from the rendered plan').toEqual([]);
  // The header table, which the text copy of the plan does not hold.
  for (const header of ['ỦY BAN NHÂN DÂN', 'XÃ VĂN GIÁO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 99/KH-UBND']) {
    expect(text).toContain(header);
  }
  // The sections are numbered I–V, in order, and the wrong numbers are gone.
  const headings = await sheet.locator('h2').allInnerTexts();
  expect(headings.map((h) => h.slice(0, h.indexOf('.')))).toEqual(['I', 'II', 'III', 'IV', 'V']);
  expect(text).not.toContain('VI. TỔ CHỨC');
  await shot(page, 'plan-screen');

  await expect(page.getByRole('button', { name: 'In' })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(3);
  expect(pages).toBeLessThanOrEqual(5);
  if (SHOTS) writeFileSync(join(SHOTS, 'plan.pdf'), pdf);
});

test('the editor says what is wrong in Vietnamese and keeps unsaved typing after the tab is closed', async ({ page, context }) => {
  const id = await createFromTemplate(page);
  await page.goto(`/campaigns/${id}/edit`);
  await expect(page.getByRole('navigation', { name: 'Mục lục kế hoạch' })).toBeVisible();
  await shot(page, 'editor');
  // Axe on a representative part of the long form (the whole form takes too long on a shared machine).
  const axe = await new AxeBuilder({ page }).include('.editor-toc').include('#identity').include('#criteria').include('#rules').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  const end = page.getByLabel('Ngày kết thúc');
  await end.fill('31/02/2024');
  await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await expect(page.getByText('Ngày không hợp lệ (nhập theo dạng dd/mm/yyyy)')).toBeVisible();
  await end.fill('01/03/2024'); // before the launch on 26/04/2024
  await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await expect(page.getByText('Ngày kết thúc không được trước ngày phát động')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Chưa lưu được' })).toBeVisible();

  // Text pasted from Word: decomposed accents and stray spaces, cleaned on save.
  await end.fill('31/12/2024');
  await page.getByLabel('Tên phong trào').fill('  Phong tra\u0300o thi đua   cải cách hành chính 2024 ');
  await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await expect(page.getByText('Đã lưu kế hoạch')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phong trào thi đua cải cách hành chính 2024');

  // A save from another tab in between: this tab's save is refused, nothing overwritten.
  await page.goto(`/campaigns/${id}/edit`);
  const other = await context.newPage();
  await other.goto(`/campaigns/${id}/edit`);
  await other.getByLabel('Địa danh').fill('Văn Giáo mới');
  await other.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await expect(other.getByText('Đã lưu kế hoạch')).toBeVisible();
  await other.close();
  await page.getByLabel('Năm thi đua').fill('2025');
  await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await expect(page.getByText('Dữ liệu đã được thay đổi ở cửa sổ khác')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tải lại dữ liệu mới nhất' })).toBeVisible();

  await page.goto(`/campaigns/${id}/edit`);
  await page.getByRole('button', { name: 'Bỏ bản nháp' }).click();
  await expect(page.getByLabel('Địa danh')).toHaveValue('Văn Giáo mới');
  await page.getByLabel('Tên phong trào').fill('Phong trào đang nhập dở');
  await page.waitForTimeout(600); // the draft is kept 300 ms after the last keystroke
  await page.close();
  const again = await context.newPage();
  await again.goto(`/campaigns/${id}/edit`);
  await expect(again.getByText('Có nội dung đang nhập dở chưa lưu')).toBeVisible();
  await again.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(again.getByLabel('Tên phong trào')).toHaveValue('Phong trào đang nhập dở');
});

test('criterion 1 counts complaints of the whole year; the officer may set two dates instead', async ({ page }) => {
  const id = await createFromTemplate(page);
  await page.goto(`/campaigns/${id}/edit`);
  const first = page.getByRole('group', { name: 'Tiêu chí 1', exact: true });
  const window = first.getByLabel('Thời gian xét phản ánh');
  await expect(window).toHaveValue('calendar-year');
  await expect(window.locator('option:checked')).toHaveText('Cả năm 2024');
  await first.scrollIntoViewIfNeeded();
  await shot(page, 'editor-criteria-year');
  // Only a disqualifier has a complaint window.
  await expect(page.getByRole('group', { name: 'Tiêu chí 2', exact: true }).getByLabel('Thời gian xét phản ánh')).toHaveCount(0);

  await window.selectOption({ label: 'Từ ngày … đến ngày …' });
  await first.getByLabel('Xét phản ánh từ ngày').fill('01/01/2024');
  await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await expect(first.getByText('Cần nhập ngày kết thúc xét phản ánh')).toBeVisible();
  await first.getByLabel('Đến ngày').fill('30/06/2024');
  await first.scrollIntoViewIfNeeded();
  await shot(page, 'editor-criteria');
  await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await expect(page.getByText('Đã lưu kế hoạch')).toBeVisible();

  await page.goto(`/campaigns/${id}/edit`);
  const again = page.getByRole('group', { name: 'Tiêu chí 1', exact: true });
  await expect(again.getByLabel('Thời gian xét phản ánh')).toHaveValue('dates');
  await expect(again.getByLabel('Xét phản ánh từ ngày')).toHaveValue('01/01/2024');
  await expect(again.getByLabel('Đến ngày')).toHaveValue('30/06/2024');
});

test('gates, lifecycle, clone to next year and deleting a draft', async ({ page }) => {
  const id = await createFromTemplate(page);
  await expect(page.getByText('Chưa thể đề xuất khen thưởng.')).toBeVisible();
  await page.getByRole('button', { name: 'Phát động phong trào' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Phát động phong trào' }).click();
  await expect(page.getByText('Phong trào đã chuyển sang “Đã phát động”')).toBeVisible();
  await page.getByRole('button', { name: 'Bắt đầu đánh giá' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Bắt đầu đánh giá' }).click();
  await expect(page.getByText('Đang thẩm định minh chứng', { exact: false }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Ghi nhận kết quả điều kiện 2' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Thứ hạng đạt được').fill('hai');
  await dialog.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(dialog.getByText('Thứ hạng phải là số nguyên từ 1 trở lên')).toBeVisible();
  await dialog.getByLabel('Thứ hạng đạt được').fill('5');
  await dialog.getByLabel('Số văn bản làm căn cứ').fill('45/TB-PNV');
  await dialog.getByLabel('Ngày văn bản').fill('08/01/2025');
  await dialog.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(page.getByText('Không thể đề xuất khen thưởng.')).toBeVisible();
  await expect(page.getByText('Xếp hạng 5, ngoài nhóm từ hạng 1 đến hạng 3')).toBeVisible();
  await expect(page.getByText('Căn cứ: Văn bản số 45/TB-PNV ngày 08/01/2025')).toBeVisible();

  await page.getByRole('button', { name: 'Ghi nhận kết quả điều kiện 1' }).click();
  await page.getByRole('dialog').getByLabel('Kết quả').selectOption('yes');
  await page.getByRole('dialog').getByRole('button', { name: 'Lưu kết quả' }).click();
  await page.getByRole('button', { name: 'Ghi nhận kết quả điều kiện 2' }).click();
  await page.getByRole('dialog').getByLabel('Thứ hạng đạt được').fill('2');
  await page.getByRole('dialog').getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(page.getByText('Đã đủ điều kiện: có thể lập đề xuất khen thưởng.')).toBeVisible();
  await shot(page, 'overview-evaluating');
  // The plan is locked once evaluation has begun.
  await expect(page.getByRole('link', { name: 'Sửa kế hoạch' })).toHaveCount(0);

  await page.goto('/campaigns');
  await expect(page.getByRole('row', { name: /năm 2024/ }).getByText('Đang đánh giá')).toBeVisible();
  await page.getByRole('button', { name: /sang năm 2025/ }).click();
  await expect(page.getByText('Đã nhân bản sang năm 2025')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phong trào thi đua đẩy mạnh cải cách hành chính năm 2025');
  await expect(page.getByText('Kế hoạch chưa có số')).toBeVisible();
  await expect(page.getByText('Chưa thể đề xuất khen thưởng.')).toBeVisible();

  await page.goto('/campaigns');
  await shot(page, 'list');
  await expect(page.getByRole('button', { name: /^Xoá “.*2024”$/ })).toHaveCount(0); // not a draft
  await page.getByRole('button', { name: /^Xoá “.*2025”$/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xoá phong trào' }).click();
  await expect(page.getByText('Đã xoá phong trào dự thảo')).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.goto(`/campaigns/${id}`);
  await expect(page.getByText('Xếp hạng 2, trong nhóm từ hạng 1 đến hạng 3')).toBeVisible();
});
