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

async function downloadXml(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp Word' }).click()]);
  const path = await download.path();
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  const xml = files['word/document.xml'];
  expect(xml, 'word/document.xml in the .docx').toBeTruthy();
  return strFromU8(xml ?? new Uint8Array());
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
  let xml = await downloadXml(page);
  expectDecree30Page(xml);
  for (const text of ['ỦY BAN NHÂN DÂN', 'XÃ VĂN GIÁO', 'Số: 125/QĐ-UBND', 'Văn Giáo, ngày 20 tháng 12 năm 2024', 'QUYẾT ĐỊNH', '1.410.000 đ', '710.000 đ', '3.540.000 đ', 'Bằng chữ: Ba triệu năm trăm bốn mươi nghìn đồng', 'Nơi nhận:', 'KT. CHỦ TỊCH', 'Hồ Văn Đức']) {
    has(xml, text);
  }
  await page.pdf({ path: `${SHOTS}/decision.pdf`, preferCSSPageSize: true, printBackground: true });

  // A change after the download is noticed.
  await page.goto(`/campaigns/${campaignId}/documents`);
  await page.getByLabel('Số quyết định').fill('126/QĐ-UBND');
  await page.getByRole('button', { name: 'Lưu quyết định' }).click();
  await expect(page.getByText('Đã lưu quyết định khen thưởng')).toBeVisible();
  await page.goto(`/campaigns/${campaignId}/documents/quyet-dinh`);
  await expect(page.getByText('Dữ liệu đã thay đổi')).toBeVisible();

  // Every other document downloads with the same page setup and its own texts.
  const expected: [string, string[], boolean?][] = [
    ['to-trinh', ['TỜ TRÌNH', 'UBND XÃ VĂN GIÁO', 'HỘI ĐỒNG THI ĐUA', 'Kính gửi: ', 'TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG']],
    ['bao-cao-thanh-tich', ['BÁO CÁO THÀNH TÍCH', 'Thành tích đạt được']],
    ['phieu-bau', ['PHIẾU BẦU', 'Đồng ý', 'Không đồng ý']],
    ['bien-ban-kiem-phieu', ['BIÊN BẢN KIỂM PHIẾU', 'Số phiếu phát ra: 8', '77,78%', 'TRƯỞNG BAN KIỂM PHIẾU']],
    ['bien-ban-hop', ['BIÊN BẢN', 'THƯ KÝ', 'CHỦ TỌA', 'Trần Thị Thu Hà', 'Có mặt 8/9 thành viên']],
    ['giay-khen', ['GIẤY KHEN', 'TẶNG', 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ VĂN GIÁO', 'Quyết định số 126/QĐ-UBND, ngày 20/12/2024'], true],
    ['bao-cao-tong-ket', ['BÁO CÁO', '3.540.000 đ']],
  ];
  for (const [slug, texts, landscape] of expected) {
    await page.goto(`/campaigns/${campaignId}/documents/${slug}`);
    await expect(page.getByRole('article').first()).toBeVisible();
    xml = await downloadXml(page);
    expectDecree30Page(xml, landscape, slug !== 'phieu-bau');
    for (const text of texts) has(xml, text, `${slug}: ${text}`);
    const pdf = await page.pdf({ path: `${SHOTS}/${slug}.pdf`, preferCSSPageSize: true, printBackground: true });
    // Nothing spills onto an extra sheet: one certificate per page, two ballots per page.
    if (slug === 'giay-khen') expect(pdfPages(pdf)).toBe(4);
    if (slug === 'phieu-bau') expect(pdfPages(pdf)).toBe(5);
  }
  await page.goto(`/campaigns/${campaignId}/documents/giay-khen`);
  await page.screenshot({ path: `${SHOTS}/giay-khen-1366.png` });
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
