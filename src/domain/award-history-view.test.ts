import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awardEntrySchema, correctionFields, type AwardEntry } from './award-history';
import { compareRows, filterHistoryRows, historyExportRows, historyFilter, historyRows, HISTORY_EXPORT_HEADER, stateText } from './award-history-view';
import { newId } from '../lib/ids';

let clock = Date.parse('2026-01-01T00:00:00.000Z');
function entry(fields: Partial<AwardEntry>): AwardEntry {
  const at = new Date((clock += 1000)).toISOString();
  return awardEntrySchema.parse({
    category: 'individual', personId: newId(), subjectName: 'Nguyễn Văn An', title: 'Lao động tiên tiến', year: 2024,
    decisionNumber: '12/QĐ-UBND', decisionDate: '2024-12-20', giver: 'Chủ tịch UBND xã', amount: 540_000, source: { kind: 'manual' },
    id: newId(), createdAt: at, updatedAt: at, rev: 1, ...fields,
  });
}

describe('the ledger as shown and exported', () => {
  it('newest year first; units before people; people by given name', () => {
    const rows = historyRows([
      entry({ subjectName: 'Trần Văn Bình', year: 2023 }),
      entry({ subjectName: 'Lê Thị Ánh' }),
      entry({ subjectName: 'Ấp Voi 1', category: 'collective', personId: undefined, unitId: newId() }),
      entry({ subjectName: 'Nguyễn Văn Ân' }),
    ]);
    expect(rows.map((r) => `${r.entry.year} ${r.entry.subjectName}`)).toEqual(['2024 Ấp Voi 1', '2024 Lê Thị Ánh', '2024 Nguyễn Văn Ân', '2023 Trần Văn Bình']);
  });

  it('a correction says what it corrects and why; the old line says it was corrected', () => {
    const old = entry({});
    const fixed = entry(correctionFields(old, { reason: 'Sai số tiền', annul: false, values: { amount: 720_000 } }) as Partial<AwardEntry>);
    const rows = historyRows([old, fixed]);
    expect(rows.map(stateText)).toEqual(['Đã điều chỉnh', 'Điều chỉnh “Lao động tiên tiến” năm 2024: Sai số tiền']);
    expect(rows[0]?.supersededBy?.id).toBe(fixed.id);
    const sheet = historyExportRows(rows);
    expect(sheet[0]).toEqual(HISTORY_EXPORT_HEADER);
    expect(sheet[1]).toEqual(['1', '2024', 'Nguyễn Văn An', 'Cá nhân', '', 'Lao động tiên tiến', '12/QĐ-UBND', '20/12/2024', 'Chủ tịch UBND xã', '540.000', 'Đã điều chỉnh']);
    expect(sheet[2]?.[9]).toBe('720.000');
  });
});

describe('the ledger order', () => {
  it('is the order compareRows gives, however many lines a subject has', () => {
    const names = ['Lê Thị Ánh', 'Ấp Voi 1', 'Nguyễn Văn Ân', 'Nguyễn Văn An', 'Trần An', 'Ban Chỉ huy Quân sự xã'];
    const entries = Array.from({ length: 60 }, (_, i) => {
      const name = names[(i * 7) % names.length] ?? '';
      const unit = !/^(Lê|Nguyễn|Trần)/.test(name);
      return entry({ subjectName: name, year: 2020 + ((i * 5) % 4), ...(unit ? { category: 'collective', personId: undefined, unitId: newId() } : {}) });
    });
    const rows = historyRows(entries);
    expect(rows.map((r) => r.id)).toEqual([...rows].sort(compareRows).map((r) => r.id));
  });
});

describe('the ledger filtered', () => {
  const unit = newId();
  const an = entry({ subjectName: 'Nguyễn Văn An', unitId: unit, unitName: 'Phòng Kinh tế', year: 2025 });
  const binh = entry({ subjectName: 'Trần Thị Bình', title: 'Chiến sĩ thi đua cơ sở', year: 2024, decisionNumber: '77/QĐ-UBND' });
  const wrong = entry({ subjectName: 'Lê Văn Cường', unitId: unit, year: 2024 });
  const fixed = entry({ ...(correctionFields(wrong, { reason: 'Sai số tiền', annul: false, values: { amount: 720_000 } }) as Partial<AwardEntry>) });
  const rows = historyRows([an, binh, wrong, fixed]);
  const none = { year: '', title: '', unitId: '', query: '', standingOnly: false };
  const names = (f: Partial<typeof none>) => filterHistoryRows(rows, { ...none, ...f }).map((r) => `${r.entry.subjectName} ${r.state}`);

  it('by year, title, unit (its members too) and the lines that stand, keeping the ledger order', () => {
    expect(names({})).toEqual(rows.map((r) => `${r.entry.subjectName} ${r.state}`));
    expect(names({ year: '2024' })).toEqual(['Trần Thị Bình current', 'Lê Văn Cường corrected', 'Lê Văn Cường current']);
    expect(names({ title: 'Chiến sĩ thi đua cơ sở' })).toEqual(['Trần Thị Bình current']);
    expect(names({ unitId: unit })).toEqual(['Nguyễn Văn An current', 'Lê Văn Cường corrected', 'Lê Văn Cường current']);
    expect(names({ standingOnly: true, year: '2024' })).toEqual(['Trần Thị Bình current', 'Lê Văn Cường current']);
  });

  it('by words typed with or without accents, every word matching name, unit, title or decision', () => {
    expect(names({ query: 'nguyen an' })).toEqual(['Nguyễn Văn An current']);
    expect(names({ query: 'NGUYỄN  kinh te' })).toEqual(['Nguyễn Văn An current']);
    expect(names({ query: '77/qđ' })).toEqual(['Trần Thị Bình current']);
    expect(names({ query: 'cuong binh' })).toEqual([]);
  });
});

describe('the ledger searched one key at a time', () => {
  it('gives, keystroke after keystroke, what filtering the whole ledger gives', () => {
    const names = ['Nguyễn Văn An', 'Nguyễn Văn Ân', 'Trần Thị Bình', 'Lê Văn Cường', 'Nguyễn Thị Anh'];
    const rows = historyRows(names.flatMap((subjectName, i) => [2023, 2024, 2025].map((year) => entry({ subjectName, year, title: i % 2 ? 'Chiến sĩ thi đua cơ sở' : 'Lao động tiên tiến' }))));
    const typing = fc.array(fc.oneof(fc.constantFrom(...'nguyen van an binh'.split('')), fc.constant('⌫')), { maxLength: 30 });
    fc.assert(
      fc.property(typing, fc.constantFrom('', '2024'), fc.boolean(), (keys, year, standingOnly) => {
        const filter = historyFilter();
        let query = '';
        for (const key of keys) {
          query = key === '⌫' ? query.slice(0, -1) : query + key;
          const filters = { year, title: '', unitId: '', query, standingOnly };
          expect(filter(rows, filters).map((r) => r.id)).toEqual(filterHistoryRows(rows, filters).map((r) => r.id));
        }
      }),
    );
  });
});
