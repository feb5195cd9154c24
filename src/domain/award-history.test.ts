import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  awardEntrySchema,
  checkConsecutive,
  consecutiveYears,
  correctionFields,
  decisionEntryId,
  priorAwards,
  resolveHistory,
  standingAwards,
  type AwardEntry,
} from './award-history';
import { newId } from '../lib/ids';

const PERSON = newId();
const OTHER = newId();
const UNIT = newId();
let clock = Date.parse('2026-01-01T00:00:00.000Z');

function entry(fields: Partial<AwardEntry> = {}): AwardEntry {
  const at = new Date((clock += 1000)).toISOString();
  return awardEntrySchema.parse({
    category: 'individual',
    personId: PERSON,
    unitId: UNIT,
    subjectName: 'Nguyễn Văn An',
    unitName: 'Văn phòng - Thống kê',
    title: 'Lao động tiên tiến',
    year: 2024,
    decisionNumber: '12/QĐ-UBND',
    decisionDate: '2024-12-20',
    giver: 'Chủ tịch Ủy ban nhân dân xã Văn Giáo',
    amount: 702_000,
    source: { kind: 'manual' },
    id: newId(),
    createdAt: at,
    updatedAt: at,
    rev: 1,
    ...fields,
  });
}

function correction(of: AwardEntry, values: Partial<AwardEntry>, annul = false): AwardEntry {
  return entry({ ...(correctionFields(of, { reason: 'Sai số tiền', annul, values }) as Partial<AwardEntry>) });
}

describe('the schema', () => {
  it('cleans what is pasted and refuses an entry without its subject', () => {
    const e = entry({ subjectName: '  Nguye\u0302̃n  Văn An ' });
    expect(e.subjectName).toBe('Nguyễn Văn An');
    expect(() => entry({ personId: undefined })).toThrow();
    expect(() => entry({ amount: 1.5 })).toThrow();
  });
});

describe('resolving the ledger', () => {
  it('shows a corrected entry as corrected, pointing at the entry that replaced it', () => {
    const a = entry();
    const b = correction(a, { amount: 720_000 });
    const view = resolveHistory([b, a]);
    expect(view.find((r) => r.entry.id === a.id)).toMatchObject({ state: 'corrected', supersededBy: b.id });
    expect(view.find((r) => r.entry.id === b.id)).toMatchObject({ state: 'current' });
    expect(b.corrects).toMatchObject({ entryId: a.id, reason: 'Sai số tiền', annul: false });
    expect(b.amount).toBe(720_000);
    expect(b.title).toBe(a.title);
    expect(standingAwards([a, b]).map((e) => e.id)).toEqual([b.id]);
  });

  it('an annulment leaves nothing standing, and is shown as what it is', () => {
    const a = entry();
    const b = correction(a, {}, true);
    const view = resolveHistory([a, b]);
    expect(view.map((r) => r.state)).toEqual(['annulled', 'annulment']);
    expect(standingAwards([a, b])).toEqual([]);
  });

  it('a chain of corrections leaves the last one standing', () => {
    const a = entry();
    const b = correction(a, { amount: 1 });
    const c = correction(b, { amount: 2 });
    expect(standingAwards([c, a, b]).map((e) => e.amount)).toEqual([2]);
  });

  it('two PCs correcting the same entry: the later correction stands, the earlier shows as corrected by it', () => {
    const a = entry();
    const b1 = correction(a, { amount: 1 });
    const b2 = correction(a, { amount: 2 });
    const view = resolveHistory([b2, a, b1]);
    expect(view.find((r) => r.entry.id === b1.id)).toMatchObject({ state: 'corrected', supersededBy: b2.id });
    expect(standingAwards([a, b1, b2]).map((e) => e.amount)).toEqual([2]);
  });

  it('a deleted entry is not in the ledger, and a correction of an entry this PC does not have stands alone', () => {
    const a = entry({ deletedAt: new Date().toISOString() });
    const b = correction(entry(), { amount: 3 });
    expect(resolveHistory([a, b]).map((r) => r.entry.id)).toEqual([b.id]);
  });
});

