// Measurements 4 and 6 on the app's real pages, opened on the database the benchmark seeded:
// the nomination table (first rows, keystroke → rows from the page's performance marks, DOM
// rows) and the projector (operator click → projector slide changed). Each returns null when
// the page it needs is not in the app yet (the route shows another heading).

export function p95(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)];
}

async function seededIds(context, origin, smoke, factor) {
  const page = await context.newPage();
  await page.goto(`${origin}/bench/bench.html`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.evaluate(([s, f]) => window.bench.ensureSeeded(s, f), [smoke ? 'smoke' : 'full', factor]);
  const ids = await page.evaluate(() => window.bench.seededIds());
  await page.close();
  return ids;
}

const SEARCH = 'nguyen van an';

export async function nominationTable({ context, origin, smoke, factor }) {
  const { campaignId, participants } = await seededIds(context, origin, smoke, factor);
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/campaigns/${campaignId}/nominations`);
    const h1 = await page.locator('main h1').first().textContent({ timeout: 60_000 });
    if (!/Đề xuất khen thưởng/.test(h1 ?? '')) return null;
    const grid = page.getByRole('grid');
    await grid.locator('tbody tr[aria-rowindex]').first().waitFor({ timeout: 120_000 });
    const firstRowsMs = await page.evaluate(() => performance.now());
    const domRows = await grid.locator('tbody tr').count();
    const box = page.getByRole('searchbox', { name: 'Tìm trong bảng' });
    await box.focus();
    const times = [];
    // Type the query one key at a time, then delete it: every keystroke filters all rows.
    const keys = [...SEARCH.split(''), ...SEARCH.split('').map(() => 'Backspace')];
    for (const key of keys) {
      await page.evaluate(() => performance.clearMarks());
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      // Rows are updated once React commits the filtered rows (the page marks 'rows-updated').
      await page.waitForFunction(() => performance.getEntriesByName('rows-updated').length > 0 && performance.getEntriesByName('filter-start').length > 0, null, { timeout: 60_000 });
      await page.waitForTimeout(30); // let a second render (if any) mark too
      times.push(
        await page.evaluate(() => {
          const start = performance.getEntriesByName('filter-start')[0].startTime;
          const end = performance.getEntriesByName('rows-updated').at(-1).startTime;
          return end - start;
        }),
      );
    }
    const domRowsAfter = await grid.locator('tbody tr').count();
    const slowest = times.map((ms, i) => [ms, i]).sort((a, b) => b[0] - a[0]).slice(0, 3).map(([ms, i]) => `${keys[i] === ' ' ? 'Space' : keys[i]}#${i + 1} ${Math.round(ms)}`).join(' ');
    return { value: p95(times), baseline: undefined, extra: { 'time to first rows ms': Math.round(firstRowsMs), 'DOM rows': Math.max(domRows, domRowsAfter), 'table rows': participants, keystrokes: times.length, slowest, 'median ms': +times.sort((a, b) => a - b)[Math.floor(times.length / 2)].toFixed(1) } };
  } finally {
    await page.close();
  }
}

export async function projectorLatency({ context, origin, smoke, factor }) {
  const { campaignId, sessionId } = await seededIds(context, origin, smoke, factor);
  if (!sessionId) return null;
  const operator = await context.newPage();
  const projector = await context.newPage();
  try {
    await operator.goto(`${origin}/campaigns/${campaignId}/council`);
    const h1 = await operator.locator('main h1').first().textContent({ timeout: 60_000 });
    const slides = operator.getByRole('group', { name: 'Chọn trang chiếu' });
    if (!/Hội đồng/.test(h1 ?? '')) return null;
    await slides.waitFor({ timeout: 60_000 });
    await projector.goto(`${origin}/present?session=${sessionId}`);
    await projector.locator('main.present[data-slide]').waitFor({ timeout: 60_000 });
    // The projector notes when its slide changes (a MutationObserver, on the shared clock).
    await projector.evaluate(() => {
      window.__slideAt = {};
      const note = () => {
        const slide = document.querySelector('main.present')?.getAttribute('data-slide');
        if (slide && !(slide in window.__slideAt)) window.__slideAt[slide] = performance.timeOrigin + performance.now();
      };
      new MutationObserver(note).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-slide'], childList: true });
    });
    // The operator's slide buttons, in SLIDES order: title, attendance, candidates, voting, results.
    const order = ['attendance', 'candidates', 'voting', 'results', 'title'];
    const buttons = slides.getByRole('button');
    const times = [];
    const labelled = [];
    let missed = 0;
    const rounds = smoke ? 1 : 4;
    for (let r = 0; r < rounds; r++) {
      for (const [i, slide] of order.entries()) {
        await projector.evaluate(() => (window.__slideAt = {}));
        const at = await buttons.nth((i + 1) % order.length).evaluate((b) => {
          const t = performance.timeOrigin + performance.now();
          b.click();
          return t;
        });
        // A click the projector never shows is counted as missed, not waited on forever.
        const seen = await projector.waitForFunction((s) => window.__slideAt[s], slide, { timeout: 10_000 }).then((h) => h.jsonValue()).catch(() => null);
        if (seen === null) missed += 1;
        else {
          times.push(seen - at);
          labelled.push([`${slide}#${r + 1}`, seen - at]);
        }
      }
    }
    if (times.length === 0) throw new Error('the projector showed none of the operator\'s slide changes');
    return { value: p95(times), baseline: undefined, extra: {
        actions: times.length,
        missed,
        slowest: labelled.sort((a, b) => b[1] - a[1]).slice(0, 3).map(([s, ms]) => `${s} ${Math.round(ms)}`).join(' '),
        'median ms': +times.sort((a, b) => a - b)[Math.floor(times.length / 2)].toFixed(1),
      } };
  } finally {
    await operator.close();
    await projector.close();
  }
}

