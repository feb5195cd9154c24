// Journey: a commune's long rounds on the projector (everyone eligible is a nominee: 28, 45, 60).
// A result too long for one legible screen is shown in pages; the operator flips them from the
// projector bar (buttons, PageUp/PageDown), the projector follows, each page keeps the rule and
// the count of who was chosen, and the frozen result is not touched by a flip.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { agreeOf, NOMINEES, ROUND_SIZES, seedLongRounds, storedResults } from './projector-pages-seed';

const SHOTS = '/tmp/projector-pages-shots';
mkdirSync(SHOTS, { recursive: true });
const SIZES = [[1366, 768], [1920, 1080]] as const;
const RESULT_ROWS_PER_PAGE = 10; // results-layout.ts: what this journey checks stays legible

/** The shown slide fits the screen, nothing cut or spilling, names at least 28 px at 768 px high (3.65% of the height). */
async function expectLegible(projector: Page, nameSelector: string) {
  const { width, height } = projector.viewportSize() ?? { width: 0, height: 0 };
  const fit = await projector.evaluate((selector) => {
    const names = [...document.querySelectorAll<HTMLElement>(selector)];
    const rects = [...document.querySelectorAll<HTMLElement>('.slide *')].map((el) => el.getBoundingClientRect());
    return {
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
      bottom: Math.max(...rects.map((r) => r.bottom)),
      smallest: Math.min(...names.map((el) => parseFloat(getComputedStyle(el).fontSize))),
      cut: names.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
    };
  }, nameSelector);
  expect(fit.scrollWidth, 'no sideways overflow').toBeLessThanOrEqual(width);
  expect(fit.scrollHeight, 'no scroll down').toBeLessThanOrEqual(height);
  expect(fit.bottom, 'the slide ends on screen').toBeLessThanOrEqual(height);
  expect(fit.smallest, 'names legible from the back of the room').toBeGreaterThanOrEqual(Math.floor((28 / 768) * height));
  expect(fit.cut, 'no name cut short').toEqual([]);
}