describe('prior awards and consecutive years', () => {
  it('counts consecutive years back from the year asked, across a year boundary', () => {
    const entries = [2022, 2023, 2024, 2025].map((year) => entry({ year }));
    expect(consecutiveYears(entries, { kind: 'person', personId: PERSON }, 'Lao động tiên tiến', 2025)).toBe(4);
    expect(consecutiveYears(entries, { kind: 'person', personId: PERSON }, 'Lao động tiên tiến', 2026)).toBe(0);
    expect(consecutiveYears(entries, { kind: 'person', personId: PERSON }, 'Lao động tiên tiến', 2023)).toBe(2);
  });

  it('a gap breaks the run; another person, a unit or another title does not count', () => {
    const entries = [
      entry({ year: 2023 }),
      entry({ year: 2025 }),
      entry({ year: 2024, personId: OTHER }),
      entry({ year: 2024, category: 'collective', personId: undefined }),
      entry({ year: 2024, title: 'Chiến sĩ thi đua cơ sở' }),
    ];
    expect(consecutiveYears(entries, { kind: 'person', personId: PERSON }, 'lao dong tien tien', 2025)).toBe(1);
    expect(consecutiveYears(entries, { kind: 'unit', unitId: UNIT }, 'Lao động tiên tiến', 2024)).toBe(1);
  });

  it('an annulled year does not count; a corrected year counts with its corrected values', () => {
    const y2024 = entry({ year: 2024 });
    const y2025 = entry({ year: 2025 });
    const wrongYear = entry({ year: 2022 });
    const entries = [y2024, y2025, correction(y2024, {}, true), wrongYear, correction(wrongYear, { year: 2024 })];
    expect(consecutiveYears(entries, { kind: 'person', personId: PERSON }, 'Lao động tiên tiến', 2025)).toBe(2);
  });

  it('explains the check in words', () => {
    const entries = [entry({ year: 2024 }), entry({ year: 2025 })];
    const subject = { kind: 'person', personId: PERSON } as const;
    const ok = checkConsecutive(entries, subject, 'Lao động tiên tiến', 2, 2025);
    expect(ok).toMatchObject({ ok: true, years: 2 });
    expect(ok.explanation).toContain('2 năm liên tục (2024–2025)');
    const no = checkConsecutive(entries, subject, 'Lao động tiên tiến', 3, 2025);
    expect(no.ok).toBe(false);
    expect(no.explanation).toContain('cần 3 năm liên tục “Lao động tiên tiến” từ 2023 đến 2025');
  });

  it('priorAwards lists the standing awards before a year, oldest first', () => {
    const entries = [entry({ year: 2025 }), entry({ year: 2023 }), entry({ year: 2024 })];
    expect(priorAwards(entries, { kind: 'person', personId: PERSON }, { beforeYear: 2025 }).map((e) => e.year)).toEqual([2023, 2024]);
  });
});

describe('properties', () => {
  const years = fc.uniqueArray(fc.integer({ min: 2015, max: 2030 }), { maxLength: 12 });

  it('consecutive years equal the longest run of held years ending at the year asked', () => {
    fc.assert(
      fc.property(years, fc.integer({ min: 2014, max: 2031 }), (held, upTo) => {
        const entries = held.map((year) => entry({ year }));
        const n = consecutiveYears(entries, { kind: 'person', personId: PERSON }, 'Lao động tiên tiến', upTo);
        for (let k = 0; k < n; k++) expect(held).toContain(upTo - k);
        expect(held).not.toContain(upTo - n);
      }),
    );
  });

  it('the resolved ledger does not depend on the order entries are read, and each chain leaves at most one standing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(20), fc.boolean(), fc.boolean()), { maxLength: 15 }), fc.nat(), (ops, seed) => {
        const entries: AwardEntry[] = [];
        const root = new Map<string, string>();
        for (const [pick, isCorrection, annul] of ops) {
          const target = entries[pick % Math.max(1, entries.length)];
          const e = isCorrection && target ? correction(target, { amount: pick }, annul) : entry({ year: 2020 + (pick % 6) });
          root.set(e.id, e.corrects ? (root.get(e.corrects.entryId) ?? e.corrects.entryId) : e.id);
          entries.push(e);
        }
        const shuffled = [...entries].sort((a, b) => ((a.id.charCodeAt(30) * (seed + 1)) % 7) - ((b.id.charCodeAt(30) * (seed + 1)) % 7));
        const view = resolveHistory(entries);
        expect(resolveHistory(shuffled)).toEqual(view);
        const standingRoots = standingAwards(entries).map((e) => root.get(e.id));
        expect(new Set(standingRoots).size).toBe(standingRoots.length);
        for (const r of view) if (r.state === 'corrected' || r.state === 'annulled') expect(entries.some((e) => e.id === r.supersededBy)).toBe(true);
      }),
    );
  });

  it('the id a decision writes is stable, well-formed and distinct per nomination', () => {
    fc.assert(
      fc.property(fc.constantFrom(newId(), newId()), fc.uniqueArray(fc.constant(null).map(() => newId()), { minLength: 2, maxLength: 5 }), (decisionId, nominations) => {
        const ids = nominations.map((n) => decisionEntryId(decisionId, n));
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toEqual(nominations.map((n) => decisionEntryId(decisionId, n)));
        for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      }),
    );
  });
});