// Measurement 8: each campaign page, opened by address, until its main content shows: the page's
// heading is in and nothing in <main> still says "Đang tải" (every page says so while its data
// loads), and, where the page has one, its first data row. Baseline: the static page, same way.
const CAMPAIGN_PAGES = [
  ['overview', (c) => `/campaigns/${c}`],
  ['participants', (c) => `/campaigns/${c}/participants`],
  ['evidence matrix', (c) => `/campaigns/${c}/evidence`],
  ["a participant's evidence", (c, ids) => (ids.participantId ? `/campaigns/${c}/evidence/${ids.participantId}` : null)],
  ['nominations', (c) => `/campaigns/${c}/nominations`, '[role="grid"] tbody tr[aria-rowindex]'],
  ['a dossier', (c, ids) => (ids.nominationId ? `/campaigns/${c}/nominations/${ids.nominationId}` : null)],
  ['council', (c) => `/campaigns/${c}/council`],
  ['documents list', (c) => `/campaigns/${c}/documents`],
  ['a document preview', (c) => `/campaigns/${c}/documents/bao-cao-tong-ket`],
  ['backup page', () => '/backup'],
];

// A page's first content is timed on an app the office PC has opened before (installed, its code
// cached), as in a full run, where earlier measurements open it: run alone (BENCH_ONLY), the first
// page timed would otherwise also pay the first visit's download, compile and service-worker install.
async function openAppOnce(context, origin) {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/`);
    await page.locator('main h1').first().waitFor({ timeout: 60_000 });
    await page.evaluate(() => navigator.serviceWorker?.ready.then(() => undefined));
  } finally {
    await page.close();
  }
}

async function firstContent(context, url, extra) {
  const page = await context.newPage();
  try {
    await page.addInitScript((selector) => {
      const ready = () => {
        const main = document.querySelector('main');
        if (!main?.querySelector('h1') || /Đang tải/.test(main.textContent ?? '')) return false;
        return !selector || !!main.querySelector(selector);
      };
      const seen = new MutationObserver(() => {
        if (ready()) {
          seen.disconnect();
          window.__contentAt = performance.now();
        }
      });
      seen.observe(document, { childList: true, subtree: true, characterData: true });
    }, extra ?? null);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__contentAt !== undefined, null, { timeout: 120_000 });
    return await page.evaluate(() => window.__contentAt);
  } finally {
    await page.close();
  }
}

export async function campaignPages({ context, origin, smoke, factor }) {
  const ids = await seededIds(context, origin, smoke, factor);
  if (!ids.campaignId) return null;
  await openAppOnce(context, origin);
  const base = await (async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/bench/baseline.html`, { waitUntil: 'load' });
    const ms = await page.evaluate(() => performance.now());
    await page.close();
    return ms;
  })();
  const times = [];
  for (const [name, path, extra] of CAMPAIGN_PAGES) {
    const to = path(ids.campaignId, ids);
    if (!to) continue;
    times.push([name, await firstContent(context, `${origin}${to}`, extra)]);
  }
  const sorted = times.map(([, ms]) => ms).sort((a, b) => a - b);
  const worst = times.reduce((a, b) => (b[1] > a[1] ? b : a));
  return {
    value: sorted[sorted.length - 1],
    baseline: base,
    extra: { 'median page ms': Math.round(sorted[Math.floor(sorted.length / 2)]), 'worst page': worst[0], ...Object.fromEntries(times.map(([n, ms]) => [n, Math.round(ms)])) },
  };
}

