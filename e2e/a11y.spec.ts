// Accessibility: axe finds no serious or critical violation on any page, and focus is visible.
import AxeBuilder from '@axe-core/playwright';
import { moveCampaign } from './steps';
import { test, expect } from './fixtures';

const STATIC_PAGES = ['/', '/settings', '/help', '/campaigns', '/register', '/council', '/documents', '/backup', '/khong-co'];

async function expectNoSeriousViolations(page: import('@playwright/test').Page, where: string) {
  // label-content-name-mismatch (WCAG 2.5.3, a voice user says what they see) is experimental in
  // axe and off unless asked for.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${where}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`)).toEqual([]);
}

test('every top-level page is free of serious accessibility violations', async ({ page }) => {
  for (const path of STATIC_PAGES) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page, path);
  }
});

test('the demo campaign pages are free of serious accessibility violations', async ({ page }) => {
  test.setTimeout(180_000); // a dozen full-page axe runs (the plan editor is checked in campaigns.spec.ts)
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]{36}$/);
  const base = new URL(page.url()).pathname;
  for (const sub of ['', '/plan', '/participants', '/evidence', '/evidence/gates', '/nominations', '/council', '/documents', '/documents/to-trinh', '/documents/giay-khen']) {
    await page.goto(base + sub);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page, base + sub);
  }
  // One page of each kind below the tabs: a participant's evidence, a dossier.
  await page.goto(`${base}/evidence`);
  await page.getByRole('link', { name: /, tiêu chí 1:/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, 'participant evidence');
  await page.goto(`${base}/nominations`);
  await page.getByRole('combobox', { name: 'Lọc theo đã đề xuất' }).selectOption('Đã đề xuất');
  await page.getByRole('grid', { name: 'Bảng đối tượng và đề xuất' }).locator('tbody .nt-link').first().click();
  await expect(page.getByRole('heading', { name: /^Hồ sơ: / })).toBeVisible();
  await expectNoSeriousViolations(page, 'dossier');
});

test('the projector window is free of serious accessibility violations, on every kind of slide', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]{36}$/);
  await moveCampaign(page, 'Chuyển Hội đồng xét');
  await page.goto(`${new URL(page.url()).pathname}/council`);
  await page.getByRole('button', { name: 'Tạo phiên họp' }).click();
  const [projector] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: /Mở màn hình chiếu/ }).click()]);
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await expect(projector.getByRole('heading', { name: 'Phiên họp bình xét khen thưởng' })).toBeVisible();
  await expectNoSeriousViolations(projector, 'projector: title');
  await page.getByRole('button', { name: /Điểm danh, túc số/ }).click();
  await expect(projector.locator('.slide-big')).toContainText('Đủ túc số');
  await expectNoSeriousViolations(projector, 'projector: attendance');
  await page.getByRole('form', { name: 'Chuẩn bị vòng bỏ phiếu mới' }).getByRole('button', { name: 'Chuẩn bị vòng bỏ phiếu' }).click();
  await page.getByTestId('round-1').getByRole('button', { name: 'Chiếu ứng viên' }).click();
  await expect(projector.locator('.slide-candidates .name').first()).toBeVisible();
  await expectNoSeriousViolations(projector, 'projector: candidates');
});

test('focus is visible when moving through the page with the keyboard', async ({ page }) => {
  await page.goto('/settings');
  // 'load' can fire before the lazy page's chunk has arrived: wait for the page itself.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return 'none';
    const style = getComputedStyle(el);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
  expect(outline).not.toMatch(/^none/);
  expect(outline).not.toMatch(/ 0px$/);
});

/** Presses Tab until the focused element's text matches, as a keyboard user would. */
async function tabTo(page: import('@playwright/test').Page, text: RegExp, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
    if (text.test(focused)) return;
  }
  throw new Error(`Tab never reached ${text}`);
}

test('from the keyboard alone: skip the menu, load the demo, a dialog, the projector and its slides', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Bỏ qua thanh điều hướng' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, /^Dùng dữ liệu mẫu$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]{36}$/);
  const base = new URL(page.url()).pathname;

  // A dialog opens on Enter, holds the focus, and Esc gives it back to the button.
  await tabTo(page, /^Ghi nhận kết quả$/);
  const opener = await page.evaluateHandle(() => document.activeElement);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await page.evaluate((el) => document.activeElement === el, opener)).toBe(true);

  // The council: a session by keyboard, then P opens the projector and digits change its slide.
  await page.goto(`${base}/council`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await tabTo(page, /Tạo phiên họp$/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('quorum')).toContainText('Có mặt 9/9');
  const [projector] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
  await expect(projector.getByRole('heading', { name: 'Phiên họp bình xét khen thưởng' })).toBeVisible();
  await page.bringToFront();
  await page.keyboard.press('2');
  await expect(projector.locator('.slide-big')).toContainText('Có mặt 9/9');
});

test('the help page lists the shortcuts the app answers', async ({ page }) => {
  await page.goto('/help');
  for (const where of ['Mọi trang', 'Bảng đề xuất khen thưởng', 'Trang Hội đồng của phong trào (khi có phiên họp)']) {
    await expect(page.getByRole('table', { name: where })).toBeVisible();
  }
  await expect(page.getByRole('table', { name: /Trang Hội đồng/ }).getByRole('row', { name: /^P Mở màn hình chiếu/ })).toBeVisible();
});
