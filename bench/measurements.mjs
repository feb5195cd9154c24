// The benchmark's measurements. Each returns { value, baseline?, extra? } for one run,
// or null when the feature it measures is not built yet.

async function benchPage(context, origin) {
  const page = await context.newPage();
  await page.goto(`${origin}/bench/bench.html`);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

export const measurements = [
  {
    id: 1,
    name: 'Bulk write through the repositories',
    unit: 'ms',
    baselineName: 'raw IndexedDB put',
    target: '≤ 1.3×',
    async run({ context, origin, smoke }) {
      const page = await benchPage(context, origin);
      await page.evaluate((s) => window.bench.prepare(s), smoke ? 'smoke' : 'full');
      const r = await page.evaluate(() => window.bench.measureWrite());
      await page.close();
      return { value: r.repo, baseline: r.raw };
    },
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
        await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
        await page.waitForSelector(ready);
        const ms = await page.evaluate(() => performance.now());
        const js = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
        await page.close();
        return { ms, js };
      };
      const base = await measure('/bench/baseline.html', 'h1');
      const app = await measure('/', 'main h1');
      return { value: app.ms, baseline: base.ms, extra: { firstVisitJsGzipKB: +(app.js / 1024).toFixed(1) } };
    },
  },
];