// Measurement 9: the nomination table is open; another tab saves one evidence for the first row's
// participant; time from that write's commit to the row's "Minh chứng" count changing on screen.
export async function liveUpdate({ context, origin, smoke, factor }) {
  const { campaignId } = await seededIds(context, origin, smoke, factor);
  if (!campaignId) return null;
  const table = await context.newPage();
  const writer = await context.newPage();
  try {
    await table.goto(`${origin}/campaigns/${campaignId}/nominations`);
    const grid = table.getByRole('grid');
    const firstRow = grid.locator('tbody tr[aria-rowindex]:not(.nt-group)').first();
    await firstRow.waitFor({ timeout: 120_000 });
    const column = (label) => grid.locator('thead tr[aria-rowindex="1"] th').evaluateAll((ths, l) => ths.findIndex((th) => th.textContent?.trim().startsWith(l)), label);
    const evidenceColumn = await column('Minh chứng');
    const nameColumn = await column('Tên');
    if (evidenceColumn < 0 || nameColumn < 0) return null;
    const name = await firstRow.evaluate((row, col) => row.children[col]?.textContent?.trim() ?? '', nameColumn);
    await writer.goto(`${origin}/bench/bench.html`);
    await writer.waitForSelector('body[data-ready="true"]');
    const times = [];
    let missed = 0;
    for (let i = 0; i < (smoke ? 3 : 20); i++) {
      await table.evaluate((col) => {
        const row = document.querySelector('[role="grid"] tbody tr[aria-rowindex]:not(.nt-group)');
        const cell = row?.children[col];
        const before = cell?.textContent;
        window.__changedAt = undefined;
        const seen = new MutationObserver(() => {
          const now = document.querySelector('[role="grid"] tbody tr[aria-rowindex]:not(.nt-group)')?.children[col]?.textContent;
          if (now !== before) {
            seen.disconnect();
            window.__changedAt = performance.timeOrigin + performance.now();
          }
        });
        seen.observe(document.querySelector('[role="grid"] tbody'), { subtree: true, childList: true, characterData: true });
      }, evidenceColumn);
      const committed = await writer.evaluate((n) => window.bench.addEvidenceFor(n), name);
      const shown = await table.waitForFunction(() => window.__changedAt, null, { timeout: 10_000 }).then((h) => h.jsonValue()).catch(() => null);
      if (shown === null) missed += 1;
      else times.push(shown - committed);
    }
    if (times.length === 0) throw new Error('the nomination table showed none of the evidence saved in another tab');
    return { value: p95(times), baseline: undefined, extra: { saves: times.length + missed, missed, participant: name, 'median ms': +times.sort((a, b) => a - b)[Math.floor(times.length / 2)].toFixed(1), 'evidence matrix': 'not measured yet' } };
  } finally {
    await table.close();
    await writer.close();
  }
}

// Measurement 10: the award history (sổ thi đua) of the whole register, five years per person:
// address → first ledger rows, then each keystroke of a search → the next frame painted after the
// page handled it (the filter runs in the input's own event), p95; and the DOM rows it keeps.
export async function historyTable({ context, origin, smoke, factor }) {
  await seededIds(context, origin, smoke, factor);
  const seedPage = await context.newPage();
  await seedPage.goto(`${origin}/bench/bench.html`);
  await seedPage.waitForSelector('body[data-ready="true"]');
  const { entries } = await seedPage.evaluate(() => window.bench.ensureHistory(5));
  await seedPage.close();
  await openAppOnce(context, origin);
  const firstRowsMs = await firstContent(context, `${origin}/history`, 'tbody tr');
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      document.addEventListener('keydown', () => { window.__keyAt = performance.now(); window.__paintedAt = undefined; }, true);
      document.addEventListener('input', () => requestAnimationFrame(() => setTimeout(() => { window.__paintedAt = performance.now(); }, 0)));
    });
    await page.goto(`${origin}/history`);
    const h1 = await page.locator('main h1').first().textContent({ timeout: 60_000 });
    if (!/Sổ thi đua/.test(h1 ?? '')) return null;
    await page.locator('main tbody tr').first().waitFor({ timeout: 120_000 });
    // The newest year shows first; the search runs over every year once the earlier ones are read.
    const allFrom = Date.now();
    await page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('đang đọc các năm trước'), null, { timeout: 120_000 });
    const allYearsMs = Date.now() - allFrom;
    const box = page.getByRole('searchbox', { name: /Tìm theo tên/ });
    await box.focus();
    const times = [];
    const keys = [...SEARCH.split(''), ...SEARCH.split('').map(() => 'Backspace')];
    for (const key of keys) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await page.waitForFunction(() => window.__paintedAt !== undefined, null, { timeout: 60_000 });
      times.push(await page.evaluate(() => window.__paintedAt - window.__keyAt));
    }
    const domRows = await page.locator('main tbody tr').count();
    return { value: p95(times), baseline: undefined, extra: { 'time to first rows ms': Math.round(firstRowsMs), 'then every year ms': allYearsMs, 'ledger entries': entries, 'DOM rows': domRows, keystrokes: times.length, 'median ms': +[...times].sort((a, b) => a - b)[Math.floor(times.length / 2)].toFixed(1) } };
  } finally {
    await page.close();
  }
}
