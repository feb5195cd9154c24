// Journey: the report that goes upward is written after the commune's vote. The demo's finished
// campaign has voted, so its dossiers are locked; the proposal upward's own "Báo cáo thành tích"
// starts from the dossier's text, and the officer rewrites it there. An empty report stops the
// packet with a link that lands in the report's editor; typing survives a reload as a draft; the
// zip's báo cáo .docx carries what was typed, and the dossier the council voted on is unchanged.
import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from './fixtures';
import { openDemoUpward } from './steps';

const SHOTS = '/tmp/upward-report-shots';
const UNIT = 'Văn phòng - Thống kê';
const DOSSIER_SUMMARY = `${UNIT} hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2024.`;
const TYPED_SUMMARY = 'Văn phòng có 06 công chức, tham mưu Ủy ban nhân dân xã về cải cách hành chính và chuyển đổi số.';
const TYPED_HEADING = 'Kết quả sau khi Hội đồng xã bình xét';
const TYPED_BODY = 'Đến hết tháng 01/2025 đã số hóa 2.300 hồ sơ một cửa, tỷ lệ hồ sơ trực tuyến toàn trình đạt 85%.';

test('the report upward is written after the vote, kept as a draft, and sent in the zip', async ({ page }) => {
  await openDemoUpward(page);
  await page.waitForURL(/\/documents\/de-nghi-cap-tren$/);
  const upwardUrl = page.url();

  const entry = page.locator('details.upward-report').filter({ hasText: UNIT });
  await expect(entry.locator('summary')).toContainText('đang lấy từ hồ sơ đề xuất');
  const nominationId = ((await entry.getAttribute('id')) ?? '').replace('bao-cao-', '');
  const campaignId = /campaigns\/([^/]+)/.exec(upwardUrl)?.[1] ?? '';

  // The dossier was voted on: locked, nothing can be typed there any more.
  await page.goto(`/campaigns/${campaignId}/nominations/${nominationId}`);
  await expect(page.getByText('Hồ sơ đã khoá')).toBeVisible();
  await expect(page.getByLabel('Sơ lược thành tích')).toBeDisabled();
  // It points to where the report upward is written; the link opens that editor.
  await page.getByRole('link', { name: 'Viết báo cáo gửi cấp trên' }).click();
  await expect(page.getByRole('form', { name: `Báo cáo thành tích: ${UNIT}` }).getByLabel('I. Sơ lược đặc điểm, tình hình')).toBeFocused();
  await page.goto(upwardUrl);
  await entry.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/upward-page.png` });

  // The proposal's own report starts from the dossier's; the officer empties it and saves.
  await entry.locator('summary').click();
  const report = page.getByRole('form', { name: `Báo cáo thành tích: ${UNIT}` });
  const summary = report.getByLabel('I. Sơ lược đặc điểm, tình hình');
  await expect(summary).toHaveValue(DOSSIER_SUMMARY);
  await summary.fill('');
  await report.getByLabel('Tiêu đề mục 1').fill('');
  await report.getByLabel('Nội dung mục 1').fill('');
  await report.getByRole('button', { name: 'Lưu báo cáo' }).click();
  await expect(page.getByText(`Đã lưu: báo cáo của ${UNIT} đang để trống`)).toBeVisible();
  await expect(entry.locator('summary')).toContainText('chưa có, cần viết');

  // The packet is refused, and its link lands in the editor, cursor in the first field.
  await page.getByRole('button', { name: 'Tải bộ hồ sơ (.zip)' }).click();
  await expect(page.getByText(`${UNIT}: chưa có báo cáo thành tích gửi cấp trên`)).toBeVisible();
  await page.getByRole('link', { name: `Viết báo cáo thành tích của ${UNIT}` }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/upward-report-refused.png` });
  await entry.locator('summary').click(); // closed by the officer: the link opens it again
  await page.getByRole('link', { name: `Viết báo cáo thành tích của ${UNIT}` }).click();
  await expect(summary).toBeFocused();

  // Typed, not saved, the page reloaded: the typing is offered back.
  await summary.fill(TYPED_SUMMARY);
  await report.getByLabel('Tiêu đề mục 1').fill(TYPED_HEADING);
  await report.getByLabel('Nội dung mục 1').fill(TYPED_BODY);
  page.once('dialog', (d) => void d.accept());
  await page.reload();
  await expect(entry.locator('summary')).toContainText('chưa có, cần viết');
  await expect(report.getByText('Có nội dung đang nhập dở chưa lưu')).toBeVisible();
  await report.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(summary).toHaveValue(TYPED_SUMMARY);
  await expect(report.getByLabel('Nội dung mục 1')).toHaveValue(TYPED_BODY);
  await entry.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/upward-report-form.png` });
  await report.getByRole('button', { name: 'Lưu báo cáo' }).click();
  await expect(page.getByText(`Đã lưu báo cáo thành tích của ${UNIT}`)).toBeVisible();
  await expect(entry.locator('summary')).toContainText('đã viết cho cấp trên');

  // The zip's báo cáo carries the typed text, not the dossier's.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bộ hồ sơ (.zip)' }).click()]);
  const files = unzipSync(new Uint8Array(readFileSync((await download.path()) ?? '')));
  const reportName = Object.keys(files).find((n) => n.startsWith('02-bao-cao-thanh-tich-')) ?? '';
  expect(reportName).toMatch(/van-phong-thong-ke\.docx$/);
  writeFileSync(`${SHOTS}/bao-cao.docx`, files[reportName] ?? new Uint8Array());
  const text = strFromU8(unzipSync(files[reportName] ?? new Uint8Array())['word/document.xml'] ?? new Uint8Array()).replace(/<[^>]+>/g, '');
  for (const words of [TYPED_SUMMARY, TYPED_HEADING, TYPED_BODY, 'Đề nghị tặng Giấy khen của Chủ tịch Ủy ban nhân dân thị xã', 'ngày 22 tháng 01 năm 2025', 'Quyết định số 125/QĐ-UBND']) expect(text, words).toContain(words);
  expect(text).not.toContain(DOSSIER_SUMMARY);

  // The dossier the council voted on still says what it said.
  await page.goto(`/campaigns/${campaignId}/nominations/${nominationId}`);
  await expect(page.getByLabel('Sơ lược thành tích')).toHaveValue(DOSSIER_SUMMARY);
});