test('a 60-candidate result in pages: flipped from the operator bar, legible at 1366×768 and 1920×1080', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await page.waitForURL(/\/campaigns\/[0-9a-f-]+$/);
  const campaignId = new URL(page.url()).pathname.split('/')[2] ?? '';
  await seedLongRounds(page, campaignId);
  await page.goto(`/campaigns/${campaignId}/council`);
  await expect(page.getByTestId('round-3')).toBeVisible();
  const before = await storedResults(page);

  const [projector] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: /Mở màn hình chiếu/ }).click()]);
  await projector.waitForLoadState();
  await projector.setViewportSize({ width: 1366, height: 768 });

  // Round 3: 60 results, 10 a page.
  const bar = page.getByRole('group', { name: 'Lật trang trên màn hình chiếu' });
  await page.getByTestId('round-3').getByRole('button', { name: 'Chiếu kết quả' }).click();
  await expect(projector.locator('.slide-page')).toHaveText('Trang 1/6');
  await expect(bar.getByRole('status')).toHaveText('Màn hình chiếu đang ở trang 1/6');
  await expect(bar.getByRole('button', { name: /Trang trước/ })).toBeDisabled();
  const rows = projector.locator('.slide-results li');
  await expect(rows).toHaveCount(10);
  await expect(rows.first()).toContainText(NOMINEES[0] ?? '');
  const chosen = NOMINEES.filter((_, i) => agreeOf(i) >= 5).length;
  await expect(projector.locator('.slide-sub').first()).toContainText(`chọn 60 · Được chọn ${chosen}/60`);

  await bar.getByRole('button', { name: /Trang sau/ }).click();
  await expect(projector.locator('.slide-page')).toHaveText('Trang 2/6');
  await expect(bar.getByRole('status')).toHaveText('Màn hình chiếu đang ở trang 2/6');
  // Page 2 is the result's rows 11–20, in the result's order, with their own votes; page 1's are gone.
  await expect(rows).toHaveCount(10);
  for (const [k, name] of NOMINEES.slice(10, 20).entries()) {
    await expect(rows.nth(k)).toContainText(name);
    await expect(rows.nth(k)).toContainText(`${agreeOf(10 + k)}/9`);
  }
  await expect(projector.locator('.slide-results li', { hasText: NOMINEES[0] ?? '' })).toHaveCount(0);
  // The rule, the count and the legend stay on every page.
  await expect(projector.locator('.slide-sub').first()).toContainText(`Đạt khi đồng ý quá bán (trên 50%) tổng số thành viên Hội đồng · chọn 60 · Được chọn ${chosen}/60`);
  await expect(projector.locator('.slide-legend')).toContainText('cần 5/9 phiếu đồng ý để đạt');

  // Keys, as a presentation clicker sends them: two quick PageDowns go two pages on.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(projector.locator('.slide-page')).toHaveText('Trang 4/6');
  await page.keyboard.press('PageUp');
  await expect(projector.locator('.slide-page')).toHaveText('Trang 3/6');
  await expect(rows.first()).toContainText(NOMINEES[20] ?? '');
  // The page is stored with the slide: a reloaded projector comes back to it.
  await projector.reload();
  await expect(projector.locator('.slide-page')).toHaveText('Trang 3/6');
  await expect(rows.first()).toContainText(NOMINEES[20] ?? '');
  for (let k = 0; k < 5; k++) await page.keyboard.press('PageDown');
  await expect(projector.locator('.slide-page')).toHaveText('Trang 6/6');
  await expect(bar.getByRole('button', { name: /Trang sau/ })).toBeDisabled();
  await expect(rows.last()).toContainText(NOMINEES[59] ?? '');
  // Flipping counted nothing again and changed no result.
  expect(await storedResults(page)).toBe(before);
  await page.screenshot({ path: `${SHOTS}/operator-bar-1366.png` });

  // Another slide starts on its first page: the 60 candidates, 12 a page, numbered as on the list.
  await page.getByTestId('round-3').getByRole('button', { name: 'Chiếu ứng viên' }).click();
  await expect(projector.locator('.slide-page')).toHaveText('Trang 1/5');
  await expect(projector.locator('.slide-candidates li')).toHaveCount(12);
  await bar.getByRole('button', { name: /Trang sau/ }).click();
  await expect(projector.locator('.slide-page')).toHaveText('Trang 2/5');
  await expect(projector.locator('.slide-candidates')).toHaveAttribute('start', '13');
  for (const [width, height] of SIZES) {
    await projector.setViewportSize({ width, height });
    await expectLegible(projector, '.slide-candidates .name');
    await projector.screenshot({ path: `${SHOTS}/candidates-60-p2-${width}.png` });
  }

  // Each round, at each size, first and last page: legible, nothing overflows.
  for (const [r, size] of ROUND_SIZES.entries()) {
    const pages = Math.ceil(size / RESULT_ROWS_PER_PAGE);
    await page.getByTestId(`round-${r + 1}`).getByRole('button', { name: 'Chiếu kết quả' }).click();
    await expect(projector.locator('.slide-page')).toHaveText(`Trang 1/${pages}`);
    for (const [width, height] of SIZES) {
      await projector.setViewportSize({ width, height });
      await expectLegible(projector, '.slide-results .name');
      await projector.screenshot({ path: `${SHOTS}/results-${size}-p1-${width}.png` });
    }
    for (let k = 1; k < pages; k++) await bar.getByRole('button', { name: /Trang sau/ }).click();
    await expect(projector.locator('.slide-page')).toHaveText(`Trang ${pages}/${pages}`);
    await expect(projector.locator('.slide-results li').last()).toContainText(NOMINEES[size - 1] ?? '');
    for (const [width, height] of SIZES) {
      await projector.setViewportSize({ width, height });
      await expectLegible(projector, '.slide-results .name');
      await projector.screenshot({ path: `${SHOTS}/results-${size}-p${pages}-${width}.png` });
    }
  }
  expect(await storedResults(page)).toBe(before);
});

test('before any round, the candidates of every category in pages, each page legible', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await page.waitForURL(/\/campaigns\/[0-9a-f-]+$/);
  const campaignId = new URL(page.url()).pathname.split('/')[2] ?? '';
  await seedLongRounds(page, campaignId, []);
  await page.goto(`/campaigns/${campaignId}/council`);
  await expect(page.getByRole('heading', { name: 'Màn hình chiếu' })).toBeVisible();
  const [projector] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: /Mở màn hình chiếu/ }).click()]);
  await projector.waitForLoadState();
  await page.keyboard.press('3');
  // The units first, then the 60 people: a page with both categories' headings.
  await expect(projector.locator('.slide-page')).toHaveText(/^Trang 1\/\d+$/);
  await expect(projector.getByRole('heading', { level: 2 })).toHaveText(['Tập thể', 'Cá nhân']);
  for (const [width, height] of SIZES) {
    await projector.setViewportSize({ width, height });
    await expectLegible(projector, '.slide-candidates .name');
    await projector.screenshot({ path: `${SHOTS}/candidates-all-p1-${width}.png` });
  }
  await page.keyboard.press('PageDown');
  await expect(projector.locator('.slide-page')).toHaveText(/^Trang 2\//);
  await expect(projector.getByRole('heading', { level: 2 })).toHaveText(['Cá nhân']);
});

