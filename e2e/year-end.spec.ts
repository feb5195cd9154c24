// Journey: a commune of 30 people in 8 units evaluates 2025's annual titles — the register comes
// in from Excel, the year-end campaign is created from its template with everyone registered,
// the year's ratings come in from a spreadsheet, and each title's eligibility is shown in words.
import writeXlsxFile from 'write-excel-file/node';
import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { strFromU8, unzipSync } from 'fflate';
import { moveCampaign, selectRow } from './steps';
import { nominationIdsOf } from './year-end-seed';
import { foldForSearch } from '../src/lib/vi-text';

const SHOTS = '/tmp/year-end-shots';
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Hùng', 'Khoa', 'Lan', 'Long', 'Mai', 'Minh', 'Nam', 'Nga', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vân', 'Việt', 'Xuân', 'Yến'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Võ', 'Huỳnh', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const UNITS = ['Văn phòng HĐND và UBND', 'Phòng Kinh tế', 'Phòng Văn hóa - Xã hội', 'Trung tâm Phục vụ hành chính công', 'Ấp Tây Hưng', 'Ấp Phú Cường', 'Ấp Phú Hòa', 'Ấp Phú Tâm'];
const nameOf = (i: number) => `${FAMILY[i % FAMILY.length]} ${i % 2 ? 'Thị' : 'Văn'} ${GIVEN[i]}`;
const unitOf = (i: number) => UNITS[i % UNITS.length] ?? '';

async function xlsx(data: unknown[][]): Promise<Buffer> {
  return (await writeXlsxFile(data as never).toBuffer()) as Buffer;
}

/** The register: 30 people over 8 units (units 0–5 have 4 members, units 6–7 have 3). */
async function seedRegister(page: Page) {
  const rows = GIVEN.map((_, i) => [i + 1, nameOf(i), i % 2 ? 'Nữ' : 'Nam', 'Công chức', unitOf(i)]);
  await page.goto('/register/import');
  await page.locator('input[type=file]').setInputFiles({
    name: 'can-bo-2025.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await xlsx([['STT', 'Họ và tên', 'Giới tính', 'Đối tượng', 'Đơn vị'], ...rows]),
  });
  await page.getByRole('button', { name: 'Xem trước kết quả' }).click();
  await page.getByRole('button', { name: 'Nhập 30 người mới, cập nhật 0 người' }).click();
  await expect(page.getByText('Đã nhập xong: 30 người mới, 0 người được cập nhật, 8 đơn vị mới.')).toBeVisible();
}

/**
 * The office's rating sheet. Person 0 (Nguyễn Văn An, Văn phòng): xuất sắc → CSTĐ. Person 1 (Trần
 * Thị Bình): tốt with an initiative → CSTĐ. Person 2 (Lê Văn Cường): tốt → LĐTT only. Person 6 (Đặng
 * Văn Hà): hoàn thành → no title; person 14 (Bùi Văn Long, same unit 6): cảnh cáo → unit 6 not Tập
 * thể LĐTT. Everyone else: tốt. One row names someone not in the list.
 */
async function ratingSheet(): Promise<Buffer> {
  const rating = (i: number) => (i === 0 ? 'Hoàn thành xuất sắc nhiệm vụ' : i === 6 ? 'HTNV' : 'Hoàn thành tốt nhiệm vụ');
  const rows = GIVEN.map((_, i) => [i + 1, nameOf(i), rating(i), i === 14 ? 'Cảnh cáo' : '', i === 1 ? 'Số hóa hồ sơ một cửa' : '', i === 1 ? '15/QĐ-UBND' : '', i === 1 ? '20/10/2025' : '']);
  return xlsx([
    ['BẢNG TỔNG HỢP XẾP LOẠI CHẤT LƯỢNG NĂM 2025'],
    ['STT', 'Họ và tên', 'Xếp loại', 'Kỷ luật', 'Tên sáng kiến', 'Số QĐ sáng kiến', 'Ngày QĐ sáng kiến'],
    ...rows,
    [31, 'Người Ngoài Danh Sách', 'HTTNV', '', '', '', ''],
  ]);
}

