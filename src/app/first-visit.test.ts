// The first visit downloads what main.tsx reaches through static imports (lazy pages come later).
// The target is ≤ 150 KB gzip of JavaScript (benchmark measurement 5); the schema library and the
// legal texts alone are ~30 KB of it, so one static import of a repository or a schema from the
// shell breaks the target without any test noticing. This walks the source's static import graph
// from the entry and names the chain that reaches a module the first visit must not carry.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '..');
const ENTRY = join(SRC, 'app', 'main.tsx');

/** Packages and source modules that belong to pages, not to the shell. */
const NOT_ON_FIRST_VISIT = ['zod', 'docx', 'read-excel-file', 'write-excel-file', '@tanstack/react-table', 'react-hook-form'];
const SOURCE_NOT_ON_FIRST_VISIT = ['domain/legal-bases.ts', 'domain/annual-titles.ts', 'domain/campaign.ts', 'db/repository.ts'];

/** Static, value-carrying imports and re-exports of a module (type-only ones vanish at build). */
function staticImports(code: string): string[] {
  const found: string[] = [];
  const statement = /^\s*(import|export)\s+([^'";]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (const m of code.matchAll(statement)) {
    if (m[4]) {
      found.push(m[4]);
      continue;
    }
    const clause = (m[2] ?? '').trim();
    if (clause.startsWith('type ')) continue;
    const braces = /^\{([^}]*)\}$/.exec(clause);
    if (braces) {
      const names = (braces[1] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      if (names.length > 0 && names.every((n) => n.startsWith('type '))) continue;
    }
    if (m[3]) found.push(m[3]);
  }
  return found;
}

function resolveSource(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.(ts|tsx)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Every module the entry reaches, with the chain that first reached it. */
function firstVisitGraph(): Map<string, string[]> {
  const reached = new Map<string, string[]>([[ENTRY, [ENTRY]]]);
  const queue = [ENTRY];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const chain = reached.get(file) ?? [file];
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = resolveSource(file, spec);
        if (!target || reached.has(target)) continue;
        reached.set(target, [...chain, target]);
        queue.push(target);
      } else if (!reached.has(spec)) {
        reached.set(spec, [...chain, spec]);
      }
    }
  }
  return reached;
}

const show = (chain: string[]) => chain.map((f) => (f.startsWith(SRC) ? relative(SRC, f) : f)).join(' → ');

describe('the first visit', () => {
  const graph = firstVisitGraph();

  it('reaches the shell, the router and the database', () => {
    const sources = [...graph.keys()].map((f) => relative(SRC, f));
    expect(sources).toContain('app/routes.tsx');
    expect(sources).toContain('db/database.ts');
    expect(graph.has('react-router')).toBe(true);
  });

  it.each(NOT_ON_FIRST_VISIT)('does not carry the package %s', (pkg) => {
    const hit = [...graph.entries()].find(([spec]) => spec === pkg || spec.startsWith(`${pkg}/`));
    expect(hit ? show(hit[1]) : null).toBeNull();
  });

  it.each(SOURCE_NOT_ON_FIRST_VISIT)('does not carry %s', (path) => {
    const chain = graph.get(join(SRC, path));
    expect(chain ? show(chain) : null).toBeNull();
  });
});
