// Journey: the officer records the year's evidence with files for three people, appraises
// it, records a complaint that disqualifies one and sees why; bad files get plain messages;
// a failed gate holds every nomination back.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { criterion, recordSubstantiatedComplaint } from './steps';

const SHOTS = '/tmp/evidence-shots';
mkdirSync(SHOTS, { recursive: true });

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
/** Large files go by path: sending their bytes through the test protocol is what would be slow. */
function onDisk(name: string, buffer: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'binh-xet-files-')), name);
  writeFileSync(path, buffer);
  return path;
}
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

async function openDemoMatrix(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]{36}$/);
  const base = `${new URL(page.url()).pathname}/evidence`;
  await page.goto(base);
  await expect(page.getByRole('heading', { level: 1, name: 'Minh chứng và đánh giá' })).toBeVisible();
  return base;
}

async function addEvidence(page: Page, n: number, description: string, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const section = criterion(page, n);
  await section.getByRole('button', { name: `Thêm minh chứng cho tiêu chí ${n}` }).click();
  const form = section.getByRole('form', { name: 'Thêm minh chứng' });
  await form.getByLabel('Nội dung minh chứng').fill(description);
  await form.getByLabel('Ngày', { exact: true }).fill('15/11/2024');
  await form.getByLabel('Số văn bản').fill('45/BC-UBND');
  await form.getByRole('button', { name: 'Thêm minh chứng' }).click();
  const item = section.getByRole('article').last();
  await expect(item).toContainText(description);
  if (files.length) await attach(item, files);
}

async function attach(scope: Locator, files: { name: string; mimeType: string; buffer: Buffer }[] | string[]) {
  const chooser = scope.page().waitForEvent('filechooser');
  await scope.getByRole('button', { name: 'Đính kèm tệp' }).click();
  await (await chooser).setFiles(files);
}