test('the 2025 year-end evaluation: template, ratings from a spreadsheet, eligibility in words', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await seedRegister(page);

  await page.goto('/campaigns');
  // The list is empty: the button is both in the header and in the empty state.
  await page.getByRole('button', { name: 'Bình xét danh hiệu thi đua năm…' }).first().click();
  await page.getByLabel('Năm bình xét').fill('2025');
  await page.getByRole('dialog').getByRole('button', { name: 'Tạo phong trào' }).click();
  await expect(page.getByText('Đã tạo “Bình xét danh hiệu thi đua năm 2025”: 30 cá nhân, 8 tập thể')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kết quả năm 2025' })).toBeVisible();
  await expect(page.getByText('Đã nhập xếp loại 0/30 người.')).toBeVisible();
  const campaignUrl = page.url().replace(/\/year-results$/, '');

  await page.getByRole('link', { name: 'Nhập từ bảng tính' }).click();
  await page.locator('input[type=file]').setInputFiles({ name: 'xep-loai-2025.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await ratingSheet() });
  await expect(page.getByLabel('Cột “Xếp loại” đưa vào')).toHaveValue('rating');
  await page.getByRole('button', { name: 'Xem trước kết quả' }).click();
  await expect(page.getByRole('table', { name: 'Dòng bị bỏ qua' })).toContainText('Người Ngoài Danh SáchKhông có người này trong danh sách bình xét của phong trào');
  await page.screenshot({ path: `${SHOTS}/rating-import.png`, fullPage: true });
  await page.getByRole('button', { name: 'Nhập xếp loại của 30 người' }).click();
  await expect(page.getByText('Đã nhập xếp loại của 30 người.')).toBeVisible();

  await page.getByRole('link', { name: 'Xem kết quả năm và danh hiệu đủ tiêu chuẩn' }).click();
  await expect(page.getByText('Đã nhập xếp loại 30/30 người.')).toBeVisible();
  const row = (i: number) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${nameOf(i)}`) }) });
  await expect(row(0)).toContainText('Đạt Chiến sĩ thi đua cơ sở: đạt Lao động tiên tiến và xếp loại Hoàn thành xuất sắc nhiệm vụ (Luật Thi đua, khen thưởng 2022, Điều 23)');
  await expect(row(1)).toContainText('có sáng kiến “Số hóa hồ sơ một cửa” được công nhận tại Quyết định số 15/QĐ-UBND ngày 20/10/2025');
  await expect(row(2)).toContainText('Đạt Lao động tiên tiến: xếp loại Hoàn thành tốt nhiệm vụ, không bị kỷ luật (Luật Thi đua, khen thưởng 2022, Điều 24)');
  await expect(row(6)).toContainText('Không đạt Lao động tiên tiến: xếp loại Hoàn thành nhiệm vụ, cần từ Hoàn thành tốt nhiệm vụ trở lên');
  await expect(page.getByRole('region', { name: 'Tập thể' }).getByRole('row', { name: /^Ấp Phú Hòa/ })).toContainText('Không đạt Tập thể lao động tiên tiến: có 1 thành viên bị kỷ luật từ Cảnh cáo trở lên');
  await expect(page.getByRole('region', { name: 'Tập thể' }).getByRole('row', { name: /^Phòng Kinh tế/ })).toContainText('Đạt Tập thể lao động tiên tiến: 4/4 thành viên');
  await page.screenshot({ path: `${SHOTS}/year-results.png`, fullPage: true });
  await page.screenshot({ path: `${SHOTS}/year-results-view.png` });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // A correction typed on the table, by keyboard: Cường becomes "hoàn thành xuất sắc".
  await row(2).getByLabel(`Xếp loại của ${nameOf(2)}`).selectOption('xuat-sac');
  await expect(row(2)).toContainText('Đạt Chiến sĩ thi đua cơ sở');
  await page.getByRole('button', { name: 'Lưu (1 người)' }).click();
  await expect(page.getByText('Đã lưu kết quả năm của 1 người')).toBeVisible();

  // Nominate: the campaign moves to evaluation; everyone qualified is proposed for every title they
  // meet in one step: 28 people LĐTT (not Hà: hoàn thành; not Long: cảnh cáo), An, Bình and Cường
  // (corrected above) CSTĐ cơ sở too, 7 units Tập thể LĐTT (not Ấp Phú Hòa).
  await page.goto(campaignUrl);
  await moveCampaign(page, 'Phát động phong trào');
  await moveCampaign(page, 'Bắt đầu đánh giá');
  await page.goto(`${campaignUrl}/nominations`);
  await page.getByRole('button', { name: 'Đề xuất mọi đối tượng đủ điều kiện (35)' }).click();
  let dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading')).toHaveText('Đề xuất 35 đối tượng đủ điều kiện');
  await expect(dialog.getByRole('list', { name: 'Số đề xuất theo danh hiệu' })).toHaveText(
    [`${LDTT}: 28`, `${CSTD}: 3`, `${TT_LDTT}: 7`].join(''),
  );
  await dialog.getByText(`${CSTD}: 3 đối tượng đủ tiêu chuẩn`).click();
  await expect(dialog.getByText(`${nameOf(1)}: Đạt Chiến sĩ thi đua cơ sở: đạt Lao động tiên tiến và có sáng kiến “Số hóa hồ sơ một cửa”`)).toBeVisible();
  await expect(dialog.getByText(`${nameOf(2)}: Đạt Chiến sĩ thi đua cơ sở`)).toBeVisible();
  await dialog.getByText(`${LDTT}: 28 đối tượng đủ tiêu chuẩn`).click();
  await expect(dialog.getByText(`${nameOf(2)}: Đạt Lao động tiên tiến: xếp loại Hoàn thành xuất sắc nhiệm vụ, không bị kỷ luật (Luật Thi đua, khen thưởng 2022, Điều 24)`)).toBeVisible();
  await dialog.getByLabel('Lý do đề xuất', { exact: true }).fill('Đủ tiêu chuẩn danh hiệu năm 2025');
  await page.screenshot({ path: `${SHOTS}/nominate-all.png` });
  await dialog.getByRole('button', { name: 'Đề xuất', exact: true }).click();
  await expect(page.getByText(`Đã đề xuất 35 đối tượng, 38 danh hiệu (${LDTT}: 28; ${CSTD}: 3; ${TT_LDTT}: 7)`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Đề xuất mọi đối tượng đủ điều kiện (0)' })).toBeDisabled();
  await expect(page.getByLabel('Số lượng đề xuất')).toContainText('Chiến sĩ thi đua cơ sở3 đề xuất / khen 30');

  // CSTĐ cơ sở for Dũng (only "tốt"): a written reason, and the rule says why.
  await selectRow(page, nameOf(3));
  await page.getByRole('button', { name: 'Đề xuất các dòng đã chọn' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Đề xuất danh hiệu').selectOption({ label: CSTD });
  await expect(dialog).toContainText(`${nameOf(3)}: Không đạt Chiến sĩ thi đua cơ sở: xếp loại Hoàn thành tốt nhiệm vụ, chưa có sáng kiến được công nhận (Luật Thi đua, khen thưởng 2022, Điều 23)`);
  await dialog.getByLabel('Lý do đề xuất', { exact: true }).fill('Tiêu biểu năm 2025');
  await page.screenshot({ path: `${SHOTS}/nominate-cstd.png` });
  await dialog.getByRole('button', { name: 'Đề xuất', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('hãy ghi lý do vẫn đề xuất');
  await dialog.getByLabel('Lý do vẫn đề xuất dù chưa đủ điều kiện').fill('Sáng kiến đang chờ Hội đồng sáng kiến công nhận');
  await dialog.getByRole('button', { name: 'Đề xuất', exact: true }).click();
  await expect(page.getByText('Đã đề xuất 1 đối tượng')).toBeVisible();
  await expect(page.getByLabel('Số lượng đề xuất')).toContainText('Chiến sĩ thi đua cơ sở4 đề xuất / khen 30');

  // Bình's achievement report, typed in her dossiers before the council votes (a dossier voted on is
  // locked): the proposal upward sends it to the province.
  const campaignId = campaignUrl.split('/').pop() ?? '';
  for (const id of await nominationIdsOf(page, campaignId, nameOf(1))) {
    await page.goto(`${campaignUrl}/nominations/${id}`);
    await page.getByLabel('Sơ lược thành tích').fill('Hoàn thành xuất sắc nhiệm vụ năm 2025; sáng kiến “Số hóa hồ sơ một cửa”.');
    await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    await expect(page.getByText('Đã lưu hồ sơ')).toBeVisible();
  }
  await appraiseInBulk(page, campaignUrl);

  await runCouncil(page, campaignUrl);

  // The decision, dated in 2025: base salary 2.340.000 đ; LĐTT 0,3 → 710.000 đ (702.000 rounded up
  // to tens of thousands), CSTĐ 1,0 → 2.340.000 đ, Tập thể LĐTT 0,8 → 1.880.000 đ.
  // 28 LĐTT + 2 CSTĐ + 7 units: 28 × 710.000 + 2 × 2.340.000 + 7 × 1.880.000 = 37.720.000 đ.
  await page.goto(`${campaignUrl}/documents`);
  await page.getByLabel('Số quyết định').fill('12/QĐ-UBND');
  await page.getByLabel('Ngày ký').fill('26/12/2025');
  await expect(page.getByText(/tổng tiền thưởng 37\.720\.000 đ/)).toBeVisible();
  await page.getByRole('button', { name: 'Lưu quyết định' }).click();
  await expect(page.getByText('Đã lưu quyết định khen thưởng')).toBeVisible();
  await page.goto(`${campaignUrl}/documents/quyet-dinh`);
  const sheet = page.getByRole('article', { name: /trang 1/ });
  await expect(sheet).toContainText('Về việc công nhận danh hiệu thi đua năm 2025');
  await page.screenshot({ path: `${SHOTS}/decision.png` });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp Word' }).click()]);
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const text = strFromU8(files['word/document.xml'] ?? new Uint8Array()).replace(/<[^>]+>/g, '');
  for (const words of [
    'Về việc công nhận danh hiệu thi đua năm 2025',
    'Công nhận danh hiệu thi đua năm 2025 cho 07 tập thể và 28 cá nhân',
    '1. Danh hiệu “Lao động tiên tiến”: 28 cá nhân.',
    '2. Danh hiệu “Chiến sĩ thi đua cơ sở”: 02 cá nhân.',
    '3. Danh hiệu “Tập thể lao động tiên tiến”: 07 tập thể.',
    '0,3710.000 đ',
    '12.340.000 đ',
    '0,81.880.000 đ',
    'mức lương cơ sở 2.340.000 đ (áp dụng tại ngày 26/12/2025), làm tròn lên hàng chục nghìn đồng. Tổng số tiền: 37.720.000 đ',
  ])
    expect(text, words).toContain(words);
  expect(text).not.toContain(`${nameOf(3)}2.340.000 đ`);

  // The chair signed: recorded, the year's titles enter the award history, beside the office's
  // ledger of 2024 imported from Excel.
  await page.goto(campaignUrl);
  await moveCampaign(page, 'Ghi nhận đã có quyết định');
  await expect(page.getByText('Phong trào đã chuyển sang “Đã quyết định”')).toBeVisible();
  await page.goto('/history/import');
  await page.locator('input[type=file]').setInputFiles({ name: 'so-khen-thuong-2024.xlsx', mimeType: XLSX, buffer: await ledger2024([[1, nameOf(1), '', 'Lao động tiên tiến', 2024, '20/QĐ-UBND', '20/12/2024', '710.000']]) });
  await page.getByRole('button', { name: 'Xem trước kết quả' }).click();
  await page.getByRole('button', { name: 'Nhập 1 khen thưởng vào sổ' }).click();
  await page.getByRole('link', { name: 'Xem sổ thi đua, khen thưởng' }).click();
  // 28 LĐTT + 2 CSTĐ + 7 Tập thể LĐTT of 2025, and the 2024 line.
  await expect(page.getByText('38 / 38 dòng')).toBeVisible();
  await page.getByLabel('Tìm theo tên, đơn vị, số quyết định').fill(foldForSearch(nameOf(1)));
  await expect(page.getByText('3 / 38 dòng')).toBeVisible();
  for (const [year, title] of [['2024', 'Lao động tiên tiến'], ['2025', 'Lao động tiên tiến'], ['2025', 'Chiến sĩ thi đua cơ sở']]) {
    await expect(page.getByRole('row').filter({ has: page.getByRole('cell', { name: year, exact: true }) }).filter({ hasText: title }).first()).toBeVisible();
  }
  await page.screenshot({ path: `${SHOTS}/history-both-years.png`, fullPage: true });

  // 2026 in one step: the same people and units, none of 2025's ratings.
  await page.goto('/campaigns');
  await page.getByRole('button', { name: /sang năm 2026/ }).click();
  await expect(page.getByText('Đã nhân bản sang năm 2026')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bình xét danh hiệu thi đua năm 2026');
  await page.goto(`${page.url()}/year-results`);
  await expect(page.getByText('Đã nhập xếp loại 0/30 người.')).toBeVisible();

  // The proposal to the province: Bình for the province chair's Bằng khen, dated 15/01/2026.
  await page.goto(`${campaignUrl}/documents/de-nghi-cap-tren`);
  const form = page.getByRole('form', { name: 'Đề nghị cấp trên' });
  await form.getByLabel('Ngày tờ trình').fill('15/01/2026');
  await form.getByRole('checkbox', { name: `Đề nghị cấp trên: ${nameOf(1)}` }).first().check();
  await form.getByLabel(`Hình thức đề nghị cho ${nameOf(1)}`).first().fill('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
  await form.getByRole('button', { name: 'Lưu đề nghị cấp trên' }).click();
  const proposal = page.getByRole('article').first();
  await expect(proposal).toContainText('Kính gửi: Sở Nội vụ tỉnh');
  // The proposal is checked against the ledger and the packet holds Bình's report.
  const [packet] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bộ hồ sơ (.zip)' }).click()]);
  const zipped = unzipSync(new Uint8Array(readFileSync(await packet.path())));
  const names = Object.keys(zipped).sort();
  expect(names).toEqual(['01-to-trinh-de-nghi-khen-thuong.docx', expect.stringMatching(/^02-bao-cao-thanh-tich-01-/), '03-bien-ban-hop-hoi-dong.docx', '04-quyet-dinh-khen-thuong-cua-xa.docx']);
  const docText = (name: string) => strFromU8(unzipSync(zipped[name] ?? new Uint8Array())['word/document.xml'] ?? new Uint8Array()).replace(/<[^>]+>/g, '');
  const toTrinh = docText('01-to-trinh-de-nghi-khen-thuong.docx');
  for (const words of ['Kính gửi: Sở Nội vụ tỉnh', 'ngày 15 tháng 01 năm 2026', 'Nghị định số 152/2025/NĐ-CP', nameOf(1), 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'Quyết định khen thưởng số 12/QĐ-UBND ngày 26/12/2025']) expect(toTrinh, words).toContain(words);
  // Bình's report lists the 2024 title from the ledger in its section III.
  const report = docText(names[1] ?? '');
  expect(report).toContain('Lao động tiên tiến');
  expect(report).toContain('20/QĐ-UBND');
});

/**
 * The officer appraises every dossier from the table, as a clerk does: all rows selected, the
 * papers received ticked for all ("Đủ hồ sơ"), then one appraisal "Đạt" dated 15/12/2025 for all.
 * The council only puts appraised dossiers to the vote. 39 dossiers: 28 LĐTT, 4 CSTĐ cơ sở, 7 units.
 */
async function appraiseInBulk(page: Page, campaignUrl: string) {
  await page.goto(`${campaignUrl}/nominations`);
  const selectAll = page.getByRole('checkbox', { name: 'Chọn tất cả các dòng đang hiện' });
  const notProposed = [nameOf(6), nameOf(14), 'Ấp Phú Hòa'];

  await selectAll.check();
  await expect(page.getByText('Đã chọn 38')).toBeVisible();
  await page.getByRole('button', { name: 'Đủ hồ sơ', exact: true }).click();
  let dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Chuyển 0 hồ sơ' })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: 'Tờ trình / văn bản đề nghị' }).check();
  await dialog.getByRole('checkbox', { name: 'Báo cáo thành tích' }).check();
  await expect(dialog.getByRole('list', { name: '3 hồ sơ sẽ không chuyển' })).toContainText(`${nameOf(6)}: chưa được đề xuất.`);
  await page.screenshot({ path: `${SHOTS}/bulk-papers-received.png` });
  await dialog.getByRole('button', { name: 'Chuyển 39 hồ sơ' }).click();
  await expect(dialog.getByText('Đã chuyển 39 hồ sơ sang “Đủ hồ sơ”')).toBeVisible();
  await dialog.getByRole('button', { name: 'Đóng' }).click();

  await selectAll.check();
  await page.getByRole('button', { name: 'Đã thẩm định', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Thẩm định hồ sơ đã chọn' });
  await expect(dialog.getByLabel('Kết quả thẩm định')).toHaveValue('dat');
  await page.screenshot({ path: `${SHOTS}/bulk-appraise-open.png` });
  await expect(dialog).toContainText('39 hồ sơ sẽ được ghi thẩm định “Đạt” và chuyển sang “Đã thẩm định”');
  const refusals = dialog.getByRole('list', { name: '3 hồ sơ sẽ không thẩm định' });
  for (const name of notProposed) await expect(refusals).toContainText(`${name}: chưa được đề xuất.`);
  // A date that does not exist is refused in words, and nothing is written.
  await dialog.getByLabel('Ngày thẩm định').fill('31/02/2025');
  await dialog.getByRole('button', { name: 'Thẩm định “Đạt” 39 hồ sơ' }).click();
  await expect(dialog.getByText('Ngày thẩm định không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 15/12/2025.')).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText('Thẩm định hồ sơ đã chọn');
  await page.screenshot({ path: `${SHOTS}/bulk-appraise-bad-date.png` });
  await dialog.getByLabel('Ngày thẩm định').fill('15/12/2025');
  await expect(dialog.getByText('Hãy sửa các ô được đánh dấu')).toHaveCount(0);
  await dialog.getByLabel('Ý kiến thẩm định').fill('Hồ sơ đầy đủ, đủ tiêu chuẩn.');
  await page.screenshot({ path: `${SHOTS}/bulk-appraise.png` });
  await dialog.getByRole('button', { name: 'Thẩm định “Đạt” 39 hồ sơ' }).click();
  const result = page.getByRole('dialog', { name: 'Kết quả thẩm định hồ sơ' });
  await expect(result.getByText('Đã thẩm định 39 hồ sơ “Đạt” và chuyển sang “Đã thẩm định”')).toBeVisible();
  await expect(result.getByRole('list', { name: '3 hồ sơ không thẩm định được' })).toContainText(`${nameOf(14)}: chưa được đề xuất.`);
  await page.screenshot({ path: `${SHOTS}/bulk-appraise-result.png` });
  await result.getByRole('button', { name: 'Đóng' }).click();

  // What the table shows: each title's dossier at "Đã thẩm định", the rows not proposed untouched.
  const search = page.getByRole('searchbox', { name: 'Tìm trong bảng' });
  const row = async (name: string) => {
    await search.fill(foldForSearch(name));
    return page.getByRole('row', { name: new RegExp(`^Chọn ${name}`) });
  };
  for (const title of ['LĐTT', 'CSTĐ cơ sở']) await expect((await row(nameOf(0))).getByRole('link', { name: `Hồ sơ ${title} của ${nameOf(0)}: Đã thẩm định` })).toBeVisible();
  await expect((await row(nameOf(3))).getByRole('link', { name: `Hồ sơ CSTĐ cơ sở của ${nameOf(3)}: Đã thẩm định` })).toBeVisible();
  await expect(await row('Phòng Kinh tế')).toContainText('Đã thẩm định');
  await expect(await row(nameOf(6))).not.toContainText('Đã thẩm định');
  await search.fill('da tham dinh');
  await expect(page.getByTestId('shown-count')).toHaveText('35');
  await search.fill('da de xuat');
  await expect(page.getByTestId('shown-count')).toHaveText('0');
  await search.fill('');
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function ledger2024(rows: (string | number)[][]): Promise<Buffer> {
  return xlsx([['STT', 'Họ và tên', 'Đơn vị', 'Hình thức khen thưởng', 'Năm', 'Số quyết định', 'Ngày quyết định', 'Số tiền'], ...rows]);
}

const COUNCIL: [string, string, string][] = [
  ['Nguyễn Văn Thành', 'Chủ tịch UBND xã', 'Chủ tịch Hội đồng'],
  ['Lê Thị Thu', 'Phó Chủ tịch UBND xã', 'Phó Chủ tịch Hội đồng'],
  ['Trần Văn Quang', 'Chủ tịch UB MTTQ xã', 'Ủy viên'],
  ['Phạm Thị Loan', 'Chủ tịch Hội LHPN xã', 'Ủy viên'],
  ['Võ Văn Tài', 'Công chức Văn hóa - Xã hội', 'Thư ký'],
];
const LDTT = 'Danh hiệu “Lao động tiên tiến” (cá nhân)';
const CSTD = 'Danh hiệu “Chiến sĩ thi đua cơ sở” (cá nhân)';
const TT_LDTT = 'Danh hiệu “Tập thể lao động tiên tiến” (tập thể)';

/**
 * The council meets on its own screens, the projector beside it: 5 members, all present, one show
 * of hands per title under that title's own rule — LĐTT and Tập thể LĐTT by a majority of all
 * members (3 of 5), CSTĐ cơ sở by at least 4/5 of all members (the template's setting). Dũng and
 * Cường have 3 hands of 5: chosen for LĐTT, not for CSTĐ cơ sở. Bình has 4: chosen for both.
 * Everyone else: 5.
 */
async function runCouncil(page: Page, campaignUrl: string) {
  const agree = (name: string) => (name === nameOf(3) || name === nameOf(2) ? 3 : name === nameOf(1) ? 4 : 5);
  await page.goto(campaignUrl);
  await moveCampaign(page, 'Chuyển Hội đồng xét');
  await page.goto(`${campaignUrl}/council`);
  const add = page.getByRole('form', { name: 'Thêm thành viên' });
  for (const [name, position, role] of COUNCIL) {
    await add.getByLabel('Họ và tên').fill(name);
    await add.getByLabel('Chức vụ').fill(position);
    await add.getByLabel('Vai trò').selectOption({ label: role });
    await add.getByRole('button', { name: 'Thêm thành viên' }).click();
    await expect(page.getByRole('heading', { name: new RegExp(`Thành viên Hội đồng \\(${COUNCIL.findIndex(([n]) => n === name) + 1}\\)`) })).toBeVisible();
  }
  const session = page.getByRole('form', { name: 'Tạo phiên họp' });
  await session.getByLabel('Ngày họp').fill('20/12/2025');
  await session.getByRole('button', { name: 'Tạo phiên họp' }).click();
  await expect(page.getByTestId('quorum')).toContainText('Có mặt 5/5');
  const [projector] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: /Mở màn hình chiếu/ }).click()]);
  await projector.waitForLoadState();
  await projector.setViewportSize({ width: 1366, height: 768 });

  const form = page.getByRole('form', { name: 'Chuẩn bị vòng bỏ phiếu mới' });
  const rounds: [string, number, string][] = [[LDTT, 28, 'Đạt khi đồng ý quá bán (trên 50%) tổng số thành viên Hội đồng'], [CSTD, 4, 'Đạt khi đồng ý ít nhất 4/5 (80%) tổng số thành viên Hội đồng'], [TT_LDTT, 7, 'Đạt khi đồng ý quá bán (trên 50%) tổng số thành viên Hội đồng']];
  for (const [n, [award, count, rule]] of rounds.entries()) {
    await form.getByLabel('Xét khen thưởng').selectOption({ label: award });
    await expect(form.getByTestId('new-round-rule')).toContainText(rule);
    await expect(form.getByRole('group', { name: `Ứng viên (${count}/${count})` })).toBeVisible();
    // A title has no quota: the round chooses among its nominees, not "30" (everyone registered).
    await expect(form.getByLabel('Số lượng được chọn')).toHaveValue(String(count));
    await form.getByLabel('Hình thức', { exact: true }).selectOption({ label: 'Biểu quyết giơ tay' });
    await form.getByRole('button', { name: 'Chuẩn bị vòng bỏ phiếu' }).click();
    const round = page.getByTestId(`round-${n + 1}`);
    await expect(round.getByText(rule)).toBeVisible();
    await round.getByRole('button', { name: 'Mở vòng bỏ phiếu' }).click();
    await expect(round.getByText('Đang bỏ phiếu', { exact: true })).toBeVisible();
    await enterHands(round, agree);
    if (n === 0) {
      await round.getByText('Các con số khớp nhau.').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/operator-ldtt-tally-1366.png` });
    }
    await round.getByRole('button', { name: 'Kết thúc vòng bỏ phiếu' }).click();
    await round.getByRole('button', { name: 'Công bố kết quả' }).click();
    await expect(round.getByText('Đã công bố', { exact: true })).toBeVisible();
    await expect(projector.getByRole('heading', { name: new RegExp(`Kết quả vòng ${n + 1}`) })).toBeVisible();
  }
  // Each round shows its own rule and outcome, on the operator's screen and on the projector.
  const resultRow = (n: number, name: string) => page.getByRole('table', { name: `Kết quả vòng ${n}` }).getByRole('row').filter({ hasText: name });
  await expect(resultRow(1, nameOf(3))).toContainText(/3\s*2\s*5\s*3\s*60%\s*Được chọn/);
  await expect(resultRow(2, nameOf(3))).toContainText(/3\s*2\s*5\s*4\s*60%\s*Không đạt/);
  await expect(resultRow(2, nameOf(1))).toContainText(/4\s*1\s*5\s*4\s*80%\s*Được chọn/);
  await page.getByTestId('round-1').getByRole('button', { name: 'Chiếu kết quả' }).click();
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Kết quả vòng 1: Danh hiệu “Lao động tiên tiến”');
  await expect(projector.locator('.slide-legend')).toContainText('cần 3/5 phiếu đồng ý để đạt');
  await expectOnOneScreen(projector);
  await projector.screenshot({ path: `${SHOTS}/projector-ldtt-1366.png` });
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await expectOnOneScreen(projector);
  await projector.screenshot({ path: `${SHOTS}/projector-ldtt-1920.png` });
  await expect(projector.locator('.slide-results li', { hasText: nameOf(3) })).toContainText('ĐƯỢC CHỌN');
  await page.getByTestId('round-2').getByRole('button', { name: 'Chiếu kết quả' }).click();
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Kết quả vòng 2: Danh hiệu “Chiến sĩ thi đua cơ sở”');
  await expect(projector.locator('.slide-legend')).toContainText('cần 4/5 phiếu đồng ý để đạt');
  await expect(projector.locator('.slide-sub').first()).toContainText('Đạt khi đồng ý ít nhất 4/5 (80%) tổng số thành viên Hội đồng');
  await expect(projector.locator('.slide-results li', { hasText: nameOf(3) })).toContainText('KHÔNG ĐẠT');
  await expect(projector.locator('.slide-results li', { hasText: nameOf(1) })).toContainText('ĐƯỢC CHỌN');
  for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
    await projector.setViewportSize({ width, height });
    await projector.screenshot({ path: `${SHOTS}/projector-cstd-${width}.png` });
    await page.setViewportSize({ width, height });
    await page.getByTestId('round-2').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/operator-cstd-${width}.png` });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await projector.close();
}

/** The whole result fits the projector's screen: every row and the legend, names still readable. */
async function expectOnOneScreen(projector: Page) {
  const height = projector.viewportSize()?.height ?? 0;
  await expect(projector.locator('.slide-sub').first()).toContainText('chọn 28 · Được chọn 28/28');
  const bottom = await projector.locator('.slide-legend').evaluate((el) => el.getBoundingClientRect().bottom);
  expect(bottom).toBeLessThanOrEqual(height);
  const nameSize = await projector.locator('.slide-results .name').last().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(nameSize).toBeGreaterThanOrEqual(18);
}

/** A show of hands typed per candidate: agree, and the rest of the 5 members present disagree. */
async function enterHands(round: Locator, agree: (name: string) => number) {
  const names = (await round.getByRole('table').first().locator('tbody th').allTextContents()).map((t) => t.trim());
  for (const name of names) {
    await round.getByLabel(`Đồng ý: ${name}`, { exact: true }).fill(String(agree(name)));
    await round.getByLabel(`Không đồng ý: ${name}`, { exact: true }).fill(String(5 - agree(name)));
  }
  await expect(round.getByText('Các con số khớp nhau.')).toBeVisible();
}
