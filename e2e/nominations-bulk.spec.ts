// Journey: nominations in a few clicks. With the demo (plan 99, at the evaluation stage) the
// officer nominates from a row's own button and from the page's button, then ticks several
// dossiers and moves them a step in one go, and is told why the one that cannot move stays.
import { test, expect } from './fixtures';
import { openDemoNominations, selectRow } from './steps';

const SHOTS = '/tmp/nom-shots';

test('nominate with the row and page buttons, then move several dossiers at once', async ({ page }) => {
  await openDemoNominations(page);
  const search = page.getByRole('searchbox', { name: 'Tìm trong bảng' });
  const dialog = page.getByRole('dialog');

  // "Đề xuất" is on the row itself, no ticking needed.
  await search.fill('chau van sang');
  await page.getByRole('button', { name: 'Đề xuất Châu Văn Sang' }).click();
  await expect(dialog.getByRole('heading')).toHaveText('Đề xuất khen thưởng: Châu Văn Sang');
  await dialog.getByLabel('Lý do đề xuất', { exact: true }).fill('Tiêu biểu trong tiếp nhận hồ sơ');
  await dialog.getByLabel('Lý do đề xuất vượt số lượng').fill('Để Hội đồng bình xét, bỏ phiếu chọn');
  await dialog.getByRole('button', { name: 'Đề xuất', exact: true }).click();
  await expect(page.getByText('Đã đề xuất 1 đối tượng')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Đề xuất Châu Văn Sang' })).toHaveCount(0);
  await search.fill('');

  // The page's own button proposes everyone eligible not yet proposed (in the demo, one unit left).
  await page.screenshot({ path: `${SHOTS}/row-and-page-buttons.png` });
  await page.getByRole('button', { name: 'Đề xuất mọi đối tượng đủ điều kiện (1)' }).click();
  await expect(dialog.getByRole('heading')).toHaveText('Đề xuất khen thưởng: Công an xã');
  await dialog.getByLabel('Lý do đề xuất', { exact: true }).fill('Tiêu biểu trong cải cách hành chính năm 2024');
  await dialog.getByLabel('Lý do đề xuất vượt số lượng').fill('Để Hội đồng bình xét, bỏ phiếu chọn');
  await dialog.getByRole('button', { name: 'Đề xuất', exact: true }).click();
  await expect(page.getByText('Đã đề xuất 1 đối tượng')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Đề xuất mọi đối tượng đủ điều kiện (0)' })).toBeDisabled();
  await expect(page.getByRole('row', { name: /^Chọn Công an xã/ })).toContainText('Đã đề xuất');

  // Two appraised dossiers of the demo and the one just proposed move to the council together.
  for (const name of ['Võ Văn An', 'Đặng Thị Bích', 'Châu Văn Sang']) await selectRow(page, name);
  await expect(page.getByText('Đã chọn 3')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/selection-bar.png` });
  await page.getByRole('button', { name: 'Đưa ra bình xét', exact: true }).click();
  await expect(dialog.getByRole('heading')).toHaveText('Chuyển sang “Đưa ra bình xét”');
  await expect(dialog).toContainText('2 hồ sơ sẽ chuyển sang “Đưa ra bình xét”: Võ Văn An, Đặng Thị Bích.');
  await expect(dialog.getByRole('list', { name: '1 hồ sơ sẽ không chuyển' })).toHaveText(
    'Châu Văn Sang: đang ở bước “Đã đề xuất”; chỉ hồ sơ ở bước “Đã thẩm định” mới chuyển được sang “Đưa ra bình xét”.',
  );
  await page.screenshot({ path: `${SHOTS}/bulk-confirm.png` });
  await dialog.getByRole('button', { name: 'Chuyển 2 hồ sơ' }).click();
  await expect(dialog.getByRole('heading')).toHaveText('Kết quả chuyển sang “Đưa ra bình xét”');
  await expect(dialog.getByText('Đã chuyển 2 hồ sơ sang “Đưa ra bình xét”')).toBeVisible();
  await expect(dialog.getByRole('list', { name: '1 hồ sơ không chuyển được' })).toContainText('Châu Văn Sang: đang ở bước “Đã đề xuất”');
  await page.screenshot({ path: `${SHOTS}/bulk-result.png` });
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await search.fill('vo van an');
  await expect(page.getByRole('row', { name: /^Chọn Võ Văn An/ })).toContainText('Đưa ra bình xét');

  // A dossier missing its papers is told which ones, and nothing moves.
  await selectRow(page, 'Châu Văn Sang');
  await page.getByRole('button', { name: 'Đủ hồ sơ', exact: true }).click();
  await expect(dialog.getByRole('list', { name: '1 hồ sơ sẽ không chuyển' })).toHaveText(
    'Châu Văn Sang: hồ sơ còn thiếu tờ trình / văn bản đề nghị, báo cáo thành tích.',
  );
  await expect(dialog.getByRole('button', { name: 'Chuyển 0 hồ sơ' })).toBeDisabled();
});
