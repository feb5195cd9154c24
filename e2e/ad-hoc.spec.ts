// Journey: a person of the commune saved a child from drowning on 12/03/2026. The officer opens
// "Khen thưởng đột xuất", names the act, the day and the person, and lands on that person's
// evidence page of a one-day campaign at its evaluation stage, ready for the proof and the
// nomination; the council and the decision follow as for any campaign.
import { test, expect } from './fixtures';

test('a one-off reward is set up in one dialog and opens where its proof goes', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await page.waitForURL(/\/campaigns\/[0-9a-f-]+$/);
  await page.goto('/campaigns');
  await page.getByRole('button', { name: 'Khen thưởng đột xuất' }).click();
  const dialog = page.getByRole('dialog', { name: 'Khen thưởng đột xuất' });
  await dialog.getByRole('button', { name: 'Lập khen thưởng đột xuất' }).click();
  await expect(dialog.getByText('Ghi ngắn gọn thành tích')).toBeVisible();
  await expect(dialog.getByText('Chọn người hoặc tập thể được khen thưởng', { exact: true }).last()).toBeVisible();

  await dialog.getByLabel('Thành tích đột xuất').fill('dũng cảm cứu người bị đuối nước trên kênh Vĩnh Tế');
  await dialog.getByLabel('Ngày xảy ra').fill('12/03/2026');
  await dialog.getByLabel('Người hoặc tập thể được khen thưởng').selectOption({ label: 'Lý Văn Phước' });
  // What the officer has put right is no longer marked wrong.
  await expect(dialog.getByText('Ghi ngắn gọn thành tích')).toHaveCount(0);
  await expect(dialog.getByText('Chọn người hoặc tập thể được khen thưởng', { exact: true })).toHaveCount(0);
  await page.screenshot({ path: '/tmp/ad-hoc-shots/dialog.png' });
  await dialog.getByRole('button', { name: 'Lập khen thưởng đột xuất' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Lý Văn Phước' })).toBeVisible();
  await expect(page.getByText('Khen thưởng đột xuất: dũng cảm cứu người bị đuối nước trên kênh Vĩnh Tế').first()).toBeVisible();
  await expect(page.getByText(/Có hành động hoặc thành tích đột xuất: .*\(ngày 12\/03\/2026\)/).first()).toBeVisible();
  await page.screenshot({ path: '/tmp/ad-hoc-shots/evidence.png' });
  await page.goto('/campaigns');
  await expect(page.getByRole('row', { name: /Khen thưởng đột xuất/ })).toContainText('Đang đánh giá');
});