async function appraise(page: Page, n: number, result: 'Đạt' | 'Chưa đạt' | 'Không đạt') {
  const box = criterion(page, n).getByRole('region', { name: `Đánh giá tiêu chí ${n}` });
  await box.getByRole('radio', { name: result, exact: true }).check();
  await box.getByRole('button', { name: 'Lưu đánh giá' }).click();
  // Saved and shown again from the database: nothing left unsaved, who and when stamped.
  await expect(box.getByRole('button', { name: 'Lưu đánh giá' })).toBeDisabled();
  await expect(box.getByRole('radio', { name: result, exact: true })).toBeChecked();
  await expect(box.getByText(/Trần Thị Thu Hà · \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
}

async function openParticipant(page: Page, base: string, search: string, name: string) {
  await page.goto(base);
  await page.getByPlaceholder('Tìm tên, không cần gõ dấu').fill(search);
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByRole('link', { name: `${name}, tiêu chí 2: Chưa có` }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page).toHaveURL(/#tieu-chi-2$/);
}

async function noSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

test('evidence with files for three people, appraisal, and a complaint that disqualifies one', async ({ page }) => {
  // A long journey (three participants, a dozen files, appraisals, a complaint): 58 s of 60 on a
  // loaded 2-core machine.
  test.setTimeout(120_000);
  const base = await openDemoMatrix(page);
  await page.screenshot({ path: `${SHOTS}/matrix-1366.png` });
  await noSeriousA11yViolations(page);
  // The demo's substantiated complaint already shows with its reason.
  await page.getByRole('checkbox', { name: 'Bị loại' }).check();
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('row', { name: /Néang Sóc Thy/ })).toContainText('Có phản ánh được xác minh ngày 12/09/2024');
  await page.getByRole('checkbox', { name: 'Bị loại' }).uncheck();

  // 1. Trương Minh Tâm: all four criteria, with files → eligible.
  await openParticipant(page, base, 'truong minh tam', 'Trương Minh Tâm');
  await expect(page.getByText('Chưa có minh chứng cho tiêu chí 1')).toBeVisible();
  for (const n of [1, 2, 3, 4]) {
    await addEvidence(page, n, `Minh chứng tiêu chí ${n} của Công an xã`, [{ name: `bao-cao-${n}.pdf`, mimeType: 'application/pdf', buffer: pdf(`tam ${n}`) }]);
    await expect(criterion(page, n).getByText(`bao-cao-${n}.pdf`)).toBeVisible();
    await appraise(page, n, 'Đạt');
  }
  await expect(page.getByText('Đủ điều kiện xét khen thưởng')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/participant-1366.png`, fullPage: false });
  await noSeriousA11yViolations(page);

  // 2. Lý Văn Phước: evidence and a photo, appraised; then a substantiated complaint in the period.
  await openParticipant(page, base, 'ly van phuoc', 'Lý Văn Phước');
  await addEvidence(page, 2, 'Hoàn thành nhiệm vụ quân sự địa phương', [{ name: 'anh-hoat-dong.png', mimeType: 'image/png', buffer: PNG }]);
  await appraise(page, 2, 'Đạt');
  await recordSubstantiatedComplaint(page);
  await expect(criterion(page, 1)).toContainText('Bị loại');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/participant-top-1366.png` });

  // 3. Huỳnh Thị Diễm: one evidence with a Word file, appraised "chưa đạt".
  await openParticipant(page, base, 'huynh thi diem', 'Huỳnh Thị Diễm');
  await addEvidence(page, 2, 'Tham gia tuyên truyền cải cách hành chính', [
    { name: 'to-trinh.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK word') },
  ]);
  await appraise(page, 2, 'Không đạt');
  await appraise(page, 2, 'Chưa đạt');
  await expect(page.getByRole('list', { name: 'Lý do' })).toContainText('Tiêu chí 2: chưa đạt');
  // Each change of the appraisal is in the audit trail, shown beside it.
  await criterion(page, 2).getByText('Lịch sử đánh giá (2 lần)').click();
  await expect(criterion(page, 2).getByText(/Trần Thị Thu Hà: Chưa đạt \(trước: Không đạt\)/)).toBeVisible();

  // The matrix shows all three, with their reasons.
  await page.goto(base);
  await expect(page.getByRole('row', { name: /Trương Minh Tâm/ })).toContainText('Đủ điều kiện');
  await expect(page.getByRole('row', { name: /Trương Minh Tâm/ })).toContainText('4/4');
  await expect(page.getByRole('row', { name: /Lý Văn Phước/ })).toContainText('Có phản ánh được xác minh ngày 15/08/2024');
  await expect(page.getByRole('row', { name: /Huỳnh Thị Diễm/ })).toContainText('Chưa đạt tiêu chí 2');
  await expect(page.getByRole('link', { name: 'Huỳnh Thị Diễm, tiêu chí 2: Chưa đạt' })).toBeVisible();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${SHOTS}/matrix-1920.png` });
  await page.getByRole('checkbox', { name: 'Bị loại' }).check();
  await expect(page.getByRole('row')).toHaveCount(3);
});

test('bad files get plain messages; good ones are previewed; many files show progress', async ({ page }) => {
  const base = await openDemoMatrix(page);
  await openParticipant(page, base, 'mai van tri', 'Mai Văn Trí');
  await addEvidence(page, 2, 'Tuần tra bảo đảm an ninh', [{ name: 'anh.png', mimeType: 'image/png', buffer: PNG }]);
  const item = criterion(page, 2).getByRole('article').first();
  await expect(item.getByText('anh.png')).toBeVisible();

  await attach(item, [
    { name: 'rong.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) },
    { name: 'cai-dat.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') },
    { name: 'anh-ban-sao.png', mimeType: 'image/png', buffer: PNG },
    { name: 'hop-le.pdf', mimeType: 'application/pdf', buffer: pdf('ok') },
  ]);
  const alert = item.getByRole('alert');
  await expect(alert).toContainText('Đã thêm 1/4 tệp. Có 3 tệp không thêm được');
  await expect(alert).toContainText('Tệp “rong.pdf” rỗng (0 byte)');
  await expect(alert).toContainText('Tệp “cai-dat.exe” không đúng loại cho phép');
  await expect(alert).toContainText('Tệp “anh-ban-sao.png” trùng nội dung với tệp “anh.png”');
  await attach(item, [onDisk('qua-lon.pdf', Buffer.alloc(26 * 1024 * 1024, 1))]);
  await expect(item.getByRole('alert')).toContainText('Tệp “qua-lon.pdf” nặng 26 MB, vượt giới hạn 25 MB mỗi tệp');
  await expect(item.getByRole('list', { name: 'Tệp đính kèm' }).getByRole('listitem')).toHaveCount(2);

  await item.getByRole('button', { name: 'Xem anh.png' }).click();
  const dialog = page.getByRole('dialog', { name: 'anh.png' });
  await expect(dialog.getByRole('img', { name: 'Ảnh đính kèm anh.png' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Đóng' }).click();

  const download = page.waitForEvent('download');
  await item.getByRole('button', { name: 'Tải về hop-le.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('hop-le.pdf');

  const many = Array.from({ length: 12 }, (_, i) => ({ name: `trang-${i + 1}.pdf`, mimeType: 'application/pdf', buffer: Buffer.alloc(512 * 1024, i + 2) }));
  await attach(item, many);
  await expect(item.getByText('Đã thêm 12/12 tệp.')).toBeVisible();
  await expect(item.getByRole('list', { name: 'Tệp đính kèm' }).getByRole('listitem')).toHaveCount(14);

  // A long batch shows its progress and can be stopped; what was added stays.
  const batch = Array.from({ length: 30 }, (_, i) => onDisk(`phu-luc-${i + 1}.pdf`, Buffer.alloc(3 * 1024 * 1024, i + 20)));
  await attach(item, batch);
  // Stop once at least one file of the batch is in (progress past 1/30), so there is something to keep.
  await expect(item.getByText(/Đang thêm tệp ([2-9]|[12]\d)\/30/)).toBeVisible();
  await item.getByRole('button', { name: 'Dừng thêm tệp' }).click();
  await expect(item.getByText(/Đã dừng theo yêu cầu, \d+ tệp chưa thêm\./)).toBeVisible();
  const kept = await item.getByRole('list', { name: 'Tệp đính kèm' }).getByRole('listitem').count();
  expect(kept).toBeGreaterThan(14);
  expect(kept).toBeLessThan(44);
});

test('a failed gate holds every nomination back, and says why', async ({ page }) => {
  const base = await openDemoMatrix(page);
  await expect(page.getByText('Chưa thể đề xuất khen thưởng')).toHaveCount(0);
  await page.getByRole('link', { name: 'Điều kiện của phong trào' }).click();
  const rank = page.getByRole('region', { name: 'Điều kiện 2' });
  await rank.getByLabel('Xếp hạng đạt được').fill('5');
  await rank.getByRole('button', { name: 'Lưu điều kiện 2' }).click();
  await expect(page.getByText('Chưa thể đề xuất khen thưởng')).toBeVisible();
  await expect(page.getByText(/Điều kiện 2 \(.*\): xếp hạng 5, ngoài nhóm từ hạng 1 đến hạng 3/)).toBeVisible();
  const giayKhen = page.getByRole('region', { name: 'Điều kiện 1' });
  await giayKhen.getByLabel('Chưa rõ').check();
  await giayKhen.getByRole('button', { name: 'Lưu điều kiện 1' }).click();
  await expect(page.getByText(/Điều kiện 1 \(.*\): chưa ghi nhận kết quả/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/gates-1366.png`, fullPage: true });
  await noSeriousA11yViolations(page);

  // Recording stays possible, and the matrix says the same thing.
  await page.goto(base);
  await expect(page.getByText('Chưa thể đề xuất khen thưởng')).toBeVisible();
  await page.goto(`${base}/gates`);
  await page.getByRole('region', { name: 'Điều kiện 1' }).getByLabel('Đã đạt').check();
  await page.getByRole('region', { name: 'Điều kiện 1' }).getByRole('button', { name: 'Lưu điều kiện 1' }).click();
  await page.getByRole('region', { name: 'Điều kiện 2' }).getByLabel('Xếp hạng đạt được').fill('3');
  await page.getByRole('region', { name: 'Điều kiện 2' }).getByRole('button', { name: 'Lưu điều kiện 2' }).click();
  await expect(page.getByText('Đủ điều kiện xét khen thưởng')).toBeVisible();
});

test('coming back from a participant lands on the same filtered list', async ({ page }) => {
  const base = await openDemoMatrix(page);
  await openParticipant(page, base, 'ly van phuoc', 'Lý Văn Phước');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Minh chứng và đánh giá' })).toBeVisible();
  await expect(page.getByPlaceholder('Tìm tên, không cần gõ dấu')).toHaveValue('ly van phuoc');
  await expect(page.getByRole('row')).toHaveCount(2);
  // The participant's page stays where it was opened: nothing typed earlier pulls it back.
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Lý Văn Phước' })).toBeVisible();
});
