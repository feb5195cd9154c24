// Accessibility: axe finds no serious or critical violation on any page, and focus is visible.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

const STATIC_PAGES = ['/', '/settings', '/help', '/campaigns', '/register', '/council', '/documents', '/backup', '/khong-co'];

async function expectNoSeriousViolations(page: import('@playwright/test').Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
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
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]{36}$/);
  const base = new URL(page.url()).pathname;
  for (const sub of ['', '/plan', '/participants', '/evidence', '/nominations', '/council', '/documents']) {
    await page.goto(base + sub);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page, base + sub);
  }
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
