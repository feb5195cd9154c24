// The ledger's read model (one record per year) against a fake-indexeddb database: whatever the
// sequence of imports and corrections — across years, of corrections, annulments — the rows read
// page by page are the rows computed from every entry, and pages that are not whole are never
// trusted.
import Dexie from 'dexie';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AwardEntryInput } from '../domain/award-history';
import { historyRows, type HistoryRow } from '../domain/award-history-view';
import { randomId, newId } from '../lib/ids';
import { importAwards, listAwards, recordCorrection } from './award-history-repo';
import { BinhXetDatabase } from './database';
import { ledgerPagesWhole, readLedger, repairLedgerPages } from './ledger-pages-repo';
import { freshDatabase } from './test-db';
import { DB_VERSIONS } from './versions';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});

const PEOPLE = [newId(), newId(), newId()];
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'];

function line(person: number, year: number, title = 'Lao động tiên tiến'): AwardEntryInput {
  return {
    category: 'individual',
    personId: PEOPLE[person],
    subjectName: NAMES[person] ?? '',
    unitName: 'Phòng Kinh tế',
    title,
    year,
    decisionNumber: `${year}/QĐ-UBND`,
    giver: 'Chủ tịch Ủy ban nhân dân xã',
    amount: 710_000,
    source: { kind: 'manual' },
  };
}

/** What the ledger shows of a row: which entry, its state, what it corrects and what replaced it. */
const shown = (rows: readonly HistoryRow[]) => rows.map((r) => [r.id, r.entry.year, r.state, r.corrects?.id ?? '', r.supersededBy?.id ?? '', r.search]);

async function expectPagesMatchEntries() {
  const expected = historyRows(await listAwards());
  const all = await readLedger((years) => years);
  expect(all.stale).toBe(false);
  expect(shown(all.rows)).toEqual(shown(expected));
  expect(all.lines).toBe(expected.length);
  // The page reads the newest year first, then the others: together, the same rows in the same order.
  const head = await readLedger((years) => years.slice(0, 1));
  const tail = await readLedger((years) => years.slice(1));
  expect(shown([...head.rows, ...tail.rows])).toEqual(shown(expected));
  for (const year of all.years) {
    const one = await readLedger(() => [year]);
    expect(shown(one.rows)).toEqual(shown(expected.filter((r) => r.entry.year === year)));
  }
}

