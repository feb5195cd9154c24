import { describe, expect, it } from 'vitest';
import { awardEntrySchema, correctionFields, type AwardEntry } from './award-history';
import { compareRows, historyExportRows, historyRows, HISTORY_EXPORT_HEADER, stateText } from './award-history-view';
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
