// Journey: at year end one person is proposed for both Lao động tiên tiến and Chiến sĩ thi đua
// cơ sở. The nomination table keeps the person on one row and shows each title on its own line,
// status, votes and result, each status a link to that title's own dossier; the dossier says
// which title it is and leads to the other; the export carries both lines.
import writeXlsxFile from 'write-excel-file/node';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { moveCampaign } from './steps';
import { seedTitleVotes } from './year-end-seed';

const SHOTS = '/tmp/two-titles-shots';
const AN = 'Nguyễn Văn An';
const PEOPLE = [AN, 'Trần Thị Bình', 'Lê Văn Cường'];

test('a person proposed for LĐTT and CSTĐ cơ sở: both titles in the table, each with its own dossier', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/register/import');
  const register = await writeXlsxFile([['STT', 'Họ và tên', 'Giới tính', 'Đối tượng', 'Đơn vị'], ...PEOPLE.map((name, i) => [i + 1, name, i % 2 ? 'Nữ' : 'Nam', 'Công chức', 'Phòng Kinh tế'])] as never).toBuffer();
  await page.locator('input[type=file]').setInputFiles({ name: 'can-bo.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: register as Buffer });
  await page.getByRole('button', { name: 'Xem trước kết quả' }).click();
  await page.getByRole('button', { name: 'Nhập 3 người mới, cập nhật 0 người' }).click();
  await expect(page.getByText('Đã nhập xong: 3 người mới')).toBeVisible();

  await page.goto('/campaigns');
  await page.getByRole('button', { name: 'Bình xét danh hiệu thi đua năm…' }).first().click();
  await page.getByLabel('Năm bình xét').fill('2025');
  await page.getByRole('dialog').getByRole('button', { name: 'Tạo phong trào' }).click();
  await expect(page.getByRole('heading', { name: 'Kết quả năm 2025' })).toBeVisible();
  const campaignUrl = page.url().replace(/\/year-results$/, '');
  const campaignId = campaignUrl.split('/').pop() ?? '';
  // An: hoàn thành xuất sắc → LĐTT and CSTĐ cơ sở; the others: hoàn thành tốt → LĐTT.
  for (const name of PEOPLE) await page.getByLabel(`Xếp loại của ${name}`).selectOption(name === AN ? 'xuat-sac' : 'tot');
  await page.getByRole('button', { name: 'Lưu (3 người)' }).click();
  await expect(page.getByText('Đã lưu kết quả năm của 3 người')).toBeVisible();

  await page.goto(campaignUrl);
  await moveCampaign(page, 'Phát động phong trào');
  await moveCampaign(page, 'Bắt đầu đánh giá');
  await page.goto(`${campaignUrl}/nominations`);
  // Everyone who qualifies is proposed for every title they meet in one step: An for LĐTT and
  // CSTĐ cơ sở, the others for LĐTT, the unit for Tập thể LĐTT.
  await page.getByRole('button', { name: 'Đề xuất mọi đối tượng đủ điều kiện (4)' }).click();
  let dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('list', { name: 'Số đề xuất theo danh hiệu' })).toHaveText(
    'Danh hiệu “Lao động tiên tiến” (cá nhân): 3Danh hiệu “Chiến sĩ thi đua cơ sở” (cá nhân): 1Danh hiệu “Tập thể lao động tiên tiến” (tập thể): 1',
  );
  await dialog.getByLabel('Lý do đề xuất', { exact: true }).fill('Đủ tiêu chuẩn danh hiệu năm 2025');
  await dialog.getByRole('button', { name: 'Đề xuất', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Đã đề xuất 4 đối tượng, 5 danh hiệu')).toBeVisible();
  const anRow = page.getByRole('row').filter({ has: page.getByRole('button', { name: AN, exact: true }) });
  await expect(anRow.getByRole('link', { name: `Hồ sơ CSTĐ cơ sở của ${AN}: Đã đề xuất` })).toBeVisible();

  // CSTĐ cơ sở alone is withdrawn (the title picked in the dialog); the row offers it again, and the
  // dialog picks the title not yet proposed.
  await page.getByRole('checkbox', { name: `Chọn ${AN}`, exact: true }).check();
  await page.getByRole('button', { name: 'Rút đề xuất' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Danh hiệu').selectOption({ label: 'Chỉ CSTĐ cơ sở' });
  await dialog.getByLabel('Lý do rút đề xuất').fill('Bổ sung hồ sơ sáng kiến');
  await dialog.getByRole('button', { name: 'Rút đề xuất' }).click();
  await expect(page.getByText('Đã rút 1 đề xuất')).toBeVisible();
  await expect(anRow.getByRole('link', { name: `Hồ sơ LĐTT của ${AN}: Đã đề xuất` })).toBeVisible();
  await expect(anRow.getByRole('link', { name: `Hồ sơ CSTĐ cơ sở của ${AN}: Đã rút` })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/offer-second-title.png` });
  await page.getByRole('button', { name: `Đề xuất thêm danh hiệu cho ${AN}` }).click();
  dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Đề xuất danh hiệu')).toHaveValue(/.+/);
  await expect(dialog.getByLabel('Đề xuất danh hiệu').locator('option:checked')).toHaveText('Danh hiệu “Chiến sĩ thi đua cơ sở” (cá nhân)');
  await expect(dialog).toContainText(`${AN}: Đạt Chiến sĩ thi đua cơ sở`);
  await dialog.getByLabel('Lý do đề xuất', { exact: true }).fill('Tiêu biểu năm 2025');
  await dialog.getByRole('button', { name: 'Đề xuất', exact: true }).click();
  await expect(page.getByText('Đã đề xuất 1 đối tượng')).toBeVisible();
  await expect(anRow.getByRole('link', { name: `Hồ sơ LĐTT của ${AN}: Đã đề xuất` })).toBeVisible();
  await expect(anRow.getByRole('link', { name: `Hồ sơ CSTĐ cơ sở của ${AN}: Đã đề xuất` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Đề xuất thêm danh hiệu cho ${AN}` })).toHaveCount(0);
  await expect(page.getByLabel('Số lượng đề xuất')).toContainText('Chiến sĩ thi đua cơ sở1 đề xuất');

  // The council: An gets 3 of 5 — enough for LĐTT (majority), short of CSTĐ cơ sở (4/5 of all members).
  await seedTitleVotes(page, campaignId, { [AN]: 3 });
  await page.goto(`${campaignUrl}/nominations`);
  await expect(anRow.getByRole('link', { name: `Hồ sơ LĐTT của ${AN}: Được chọn` })).toBeVisible();
  await expect(anRow.getByRole('link', { name: `Hồ sơ CSTĐ cơ sở của ${AN}: Không được chọn` })).toBeVisible();
  await expect(anRow).toContainText('LĐTT 3/5 (60%)');
  await expect(anRow).toContainText('CSTĐ cơ sở 3/5 (60%)');
  // Searching by the title, without accents, finds the person.
  await page.getByRole('searchbox', { name: 'Tìm trong bảng' }).fill('cstd khong duoc chon');
  await expect(page.getByTestId('shown-count')).toHaveText('1');
  await page.getByRole('searchbox', { name: 'Tìm trong bảng' }).fill('');
  await page.screenshot({ path: `${SHOTS}/table.png` });
  await page.locator('.nt-scroll').evaluate((el) => el.scrollBy({ left: 2000 }));
  await page.screenshot({ path: `${SHOTS}/table-votes.png` });

  // The export: both titles in one cell, a line each.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất CSV' }).click()]);
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  expect(csv).toContain(`${AN},`);
  expect(csv).toContain('"LĐTT: Được chọn\nCSTĐ cơ sở: Không được chọn"');

  // Each line opens its own dossier, which names its title and leads to the other one.
  await anRow.getByRole('link', { name: `Hồ sơ CSTĐ cơ sở của ${AN}: Không được chọn` }).click();
  await expect(page.getByRole('heading', { name: `Hồ sơ CSTĐ cơ sở: ${AN}` })).toBeVisible();
  await expect(page.getByText('Danh hiệu “Chiến sĩ thi đua cơ sở” · Không được chọn')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/dossier.png` });
  await page.getByRole('link', { name: 'Hồ sơ LĐTT (Được chọn)' }).click();
  await expect(page.getByRole('heading', { name: `Hồ sơ LĐTT: ${AN}` })).toBeVisible();

  // The name opens a choice of the two dossiers.
  await page.goto(`${campaignUrl}/nominations`);
  await page.getByRole('button', { name: AN, exact: true }).click();
  dialog = page.getByRole('dialog', { name: `Hồ sơ đề xuất: ${AN}` });
  await expect(dialog).toContainText('Không được chọn');
  await page.screenshot({ path: `${SHOTS}/choose.png` });
  await dialog.getByRole('link', { name: 'Hồ sơ CSTĐ cơ sở' }).click();
  await expect(page.getByRole('heading', { name: `Hồ sơ CSTĐ cơ sở: ${AN}` })).toBeVisible();
});
