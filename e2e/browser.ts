// Which Chromium the e2e tests drive: CHROMIUM_PATH, then Debian's /usr/bin/chromium,
// then Playwright's own download. Without any, fail with one line saying how to get one.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} không tồn tại: hãy sửa đường dẫn hoặc bỏ biến này.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let own: string | undefined;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined;
  }
  if (own && existsSync(own)) return undefined; // Playwright's own browser: let it choose.
  throw new Error(
    'No Chromium found for the e2e tests: install one (Debian: `apt-get install chromium`, or `npx playwright install chromium`) or set CHROMIUM_PATH.',
  );
}
