// Journey: the council meets. 9 members, one absent with a written opinion; a paper ballot
// ends in a tie at the quota edge → run-off among the tied → results on the projector
// (a second window of the same browser); then an on-PC secret ballot whose stored ballots
// carry no link to any member.
import type { Page } from '@playwright/test';
import { moveCampaign } from './steps';
import { test, expect } from './fixtures';

const SHOTS = '/tmp/council-shots';

async function loadDemoCouncil(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await page.waitForURL(/\/campaigns\/[0-9a-f-]+/);
  const campaignUrl = new URL(page.url()).pathname.replace(/\/$/, '');
  // The council votes at its own stage: the officer moves the campaign there first.
  await moveCampaign(page, 'Chuyển Hội đồng xét');
  await page.goto(`${campaignUrl}/council`);
  await expect(page.getByRole('heading', { name: /Thành viên Hội đồng \(9\)/ })).toBeVisible();
}

async function candidatesOf(page: Page, category: 'Cá nhân' | 'Tập thể'): Promise<string[]> {
  const form = page.getByRole('form', { name: 'Chuẩn bị vòng bỏ phiếu mới' });
  await form.getByLabel('Xét khen thưởng').selectOption({ label: `Giấy khen của Chủ tịch Ủy ban nhân dân xã (${category.toLocaleLowerCase('vi')})` });
  return (await form.locator('fieldset label').allTextContents()).map((t) => t.trim());
}

async function enterPaperTally(page: Page, agrees: Record<string, number>, valid = 8) {
  for (const [label, n] of [['Số phiếu phát ra', 8], ['Số phiếu thu về', 8], ['Số phiếu hợp lệ', valid], ['Số phiếu không hợp lệ', 8 - valid]] as const) {
    await page.getByLabel(label, { exact: true }).fill(String(n));
  }
  for (const [name, n] of Object.entries(agrees)) {
    await page.getByLabel(`Đồng ý: ${name}`, { exact: true }).fill(String(n));
    await page.getByLabel(`Không đồng ý: ${name}`, { exact: true }).fill(String(valid - n));
  }
}

/**
 * The results slide uses the screen: the rows spread down to the legend, which sits in the lower
 * part of the screen in large white type that names every colour and the bar's white line.
 */
async function expectResultsFillTheScreen(projector: Page): Promise<void> {
  const height = projector.viewportSize()?.height ?? 0;
  const legend = projector.locator('.slide-legend');
  await expect(legend).toContainText('Được chọn');
  await expect(legend).toContainText('Không đạt');
  await expect(legend).toContainText(/Vạch trắng: cần \d+\/\d+ phiếu đồng ý để đạt/);
  const box = await legend.boundingBox();
  expect(box && box.y + box.height).toBeGreaterThan(height * 0.7);
  const style = await legend.evaluate((el) => ({ size: parseFloat(getComputedStyle(el).fontSize), color: getComputedStyle(el).color }));
  expect(style.size).toBeGreaterThanOrEqual(22);
  expect(style.color).toBe('rgb(255, 255, 255)');
}

