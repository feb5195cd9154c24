// Journey: a new officer, on an empty app, imports the commune's staff sheet written the way
// offices write it (CB, CC, NHĐKCT; dates 01/01/1975; a name carrying an invisible direction
// override), sees units in the order of their names and dates as dd/mm/yyyy, then types an
// existing colleague again in lower case and is warned and offered the proper case.
import writeXlsxFile from 'write-excel-file/node';
import { test, expect } from './fixtures';

const SHOTS = '/tmp/register-order-shots';
const PEOPLE = [
  ['Trần Văn Bình', 'Nam', new Date(Date.UTC(1975, 0, 1)), 'Trưởng Công an xã', 'CB', 'Công an xã'],
  ['Nguyễn Thị Ánh', 'Nữ', '15/03/1988', 'Bí thư Đoàn', 'CC', 'Đoàn Thanh niên xã'],
  ['Lê Thị\u202E Hoa', 'Nữ', '20/11/1990', 'Trưởng ấp', 'NHĐKCT', 'Ấp Voi 1'],
  ['Võ Văn An', 'Nam', '02/09/1985', 'Chỉ huy trưởng', 'CB', 'Ban Chỉ huy Quân sự xã'],
  ['Đặng Văn Bảo', 'Nam', '05/06/1979', 'Trưởng ấp', 'NHĐKCT', 'Ấp Sơn Đông'],
] as const;

/** The staff sheet as Excel writes it: the first birth date a real date cell, the others typed as text. */
async function staffSheet(): Promise<Buffer> {
  const cell = (v: string | Date) => (v instanceof Date ? { value: v, type: Date, format: 'dd/mm/yyyy' } : { value: v });
  const data = [['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Chức vụ', 'Đối tượng', 'Đơn vị'].map(cell), ...PEOPLE.map((row, i) => [{ value: i + 1 }, ...row.map(cell)])];
  return (await writeXlsxFile(data as never).toBuffer()) as Buffer;
}

test('import CB/CC/NHĐKCT with dd/mm/yyyy dates, units in name order, a lowercase twin is caught', async ({ page }) => {
  await page.goto('/register/import');
  await page.locator('input[type=file]').setInputFiles({ name: 'can-bo.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await staffSheet() });
  // The column samples already read as they will be imported: a date cell as dd/mm/yyyy, the name not reversed.
  await expect(page.getByRole('row', { name: /^Ngày sinh/ })).toContainText('01/01/1975 · 15/03/1988 · 20/11/1990');
  await expect(page.getByRole('row', { name: /^Họ và tên/ })).toContainText('Trần Văn Bình · Nguyễn Thị Ánh · Lê Thị Hoa');
  await page.screenshot({ path: `${SHOTS}/import-mapping.png` });
  await page.getByRole('button', { name: 'Xem trước kết quả' }).click();

  // Every abbreviation is understood, and the preview shows dates the way they were typed.
  const summary = page.getByLabel('Tóm tắt');
  await expect(summary).toContainText('5người mới');
  await expect(summary).toContainText('0dòng bị bỏ qua');
  const created = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Người mới' }) });
  await expect(created.getByRole('row', { name: /Trần Văn Bình/ })).toContainText('01/01/1975');
  await expect(created.getByRole('row', { name: /Trần Văn Bình/ })).toContainText('Cán bộ');
  await expect(created.getByRole('row', { name: /Nguyễn Thị Ánh/ })).toContainText('Công chức');
  // The direction override is gone: the name reads as written, not backwards.
  await expect(created.getByRole('row', { name: /Lê Thị Hoa/ }).getByRole('cell').nth(1)).toHaveText('Lê Thị Hoa');
  await expect(created.getByRole('row', { name: /Lê Thị Hoa/ })).toContainText('Người hoạt động không chuyên trách');
  await expect(page.getByText('1975-01-01')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/import-preview.png`, fullPage: true });
  await page.getByRole('button', { name: 'Nhập 5 người mới, cập nhật 0 người' }).click();
  await expect(page.getByText('Đã nhập xong: 5 người mới, 0 người được cập nhật, 5 đơn vị mới.')).toBeVisible();

  // Units by their whole name: the "… xã" ones do not bunch together at the end.
  const unitOrder = ['Ấp Sơn Đông', 'Ấp Voi 1', 'Ban Chỉ huy Quân sự xã', 'Công an xã', 'Đoàn Thanh niên xã'];
  await page.goto('/register/units');
  await expect(page.locator('tbody tr td:first-child a')).toHaveText(unitOrder);
  await page.screenshot({ path: `${SHOTS}/units.png` });
  // People by given name: An, Ánh, Bảo, Bình, Hoa.
  await page.goto('/register');
  await expect(page.locator('tbody tr td:first-child a')).toHaveText(['Võ Văn An', 'Nguyễn Thị Ánh', 'Đặng Văn Bảo', 'Trần Văn Bình', 'Lê Thị Hoa']);

  // The unit picker lists them in the same order; a colleague typed again is caught.
  await page.goto('/register/people/new');
  await expect(page.getByLabel('Đơn vị').locator('option')).toHaveText(['— Chưa chọn —', ...unitOrder]);
  await page.getByLabel('Họ và tên').fill('trần văn bình');
  await page.getByLabel('Ngày sinh (nếu có)').fill('01/01/1975');
  await page.getByLabel('Đơn vị').selectOption({ label: 'Công an xã' });
  const twin = page.getByRole('status').filter({ hasText: 'Có thể người này đã có trong danh sách' });
  await expect(twin).toContainText('Trần Văn Bình, Công an xã, sinh 01/01/1975.');
  await expect(page.getByText('Tên nên viết hoa chữ cái đầu: Trần Văn Bình')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/lowercase-twin.png` });
  await page.getByRole('button', { name: 'Dùng cách viết này' }).click();
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Trần Văn Bình');
  await expect(page.getByText('Tên nên viết hoa chữ cái đầu')).toHaveCount(0);
  await expect(twin).toBeVisible();
});
