// npm run docs:render — every Word file of the demo campaign (2025 and a 2026 rerun), then
// PDF and PNG pages with LibreOffice and poppler so a person can look at them.
//   node scripts/docs-render.mjs [--out DIR]      (default: /tmp/binh-xet-docs)
// The .docx are built by the app's own builders, loaded through Vite (no browser needed).
// Without soffice / pdftoppm on the PATH only the .docx are written, and it says so.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer } from 'vite';

const outArg = process.argv.indexOf('--out');
const out = resolve(outArg > 0 ? (process.argv[outArg + 1] ?? '') : '/tmp/binh-xet-docs');
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'png'), { recursive: true });

const server = await createServer({ configFile: false, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false }, optimizeDeps: { noDiscovery: true, include: [] } });
let files;
try {
  const { renderAll } = await server.ssrLoadModule('/scripts/docs-render-entry.ts');
  files = await renderAll();
} finally {
  await server.close();
}
for (const f of files) writeFileSync(join(out, f.name), f.bytes);
console.log(`${files.length} tệp Word trong ${out}`);

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
if (!has('soffice')) {
  console.log('Bỏ qua PDF/PNG: không có LibreOffice (soffice). Cài: apt-get install libreoffice-writer-nogui poppler-utils');
  process.exit(0);
}
const docx = files.map((f) => join(out, f.name));
// One soffice run for all files; a private profile so a running LibreOffice is not disturbed.
execFileSync('soffice', ['-env:UserInstallation=file:///tmp/binh-xet-lo-profile', '--headless', '--convert-to', 'pdf', '--outdir', out, ...docx], { stdio: 'ignore', timeout: 300_000 });
const pdfs = readdirSync(out).filter((n) => n.endsWith('.pdf'));
console.log(`${pdfs.length} tệp PDF`);
if (!has('pdftoppm')) {
  console.log('Bỏ qua PNG: không có pdftoppm (poppler-utils).');
  process.exit(0);
}
for (const pdf of pdfs) execFileSync('pdftoppm', ['-png', '-r', '60', join(out, pdf), join(out, 'png', pdf.replace(/\.pdf$/, ''))]);
console.log(`${readdirSync(join(out, 'png')).length} trang PNG trong ${join(out, 'png')}`);