test('paper ballot with an edge tie, run-off, published on the projector; on-PC secret ballot', async ({ page, context }) => {
  test.setTimeout(120_000);
  await loadDemoCouncil(page);
  await page.getByRole('button', { name: 'Tạo phiên họp' }).click();
  await expect(page.getByTestId('quorum')).toContainText('Có mặt 9/9');

  // The projector, opened from the operator screen as a second window.
  const [projector] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: /Mở màn hình chiếu/ }).click()]);
  await projector.waitForLoadState();
  await expect(projector.getByRole('heading', { name: 'Phiên họp bình xét khen thưởng' })).toBeVisible();

  const names = await candidatesOf(page, 'Cá nhân');
  expect(names.length).toBeGreaterThanOrEqual(5);
  const [a, b, c, d, e] = names as [string, string, string, string, string];

  // One member absent with a written opinion (agrees with A); quorum still holds.
  const absent = 'Trần Thị Thu Hà';
  await page.getByLabel(`Điểm danh ${absent}`).selectOption({ label: 'Vắng, có ý kiến bằng văn bản' });
  const opinion = page.getByRole('group', { name: `Ý kiến của ${absent}` }).getByLabel(a);
  await opinion.click(); // saved at once; the box follows the stored record
  await expect(opinion).toBeChecked();
  await expect(page.getByTestId('quorum')).toContainText('Có mặt 8/9');
  await page.getByRole('button', { name: /Điểm danh, túc số/ }).click();
  await expect(projector.locator('.slide-big')).toContainText('Có mặt 8/9 thành viên · Đủ túc số');
  await projector.screenshot({ path: `${SHOTS}/projector-attendance.png` });

  // Round 1: paper ballot, choose 3 among the individual nominees (all of them on the ballot).
  const form = page.getByRole('form', { name: 'Chuẩn bị vòng bỏ phiếu mới' });
  await expect(form.getByLabel('Số lượng được chọn')).toHaveValue('3');
  await form.getByRole('button', { name: 'Chuẩn bị vòng bỏ phiếu' }).click();
  const round1 = page.getByTestId('round-1');
  await round1.getByRole('button', { name: 'Chiếu ứng viên' }).click();
  await expect(projector.locator('.slide-candidates .name', { hasText: c })).toBeVisible();
  await projector.screenshot({ path: `${SHOTS}/projector-candidates.png` });
  // Paper ballots print one per member present, only the ballots on the page.
  await page.evaluate(() => { window.print = () => undefined; });
  await round1.getByRole('button', { name: 'In phiếu bầu (8 phiếu)' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.ballot')).toHaveCount(8);
  await expect(page.locator('.ballot').first()).toContainText(`chọn tối đa 3`);
  await expect(page.getByRole('heading', { name: 'Hội đồng Thi đua - Khen thưởng' })).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/ballots-print.png` });
  await page.emulateMedia({ media: 'screen' });
  // Two members are nominees here (the demo links them to the register): proposed as not
  // voting on themselves. This journey keeps everyone voting; meeting-room.spec confirms them.
  await expect(round1.getByRole('region', { name: /Đề xuất không biểu quyết \(2\)/ })).toBeVisible();
  await round1.getByRole('button', { name: 'Mở vòng bỏ phiếu' }).click();
  await page.getByRole('dialog', { name: 'Còn đề xuất không biểu quyết chưa xác nhận' }).getByRole('button', { name: 'Mở vòng, vẫn để họ biểu quyết' }).click();
  await expect(round1.getByText('Đang bỏ phiếu', { exact: true })).toBeVisible();

  // A tally that does not add up blocks closing.
  const others = Object.fromEntries(names.slice(5).map((n) => [n, 0]));
  await enterPaperTally(page, { [a]: 7, [b]: 6, [c]: 5, [d]: 5, [e]: 1, ...others });
  await page.getByLabel('Số phiếu thu về', { exact: true }).fill('9');
  await expect(round1.getByText(/khác số phiếu thu về/)).toBeVisible();
  await expect(round1.getByRole('button', { name: 'Chấp nhận sai lệch và kết thúc vòng' })).toBeDisabled();
  await page.getByLabel('Số phiếu thu về', { exact: true }).fill('8');
  await expect(round1.getByText('Các con số khớp nhau.')).toBeVisible();

  // Nothing secret before publishing.
  await round1.getByRole('button', { name: 'Kết thúc vòng bỏ phiếu' }).click();
  await page.keyboard.press('5');
  await expect(projector.getByRole('heading', { name: 'Kết quả chưa được công bố' })).toBeVisible();
  await expect(projector.getByText(c)).toHaveCount(0);

  // A: 7 + 1 written = 8; B: 6; C and D tie at 5 for the third place.
  await expect(round1.getByText('Bằng phiếu ở vị trí cuối cùng')).toBeVisible();
  await round1.getByRole('button', { name: 'Công bố kết quả' }).click();
  await expect(projector.getByRole('heading', { name: /Kết quả vòng 1/ })).toBeVisible();
  await expect(projector.locator('.slide-results li', { hasText: a })).toContainText('8/9');
  await expect(projector.locator('.slide-results li', { hasText: c })).toContainText('BẰNG PHIẾU');
  await expect(projector.getByText(/bầu lại cho 1 suất/)).toBeVisible();

  // A round that is closed cannot be changed: no tally inputs remain.
  await expect(round1.getByLabel('Số phiếu phát ra', { exact: true })).toHaveCount(0);

  // Run-off among the tied only.
  await round1.getByRole('button', { name: 'Bầu lại giữa những người bằng phiếu' }).click();
  const round2 = page.getByTestId('round-2');
  await expect(round2.getByRole('heading')).toContainText('chọn 1');
  await round2.getByRole('button', { name: 'Mở vòng bỏ phiếu' }).click();
  await expect(round2.getByLabel(`Đồng ý: ${a}`, { exact: true })).toHaveCount(0);
  await enterPaperTally(page, { [c]: 6, [d]: 2 });
  await round2.getByRole('button', { name: 'Kết thúc vòng bỏ phiếu' }).click();
  await round2.getByRole('button', { name: 'Công bố kết quả' }).click();
  await expect(projector.getByRole('heading', { name: /Kết quả vòng 2/ })).toBeVisible();
  await expect(projector.getByText(`Được chọn: ${c}`)).toBeVisible();

  // The projector recovers after a reload.
  await projector.setViewportSize({ width: 1366, height: 768 });
  await projector.reload();
  await expect(projector.getByText(`Được chọn: ${c}`)).toBeVisible();
  const nameSize = await projector.locator('.slide-results .name').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(nameSize).toBeGreaterThanOrEqual(28);
  await expectResultsFillTheScreen(projector);
  await projector.screenshot({ path: `${SHOTS}/projector-1366.png` });
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await round1.getByRole('button', { name: 'Chiếu kết quả' }).click();
  await expect(projector.getByRole('heading', { name: /Kết quả vòng 1/ })).toBeVisible();
  await expectResultsFillTheScreen(projector);
  await projector.screenshot({ path: `${SHOTS}/projector-1920.png` });
  await projector.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: `${SHOTS}/operator-1366.png`, fullPage: true });

  // On-PC secret ballot for the collective: each member sees only their ballot.
  const collectives = await candidatesOf(page, 'Tập thể');
  await form.getByLabel('Hình thức').selectOption({ label: 'Bỏ phiếu kín trên máy' });
  await form.getByRole('button', { name: 'Chuẩn bị vòng bỏ phiếu' }).click();
  const round3 = page.getByTestId('round-3');
  await round3.getByRole('button', { name: 'Mở vòng bỏ phiếu' }).click();
  await page.getByRole('dialog', { name: 'Còn đề xuất không biểu quyết chưa xác nhận' }).getByRole('button', { name: 'Mở vòng, vẫn để họ biểu quyết' }).click();
  // A secret ballot on this PC: the operator confirms the projector does not mirror this screen.
  const screenCheck = page.getByRole('dialog', { name: 'Kiểm tra màn hình chiếu trước khi bỏ phiếu kín' });
  await expect(screenCheck).toContainText('Màn hình chiếu có thể đang hiển thị giống màn hình này');
  await screenCheck.getByRole('button', { name: 'Đã kiểm tra, mở vòng bỏ phiếu' }).click();
  await round3.getByRole('button', { name: 'Chiếu “đang bỏ phiếu”' }).click();
  await expect(projector.getByText('Đã bỏ phiếu 0/8')).toBeVisible();
  const voters = (await round3.getByLabel('Thành viên đến bỏ phiếu').locator('option').allTextContents()).filter((t) => !t.startsWith('—'));
  expect(voters).toHaveLength(8);
  for (const [i, voter] of voters.entries()) {
    await round3.getByLabel('Thành viên đến bỏ phiếu').selectOption({ label: voter });
    await round3.getByRole('button', { name: 'Mở phiếu bầu' }).click();
    const ballot = page.getByRole('dialog', { name: `Phiếu bầu của ${voter}` });
    await ballot.getByLabel(collectives[i % 3 === 2 ? 1 : 0] ?? '').check();
    if (i === 0) {
      // The ballot addresses a council member formally, never as "bạn".
      await expect(ballot).toContainText('Kính đề nghị ông (bà) đánh dấu vào người mình đồng ý');
      await expect(ballot).not.toContainText('những người bạn');
      await ballot.screenshot({ path: `${SHOTS}/ballot.png` });
    }
    await ballot.getByRole('button', { name: 'Gửi phiếu' }).click();
    await expect(ballot).toHaveCount(0);
    await expect(round3.getByText(`Đã bỏ phiếu ${i + 1}/8`)).toBeVisible();
  }
  await expect(projector.getByText('Đã bỏ phiếu 8/8')).toBeVisible();
  await projector.screenshot({ path: `${SHOTS}/projector-voting.png` });
  await expect(round3.getByLabel('Thành viên đến bỏ phiếu')).toHaveCount(0);

  // What is stored: ballots with only {id, roundId, agree}; no member id anywhere in them.
  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('binh-xet');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const read = (store: string) =>
      new Promise<unknown[]>((resolve) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as unknown[]);
      });
    const [ballots, members] = await Promise.all([read('ballots'), read('councilMembers')]);
    db.close();
    return { ballots, memberIds: (members as { id: string }[]).map((m) => m.id) };
  });
  expect(stored.ballots).toHaveLength(8);
  for (const ballot of stored.ballots) {
    expect(Object.keys(ballot as object).sort()).toEqual(['agree', 'id', 'roundId']);
    for (const id of stored.memberIds) expect(JSON.stringify(ballot)).not.toContain(id);
  }

  await round3.getByRole('button', { name: 'Kết thúc vòng bỏ phiếu' }).click();
  await round3.getByRole('button', { name: 'Công bố kết quả' }).click();
  await expect(projector.getByText(/Được chọn:/)).toContainText(collectives[0] ?? '');
  await projector.screenshot({ path: `${SHOTS}/projector-pc-1366.png` });
});