describe('the ledger read one year at a time', () => {
  it('reads the newest year first and says which years the ledger has', async () => {
    await importAwards([line(0, 2023), line(1, 2025), line(2, 2024), line(0, 2025, 'Chiến sĩ thi đua cơ sở')], 'so.xlsx');
    const head = await readLedger((years) => years.slice(0, 1));
    expect(head.years).toEqual([2025, 2024, 2023]);
    expect(head.lines).toBe(4);
    expect(head.rows.map((r) => [r.entry.year, r.entry.subjectName])).toEqual([
      [2025, 'Nguyễn Văn An'],
      [2025, 'Trần Thị Bình'],
    ]);
    await expectPagesMatchEntries();
  });

  it('a correction recorded in another year changes how the corrected year reads', async () => {
    const [old] = await importAwards([line(0, 2024)], 'so.xlsx');
    if (!old) throw new Error('no entry');
    // The award was in fact of 2025: the correction is a 2025 line; the 2024 line reads "corrected".
    const fix = await recordCorrection(old.id, { reason: 'Ghi nhầm năm', annul: false, values: { year: 2025 } });
    const year2024 = await readLedger(() => [2024]);
    expect(year2024.rows.map((r) => [r.state, r.supersededBy?.id])).toEqual([['corrected', fix.id]]);
    const year2025 = await readLedger(() => [2025]);
    expect(year2025.rows.map((r) => [r.state, r.corrects?.id])).toEqual([['current', old.id]]);
    await expect(recordCorrection(old.id, { reason: 'Lần nữa', annul: true })).rejects.toThrow('đã được điều chỉnh');
    await expectPagesMatchEntries();
  });

  it('any sequence of imports, corrections and annulments reads as the entries say', async () => {
    type Step = { kind: 'import'; lines: [number, number][] } | { kind: 'correct'; pick: number; year: number; annul: boolean };
    const step = fc.oneof(
      fc.record({ kind: fc.constant('import' as const), lines: fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 2021, max: 2025 })), { minLength: 1, maxLength: 4 }) }),
      fc.record({ kind: fc.constant('correct' as const), pick: fc.nat(), year: fc.integer({ min: 2021, max: 2025 }), annul: fc.boolean() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps: Step[]) => {
        database = freshDatabase();
        for (const s of steps) {
          if (s.kind === 'import') {
            await importAwards(s.lines.map(([p, y]) => line(p, y)), 'so.xlsx');
            continue;
          }
          // Only a line that stands can be corrected: the latest of its chain.
          const standing = historyRows(await listAwards()).filter((r) => r.state === 'current' && !r.entry.corrects?.annul);
          const target = standing[s.pick % Math.max(1, standing.length)];
          if (target) await recordCorrection(target.id, { reason: 'Sửa', annul: s.annul, values: { year: s.year } });
        }
        await expectPagesMatchEntries();
      }),
      { numRuns: 25 },
    );
  });

  it('pages that are not whole are not trusted: the rows come from the entries until rebuilt', async () => {
    await importAwards([line(0, 2024), line(1, 2025)], 'so.xlsx');
    await database.ledgerPages.clear();
    const read = await readLedger((years) => years);
    expect(read.stale).toBe(true);
    expect(shown(read.rows)).toEqual(shown(historyRows(await listAwards())));
    await repairLedgerPages();
    await expectPagesMatchEntries();
    // The ledger page reads the pages without counting (`pages`), then checks them: found not whole,
    // it reads the entries (`entries`) until they are rebuilt.
    await database.ledgerPages.delete('year:2024');
    expect(await ledgerPagesWhole()).toBe(true); // the summary still counts every record…
    const [first] = await listAwards();
    if (!first) throw new Error('the import wrote nothing');
    await database.awards.add({ ...first, id: newId(), year: 2022 });
    expect(await ledgerPagesWhole()).toBe(false); // …but not one written behind its back
    const trusted = await readLedger((years) => years, 'pages');
    expect(trusted.stale).toBe(false);
    expect(trusted.years).toEqual([2025, 2024]);
    const fromEntries = await readLedger((years) => years, 'entries');
    expect(fromEntries.stale).toBe(true);
    expect(shown(fromEntries.rows)).toEqual(shown(historyRows(await listAwards())));
    await repairLedgerPages();
    expect(await ledgerPagesWhole()).toBe(true);
    expect(shown((await readLedger((years) => years, 'pages')).rows)).toEqual(shown(historyRows(await listAwards())));
    // An import after pages went missing rebuilds them rather than adding to a partial set.
    await database.ledgerPages.clear();
    await importAwards([line(2, 2023)], 'so.xlsx');
    await expectPagesMatchEntries();
  });

  it('pages left unordered by the upgrade read the same rows, and say so until rebuilt', async () => {
    await importAwards([line(2, 2025), line(0, 2025), line(1, 2024), line(1, 2025, 'Chiến sĩ thi đua cơ sở')], 'so.xlsx');
    const expected = shown(historyRows(await listAwards()));
    const ordered = await readLedger((years) => years, 'pages');
    expect(ordered.unordered).toBeUndefined();
    expect(shown(ordered.rows)).toEqual(expected);
    // As version 5's upgrade wrote them: in the table's order, without search text.
    for (const page of await database.ledgerPages.toArray()) {
      if (page.kind === 'year') await database.ledgerPages.put({ id: page.id, kind: 'year', year: page.year, entries: [...page.entries].reverse() });
    }
    const upgraded = await readLedger((years) => years, 'pages');
    expect(upgraded.unordered).toBe(true);
    expect(shown(upgraded.rows)).toEqual(expected);
    await repairLedgerPages();
    const rebuilt = await readLedger((years) => years.slice(0, 1), 'pages');
    expect(rebuilt.unordered).toBeUndefined();
    expect(shown(rebuilt.rows)).toEqual(expected.filter(([, year]) => year === 2025));
  });

  it('an empty ledger reads as whole and empty without a count', async () => {
    expect(await ledgerPagesWhole()).toBe(true);
    const read = await readLedger((years) => years, 'pages');
    expect(read).toMatchObject({ years: [], lines: 0, rows: [], stale: false });
  });
});

describe('the upgrade to version 5', () => {
  it('builds the pages from the entries version 4 kept', async () => {
    const name = `ledger-${randomId()}`;
    const v4 = new Dexie(name);
    for (const v of DB_VERSIONS.filter((x) => x.version <= 4)) {
      const declared = v4.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    await v4.open();
    database = freshDatabase();
    const entries = await importAwards([line(0, 2023), line(1, 2024)], 'so.xlsx');
    await v4.table('awards').bulkAdd(entries);
    v4.close();
    const latest = new BinhXetDatabase(name);
    await latest.open();
    const summary = await latest.ledgerPages.get('summary');
    expect(summary).toMatchObject({ kind: 'summary', total: 2, years: { '2023': 1, '2024': 1 } });
    expect((await latest.ledgerPages.get('year:2024'))?.kind).toBe('year');
    latest.close();
  });
});
