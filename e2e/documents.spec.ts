// Journey: the plan-99 demo campaign after the council's vote — every document previews,
// prints to A4 and downloads as a Word file with the right page, fonts, header and amounts.
import { readFileSync, mkdirSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { seedCouncilOutcome } from './documents-seed';
import { saveDecision125 } from './steps';

const SHOTS = '/tmp/documents-shots';
mkdirSync(SHOTS, { recursive: true });

async function loadDemo(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await page.waitForURL(/\/campaigns\/[0-9a-f-]+$/);
  return new URL(page.url()).pathname.split('/')[2] ?? '';
}

/** The downloaded .docx, unzipped: its XML parts by name. */
async function downloadParts(page: Page): Promise<Record<string, string>> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp Word' }).click()]);
  const path = await download.path();
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  expect(files['word/document.xml'], 'word/document.xml in the .docx').toBeTruthy();
  return Object.fromEntries(Object.entries(files).filter(([k]) => k.endsWith('.xml')).map(([k, v]) => [k, strFromU8(v)]));
}

async function downloadXml(page: Page): Promise<string> {
  return (await downloadParts(page))['word/document.xml'] ?? '';
}

/** Decree 30: the page number from page 2, a real PAGE field in the header, page 1 without (titlePg). */
function expectPageNumbers(parts: Record<string, string>, what: string) {
  const doc = parts['word/document.xml'] ?? '';
  expect(doc, `${what}: different first page`).toContain('<w:titlePg/>');
  const headers = Object.entries(parts).filter(([k]) => /^word\/header\d+\.xml$/.test(k)).map(([, v]) => v);
  expect(headers.filter((h) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(h)).length, `${what}: PAGE field in a header`).toBeGreaterThan(0);
}

