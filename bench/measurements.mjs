// The benchmark's measurements. Each returns { value, baseline?, extra? } for one run,
// or null when the feature it measures is not built yet.

async function benchPage(context, origin) {
  const page = await context.newPage();
  await page.goto(`${origin}/bench/bench.html`);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

import { campaignPages, historyTable, liveUpdate, nominationTable, projectorLatency } from './page-measurements.mjs';

// Measurements 2, 3 and 7 come from one in-page run (export, then import of those files);
// measurement 2 takes it, 3 and 7 read the same samples in order.
const backupSamples = [];
const backupRead = { import: 0, heap: 0 };
async function backupSample({ context, origin, smoke, factor }) {
  const page = await benchPage(context, origin);
  await page.evaluate(([s, f]) => window.bench.ensureSeeded(s, f), [smoke ? 'smoke' : 'full', factor]);
  const r = await page.evaluate(() => window.bench.measureBackup());
  await page.close();
  backupSamples.push(r);
  return r;
}
const MB = 1024 * 1024;
let writeRuns = 0;

export const measurements = [
  {
    id: 1,
    name: 'Bulk write through the repositories',
    unit: 'ms',
    baselineName: 'raw IndexedDB put',
    target: '≤ 1.3×',
    async run({ context, origin, smoke, factor }) {
      // Each side writes into its own origin's IndexedDB (its own LevelDB: the baseline on
      // "localhost", the app on 127.0.0.1), and the order alternates between runs, so that
      // neither pays for the other's data or for coming second.
      const write = async (at, call) => {
        const page = await benchPage(context, at);
        await page.evaluate(([s, f]) => window.bench.prepare(s, f), [smoke ? 'smoke' : 'full', factor]);
        const r = await page.evaluate((c) => window.bench[c](), call);
        await page.close();
        return r;
      };
      const rawFirst = writeRuns++ % 2 === 0;
      const raw = rawFirst ? await write(origin.replace('127.0.0.1', 'localhost'), 'measureRawWrite') : undefined;
      const r = await write(origin, 'measureRepoWrite');
      const { raw: rawMs } = raw ?? (await write(origin.replace('127.0.0.1', 'localhost'), 'measureRawWrite'));
      return { value: r.repo, baseline: rawMs, extra: { 'of which zod validation ms': Math.round(r.validate), 'baseline first': rawFirst } };
    },
  },
  {
    id: 2,
    name: 'Backup export (all data, to a Blob)',
    unit: 'ms',
    baselineName: 'raw getAll + JSON.stringify + base64',
    target: '≤ 1.5×, faster than dexie-export-import',
    async run(ctx) {
      const r = await backupSample(ctx);
      return { value: r.export.app, baseline: r.export.raw, extra: { 'dexie-export-import ms': Math.round(r.export.dexie), 'vs dexie': `${(r.export.app / r.export.dexie).toFixed(2)}×`, 'file MB': +(r.sizes.app / MB).toFixed(1) } };
    },
  },
  {
    id: 3,
    name: 'Backup import (read, validate, preview, restore into an empty database)',
    unit: 'ms',
    baselineName: 'raw JSON.parse + put',
    target: '≤ 1.5×, faster than dexie-export-import',
    async run() {
      const r = backupSamples[backupRead.import++];
      if (!r) return null;
      return { value: r.import.app, baseline: r.import.raw, extra: { 'dexie-export-import ms': Math.round(r.import.dexie), 'vs dexie': `${(r.import.app / r.import.dexie).toFixed(2)}×`, 'of which read + validate + preview ms': Math.round(r.importPreviewMs), 'evidence restored': r.restoredEvidence } };
    },
  },
  {
    id: 7,
    name: 'Peak JS heap above start, export / import',
    unit: 'MB',
    baselineName: 'backup file size',
    target: '≤ 2× the file size',
    async run() {
      const r = backupSamples[backupRead.heap++];
      if (!r) return null;
      const peak = Math.max(r.heap.exportPeak, r.heap.importPeak);
      return { value: peak / MB, baseline: r.sizes.app / MB, extra: { 'export peak MB': +(r.heap.exportPeak / MB).toFixed(1), 'import peak MB': +(r.heap.importPeak / MB).toFixed(1) } };
    },
  },
  {
    id: 4,
    name: 'Nomination table: keystroke → rows updated, p95',
    unit: 'ms',
    target: 'p95 ≤ 50 ms, < 100 DOM rows',
    run: nominationTable,
  },
  {
    id: 5,
    name: 'Cold start to interactive, CPU ×4',
    unit: 'ms',
    baselineName: 'static page',
    target: '≤ 1000 ms, ≤ 150 KB gzip JS',
    async run({ context, origin, gzipSync }) {
      const measure = async (path, ready) => {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        const scripts = [];
        page.on('response', async (res) => {
          if (res.request().resourceType() === 'script') scripts.push(res.body().then((b) => gzipSync(b).length).catch(() => 0));
        });
        // The page notes when the heading enters the DOM. Polling for it from here
        // (waitForSelector, then reading performance.now()) added 0.5–1.5 s of round trips to a
        // throttled renderer, to the static page as much as to the app, growing with the load.
        await page.addInitScript((selector) => {
          const seen = new MutationObserver(() => {
            if (document.querySelector(selector)) {
              seen.disconnect();
              window.__headingAt = performance.now();
            }
          });
          seen.observe(document, { childList: true, subtree: true });
        }, ready);
        await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
        await page.waitForSelector(ready);
        const polled = await page.evaluate(() => performance.now());
        const ms = await page.evaluate(() => window.__headingAt);
        const js = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
        await page.close();
        return { ms, polled, js };
      };
      const base = await measure('/bench/baseline.html', 'h1');
      const app = await measure('/', 'main h1');
      return { value: app.ms, baseline: base.ms, extra: { firstVisitJsGzipKB: +(app.js / 1024).toFixed(1), 'polled from outside ms (app / static)': `${Math.round(app.polled)} / ${Math.round(base.polled)}` } };
    },
  },
  {
    id: 6,
    name: 'Projector: operator action → projector updated, p95',
    unit: 'ms',
    target: 'p95 ≤ 100 ms',
    run: projectorLatency,
  },
  {
    id: 8,
    name: 'Campaign pages: address → main content, worst page',
    unit: 'ms',
    baselineName: 'static page',
    target: '≤ 1000 ms every page',
    run: campaignPages,
  },
  {
    id: 9,
    name: 'Live update: evidence saved in another tab → nomination table shows it, p95',
    unit: 'ms',
    target: 'p95 ≤ 100 ms, no full re-read',
    run: liveUpdate,
  },
  {
    id: 10,
    name: 'Award history (sổ thi đua), every person × 5 years: keystroke → rows painted, p95',
    unit: 'ms',
    target: 'as the nomination table: p95 ≤ 50 ms, < 100 DOM rows; first rows ≤ 1000 ms',
    run: historyTable,
  },
];
