// Journey: the officer proposes the commune's best to the higher level. In the demo's finished
// campaign (decided January 2025) the proposal goes to the town; re-dated to 2026, the town's
// Giấy khen is refused (the district tier ended on 30/6/2025) until the officer picks the
// province's Bằng khen, and the paper then goes to the Sở Nội vụ. The whole dossier downloads
// as one .zip of Word files, ready to send.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from './fixtures';
import { openDemoUpward } from './steps';

const SHOTS = '/tmp/upward-shots';

test('a proposal upward, dated by its own date, and its dossier as one zip', async ({ page }) => {
  await openDemoUpward(page);

  const paper = page.getByRole('article').first();
  await expect(paper).toContainText('Kính gửi: Phòng Nội vụ thị xã');
  await expect(paper).toContainText('Giấy khen của Chủ tịch Ủy ban nhân dân thị xã');
  await expect(paper).toContainText('Nghị định số 98/2023/NĐ-CP');

  const form = page.getByRole('form', { name: 'Đề nghị cấp trên' });
  await expect(form.getByRole('checkbox', { name: 'Đề nghị cấp trên: Văn phòng - Thống kê' })).toBeChecked();
  await page.screenshot({ path: `${SHOTS}/upward-2025.png`, fullPage: true });

  // The same proposal dated 2026: the town no longer exists.
  await form.getByLabel('Ngày tờ trình').fill('10/03/2026');
  await expect(form).toContainText('Gửi: Sở Nội vụ tỉnh');
  await form.getByRole('button', { name: 'Lưu đề nghị cấp trên' }).click();
  await expect(page.getByText('Chưa lập được văn bản này')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'là hình thức của cấp huyện' })).toContainText('Văn phòng - Thống kê');

  // Propose an individual too; a ticked row without an award is refused with what to do.
  const individual = form.getByRole('checkbox', { name: /^Đề nghị cấp trên: (?!Văn phòng)/ }).first();
  await individual.check();
  await form.getByRole('button', { name: 'Lưu đề nghị cấp trên' }).click();
  await expect(form.getByRole('alert')).toContainText('Hãy ghi hình thức đề nghị cho');
  const name = ((await individual.getAttribute('aria-label')) ?? '').replace('Đề nghị cấp trên: ', '');
  // A provincial emulation fighter needs three years of CSTĐ cơ sở: the ledger says it is not there.
  await form.getByLabel(`Hình thức đề nghị cho ${name}`).fill('Danh hiệu Chiến sĩ thi đua cấp tỉnh');
  await expect(form.getByRole('note', { name: `Kiểm tra sổ thi đua: ${name}` })).toContainText('Chưa đạt: cần 3 năm liên tục “Chiến sĩ thi đua cơ sở” từ 2022 đến 2024');
  await form.getByLabel(`Hình thức đề nghị cho ${name}`).fill('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
  await expect(form.getByRole('note', { name: `Kiểm tra sổ thi đua: ${name}` })).toHaveCount(0);
  await form.getByLabel('Hình thức đề nghị cho Văn phòng - Thống kê').fill('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
  await form.getByRole('button', { name: 'Lưu đề nghị cấp trên' }).click();
  await expect(paper).toContainText('Kính gửi: Sở Nội vụ tỉnh');
  await expect(paper).toContainText('Nghị định số 152/2025/NĐ-CP');
  await expect(paper).not.toContainText('thị xã');
  await expect(paper).toContainText(name);
  await page.screenshot({ path: `${SHOTS}/upward-2026.png`, fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bộ hồ sơ (.zip)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ho-so-de-nghi-cap-tren-.+\.zip$/);
  await download.saveAs(`${SHOTS}/packet.zip`);
  const files = unzipSync(new Uint8Array(readFileSync((await download.path()) ?? '')));
  const names = Object.keys(files).sort();
  expect(names).toHaveLength(5);
  expect(names[0]).toBe('01-to-trinh-de-nghi-khen-thuong.docx');
  expect(names.filter((n) => n.startsWith('02-bao-cao-thanh-tich-'))).toHaveLength(2);
  expect(names.slice(-2)).toEqual(['03-bien-ban-hop-hoi-dong.docx', '04-quyet-dinh-khen-thuong-cua-xa.docx']);
  const docText = (docx: string) => strFromU8(unzipSync(files[docx] ?? new Uint8Array())['word/document.xml'] ?? new Uint8Array()).replace(/<[^>]+>/g, '');
  const proposal = docText('01-to-trinh-de-nghi-khen-thuong.docx');
  expect(proposal).toContain('Kính gửi: Sở Nội vụ tỉnh');
  expect(proposal).toContain('ngày 10 tháng 3 năm 2026');
  expect(proposal).toContain(name);
  expect(docText('04-quyet-dinh-khen-thuong-cua-xa.docx')).toContain('125/QĐ-UBND');
});
