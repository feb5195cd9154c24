#!/usr/bin/env node
// `npm run bench` — builds the app with the benchmark page, launches Chromium with an
// on-disk profile, seeds a district-scale dataset through the app's repositories, and
// measures each operation against its baseline in the same run. Prints a markdown table
// and writes bench/results.json. `--smoke` runs the same code on a tiny dataset (npm test).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { measurements } from './measurements.mjs';

const root = resolve(import.meta.dirname, '..');
const smoke = process.argv.includes('--smoke');
const runs = smoke ? 1 : Number(process.env.BENCH_RUNS ?? 3);
const port = Number(process.env.BENCH_PORT ?? (smoke ? 4319 : 4318));
// BENCH_SCALE=0.2 runs the full benchmark on a fifth of the district-scale dataset (say so when quoting it).
const factor = smoke ? 1 : Number(process.env.BENCH_SCALE ?? 1);
const origin = `http://127.0.0.1:${port}`;

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info', '--js-flags=--expose-gc'];

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function waitForServer(url, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

console.log(`Building the app with the benchmark page${smoke ? ' (smoke run)' : ''}…`);
execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
const server = spawn('npx', ['vite', 'preview', '--config', 'bench/vite.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore', detached: true });
const profile = mkdtempSync(join(tmpdir(), 'binh-xet-bench-'));
let context;
try {
  await waitForServer(`${origin}/bench/bench.html`);
  const executablePath = chromiumPath();
  context = await chromium.launchPersistentContext(profile, { args: ARGS, ...(executablePath ? { executablePath } : {}), viewport: { width: 1366, height: 768 } });
  const results = [];
  // BENCH_ONLY=4,6 runs only those measurements (when profiling one of them).
  const only = process.env.BENCH_ONLY?.split(',').map(Number);
  for (const m of measurements.filter((x) => !only || only.includes(x.id) || (x.id !== 2 && [3, 7].includes(x.id) && only.includes(2)))) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const sample = await m.run({ context, origin, smoke, factor, root, gzipSync, readFileSync });
      if (sample === null) break;
      samples.push(sample);
    }
    if (samples.length === 0) {
      results.push({ id: m.id, name: m.name, status: 'not measured yet', target: m.target });
      continue;
    }
    const value = median(samples.map((s) => s.value));
    const baseline = samples[0].baseline === undefined ? undefined : median(samples.map((s) => s.baseline));
    const ratio = baseline ? value / baseline : undefined;
    results.push({ id: m.id, name: m.name, unit: m.unit, value, baseline, baselineName: m.baselineName, ratio, target: m.target, extra: samples[samples.length - 1].extra ?? {}, runs: samples.length });
  }
  results.sort((a, b) => a.id - b.id);
  const fmt = (n, unit) => (n === undefined ? '—' : unit === 'KB' ? `${n.toFixed(1)} KB` : unit === 'MB' ? `${n.toFixed(1)} MB` : `${n.toFixed(unit === 'ms' && n < 10 ? 2 : 0)} ${unit}`);
  const lines = ['| # | Measure | Value | Baseline | Ratio | Target | Also |', '|---|---|---|---|---|---|---|'];
  for (const r of results) {
    if (r.status) lines.push(`| ${r.id} | ${r.name} | ${r.status} | | | ${r.target} | |`);
    else lines.push(`| ${r.id} | ${r.name} | ${fmt(r.value, r.unit)} | ${r.baseline === undefined ? '—' : `${fmt(r.baseline, r.unit)} (${r.baselineName})`} | ${r.ratio === undefined ? '—' : `${r.ratio.toFixed(2)}×`} | ${r.target} | ${Object.entries(r.extra).map(([k, v]) => `${k}: ${v}`).join(', ')} |`);
  }
  console.log(`\n${lines.join('\n')}\n`);
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: context.browser()?.version() ?? 'persistent context' };
  const out = { date: new Date().toISOString(), smoke, scale: factor, runs, machine, results };
  writeFileSync(join(root, 'bench', smoke ? 'results-smoke.json' : 'results.json'), `${JSON.stringify(out, null, 2)}\n`);
  const failed = results.filter((r) => !r.status && (r.value === undefined || Number.isNaN(r.value)));
  if (failed.length) {
    console.error(`bench: ${failed.length} measurement(s) produced no value`);
    process.exitCode = 1;
  }
  console.log(`bench: ${results.filter((r) => !r.status).length} measured, ${results.filter((r) => r.status).length} not measured yet`);
} finally {
  await context?.close();
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
  rmSync(profile, { recursive: true, force: true });
}