/** Pages of a PDF made by Chromium (each page object is "/Type /Page"). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

const has = (xml: string, text: string, what = text) => expect(xml.includes(text), `${what} in the .docx`).toBe(true);

function expectDecree30Page(xml: string, landscape = false, nation = true) {
  if (landscape) expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  else {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  }
  has(xml, 'w:ascii="Times New Roman"');
  if (nation) has(xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
}

test('documents say what is missing, then fill from the council and the decision', async ({ page }) => {
  // The longest journey of the suite (nine papers previewed and downloaded as Word files): it took
  // 56 s of the default 60 on a loaded 2-core machine, so it gets room for the work it does.
  test.setTimeout(120_000);
  const campaignId = await loadDemo(page);
  await page.goto(`/campaigns/${campaignId}/documents`);
  await expect(page.getByRole('heading', { name: 'Văn bản', level: 1 })).toBeVisible();
  await page.goto(`/campaigns/${campaignId}/documents/quyet-dinh`);
  await expect(page.getByText('Chưa lập được văn bản này')).toBeVisible();
  await expect(page.getByText(/Chưa lập quyết định khen thưởng/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tải tệp Word' })).toHaveCount(0);

  await seedCouncilOutcome(page, campaignId);
  await saveDecision125(page, campaignId);
  await page.screenshot({ path: `${SHOTS}/list.png`, fullPage: true });

  // The decision: amounts, total in words, header, signer.
  await page.getByRole('link', { name: 'Quyết định khen thưởng' }).click();
  const sheet = page.getByRole('article', { name: /Quyết định khen thưởng, trang 1/ });
  await expect(sheet.getByText('Bằng chữ: Ba triệu năm trăm bốn mươi nghìn đồng')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/decision-1366.png` });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  const decisionParts = await downloadParts(page);
  let xml = decisionParts['word/document.xml'] ?? '';
  expectDecree30Page(xml);
  expectPageNumbers(decisionParts, 'quyet-dinh');
  for (const text of ['ỦY BAN NHÂN DÂN', 'XÃ VĂN GIÁO', 'Số: 125/QĐ-UBND', 'Văn Giáo, ngày 20 tháng 12 năm 2024', 'QUYẾT ĐỊNH', '1.410.000 đ', '710.000 đ', '3.540.000 đ', 'Bằng chữ: Ba triệu năm trăm bốn mươi nghìn đồng', 'Nơi nhận:', 'KT. CHỦ TỊCH', 'Hồ Văn Đức']) {
    has(xml, text);
  }
  // The law in force on 20/12/2024 (Settings' dated legal bases), then the plan, the minutes, the proposal.
  for (const text of [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;',
    'Căn cứ Kế hoạch số 99/KH-UBND ngày 26/4/2024 của Ủy ban nhân dân xã Văn Giáo về phát động',
    'Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng ngày 18/12/2024;',
    'cho 01 tập thể và 03 cá nhân',
  ]) has(xml, text, `quyet-dinh: ${text}`);
  expect(xml).not.toContain('152/2025');
  await page.pdf({ path: `${SHOTS}/decision.pdf`, preferCSSPageSize: true, printBackground: true });

  // A change after the download is noticed.
  await page.goto(`/campaigns/${campaignId}/documents`);
  await page.getByLabel('Số quyết định').fill('126/QĐ-UBND');
  await page.getByRole('button', { name: 'Lưu quyết định' }).click();
  await expect(page.getByText('Đã lưu quyết định khen thưởng')).toBeVisible();
  await page.goto(`/campaigns/${campaignId}/documents/quyet-dinh`);
  await expect(page.getByText('Dữ liệu đã thay đổi')).toBeVisible();

  // Every other document downloads with the same page setup and its own texts.
  // Dates from the campaign's events, whatever the PC's clock says: the tờ trình on the council's
  // day, the reports on the dossiers' (appraised 10/01/2025), the summary at the end of the review month.
  const expected: [string, string[], boolean?][] = [
    ['to-trinh', ['TỜ TRÌNH', 'UBND XÃ VĂN GIÁO', 'HỘI ĐỒNG THI ĐUA', 'Kính gửi: ', 'Chủ tịch Ủy ban nhân dân xã Văn Giáo', 'TM. HỘI ĐỒNG', 'PHÓ CHỦ TỊCH', 'Văn Giáo, ngày 18 tháng 12 năm 2024', '01 tập thể và 03 cá nhân']],
    ['bao-cao-thanh-tich', ['BÁO CÁO THÀNH TÍCH', 'II. THÀNH TÍCH ĐẠT ĐƯỢC', 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', 'NGƯỜI BÁO CÁO THÀNH TÍCH', 'Văn Giáo, ngày 10 tháng 01 năm 2025']],
    ['phieu-bau', ['PHIẾU BẦU', 'Đồng ý', 'Không đồng ý']],
    ['bien-ban-kiem-phieu', ['BIÊN BẢN KIỂM PHIẾU', 'Số phiếu phát ra: 8', '77,78%', 'TRƯỞNG BAN KIỂM PHIẾU']],
    ['bien-ban-hop', ['BIÊN BẢN', 'THƯ KÝ', 'CHỦ TỌA', 'Trần Thị Thu Hà', 'Có mặt 8/9 thành viên']],
    ['giay-khen', ['GIẤY KHEN', 'TẶNG', 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ VĂN GIÁO', 'Quyết định số 126/QĐ-UBND, ngày 20/12/2024', 'Bà Trần Thị Thu Hà'], true],
    ['bao-cao-tong-ket', ['BÁO CÁO', '3.540.000 đ', 'Văn Giáo, ngày 31 tháng 01 năm 2025', 'Phòng Nội vụ thị xã Tịnh Biên', 'IV. ĐÁNH GIÁ CHUNG VÀ KIẾN NGHỊ']],
  ];
  for (const [slug, texts, landscape] of expected) {
    await page.goto(`/campaigns/${campaignId}/documents/${slug}`);
    await expect(page.getByRole('article').first()).toBeVisible();
    const parts = await downloadParts(page);
    xml = parts['word/document.xml'] ?? '';
    expectDecree30Page(xml, landscape, slug !== 'phieu-bau');
    if (slug === 'phieu-bau' || slug === 'giay-khen') expect(xml, `${slug}: no page number`).not.toContain('<w:titlePg/>');
    else expectPageNumbers(parts, slug);
    for (const text of texts) has(xml, text, `${slug}: ${text}`);
    const pdf = await page.pdf({ path: `${SHOTS}/${slug}.pdf`, preferCSSPageSize: true, printBackground: true });
    // Nothing spills onto an extra sheet: one certificate per page, two ballots per page.
    if (slug === 'giay-khen') expect(pdfPages(pdf)).toBe(4);
    if (slug === 'phieu-bau') expect(pdfPages(pdf)).toBe(5);
  }
  // The plan has its Word file too, from the same builder, on both of its pages.
  for (const path of [`/campaigns/${campaignId}/plan`, `/campaigns/${campaignId}/documents/plan`]) {
    await page.goto(path);
    const parts = await downloadParts(page);
    xml = parts['word/document.xml'] ?? '';
    expectDecree30Page(xml);
    expectPageNumbers(parts, 'ke-hoach');
    for (const text of ['KẾ HOẠCH', 'Số: 99/KH-UBND', 'Văn Giáo, ngày 26 tháng 4 năm 2024', 'I. MỤC ĐÍCH YÊU CẦU', 'Nơi nhận:', 'Hồ Văn Đức']) has(xml, text, `ke-hoach: ${text}`);
  }

  // A paper's own date and number, set on its page, win over the defaults.
  await page.goto(`/campaigns/${campaignId}/documents/to-trinh`);
  const own = page.getByRole('form', { name: 'Ngày, số văn bản' });
  await own.getByLabel('Số văn bản').fill('03/TTr-HĐTĐKT');
  await own.getByLabel('Ngày văn bản').fill('19/12/2024');
  await own.getByRole('button', { name: 'Lưu ngày, số văn bản' }).click();
  await expect(page.getByText('Đã lưu ngày, số văn bản')).toBeVisible();
  xml = await downloadXml(page);
  has(xml, 'Số: 03/TTr-HĐTĐKT');
  has(xml, 'Văn Giáo, ngày 19 tháng 12 năm 2024');

  await page.goto(`/campaigns/${campaignId}/documents/giay-khen`);
  await page.screenshot({ path: `${SHOTS}/giay-khen-1366.png` });
  // The certificate is not clipped at 1366 px: the sheet fits the stage.
  const fits = await page.locator('.doc-stage').first().evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
  expect(fits, 'giấy khen preview fits at 1366 px').toBe(true);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${SHOTS}/giay-khen-1920.png` });
});

test('the documents index lists campaigns and explains an empty start', async ({ page }) => {
  await page.goto('/documents');
  await expect(page.getByText('Chưa có phong trào nào')).toBeVisible();
  await loadDemo(page);
  await page.goto('/documents');
  await page.getByRole('link', { name: /Phong trào thi đua|cải cách hành chính/i }).first().click();
  await expect(page.getByRole('list', { name: 'Danh sách văn bản' })).toBeVisible();
});

test('a newcomer finds the demo’s finished campaign with every paper filled, dated by its own events', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await page.waitForURL(/\/campaigns\/[0-9a-f-]+$/);
  await page.goto('/');
  const campaigns = page.getByRole('region', { name: 'Phong trào' });
  // Both demo campaigns are marked as the demo's, so nobody takes them for the office's own.
  await expect(campaigns.getByText('Mẫu', { exact: true })).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/finished-demo-dashboard.png`, fullPage: true });
  await campaigns.getByRole('link', { name: 'Phong trào thi đua đẩy mạnh cải cách hành chính năm 2024', exact: true }).click();
  await page.waitForURL(/\/campaigns\/[0-9a-f-]+$/);
  await page.getByRole('navigation', { name: 'Các bước của phong trào' }).getByRole('link', { name: 'Văn bản', exact: true }).click();
  await page.waitForURL(/\/campaigns\/[0-9a-f-]+\/documents$/);
  const list = page.getByRole('list', { name: 'Danh sách văn bản' });
  await expect(list.getByRole('listitem')).toHaveCount(10);
  await expect(list.getByText('Sẵn sàng')).toHaveCount(10);
  await expect(list.getByText('Còn thiếu dữ liệu')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/finished-demo-documents.png`, fullPage: true });

  const dated: [string, RegExp][] = [
    ['Biên bản họp Hội đồng', /ngày 14 tháng 01 năm 2025/],
    ['Tờ trình đề nghị khen thưởng', /02\/TTr-HĐTĐKT[\s\S]*ngày 15 tháng 01 năm 2025/],
    ['Quyết định khen thưởng', /125\/QĐ-UBND[\s\S]*ngày 20 tháng 01 năm 2025/],
    ['Báo cáo tổng kết', /18\/BC-UBND[\s\S]*ngày 24 tháng 01 năm 2025/],
    ['Tờ trình đề nghị cấp trên khen thưởng', /09\/TTr-UBND[\s\S]*ngày 22 tháng 01 năm 2025/],
  ];
  for (const [name, date] of dated) {
    await list.getByRole('link', { name, exact: true }).click();
    await expect(page.getByText('Chưa lập được văn bản này')).toHaveCount(0);
    const xml = await downloadXml(page);
    expect(xml.replace(/<[^>]+>/g, ''), name).toMatch(date);
    expect(xml, `${name}: not dated by this PC's clock`).not.toContain('năm 2026');
    await page.goBack();
  }
  // Every nominee's report in one view: printing them as one job would number report 2 from "4",
  // so "In" explains how to get each report numbered from its own page 2, and prints nothing.
  await list.getByRole('link', { name: 'Báo cáo thành tích', exact: true }).click();
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.getByRole('button', { name: 'In', exact: true }).click();
  const advice = page.getByRole('dialog', { name: 'In từng văn bản để có số trang đúng' });
  await expect(advice).toContainText('đánh số nối tiếp');
  await page.screenshot({ path: `${SHOTS}/reports-print-advice.png` });
  await advice.getByRole('button', { name: 'Đóng' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(0);
  // One report chosen: it prints at once.
  const picker = page.getByLabel('Người, tập thể được đề xuất');
  await picker.selectOption({ index: 1 });
  await page.getByRole('button', { name: 'In', exact: true }).click();
  await expect(advice).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});
