import { describe, expect, it } from 'vitest';
import { COLLECTIONS, emptyBackupData, type Collection } from '../../domain/backup-format';
import { planMerge } from '../../domain/backup-merge';
import { mergeLines, restoreRows } from './confirm-lines';

const none = () => Object.fromEntries(COLLECTIONS.map((c) => [c, 0])) as Record<Collection, number>;
const unit = (id: string, name: string, updatedAt = '2025-01-01T00:00:00.000Z') => ({ id, name, updatedAt, rev: 1 });

describe('the restore confirmation', () => {
  it('lists each kind on this PC or in the file, with both counts, and no kind that is on neither', () => {
    const file = { ...emptyBackupData(), units: [unit('u1', 'Ấp Một'), unit('u2', 'Ấp Hai')], campaigns: [{ id: 'c1' }] };
    const rows = restoreRows({ ...none(), units: 5, people: 12 }, file);
    expect(rows.map(({ label, here, inFile }) => [label, here, inFile])).toEqual([
      ['Phong trào thi đua', 0, 1],
      ['Đơn vị', 5, 2],
      ['Cán bộ, công chức', 12, 0],
    ]);
  });

  it('counts the kinds a clerk does not name in one row', () => {
    const file = { ...emptyBackupData(), ballots: [{ id: 'b1' }, { id: 'b2' }], audit: [{ id: 'a1' }] };
    expect(restoreRows({ ...none(), settings: 1, audit: 40 }, file)).toEqual([{ label: 'Dữ liệu khác (cài đặt, Hội đồng, phiếu bầu, nhật ký…)', here: 41, inFile: 3 }]);
  });
});

describe('the merge confirmation', () => {
  it('says per kind how many records are new and how many updated, leaving out zeros', () => {
    const here = new Map([
      ['u1', unit('u1', 'Ấp Một')],
      ['u2', unit('u2', 'Ấp Hai')],
    ]);
    const file = { ...emptyBackupData(), units: [unit('u1', 'Ấp Một'), unit('u2', 'Ấp Hai mới', '2025-02-01T00:00:00.000Z'), unit('u3', 'Ấp Ba')], campaigns: [{ id: 'c1' }] };
    const plan = planMerge(file, (c, id) => (c === 'units' ? here.get(id) : undefined));
    expect(mergeLines(plan)).toEqual(['Đơn vị: 1 mới, 1 cập nhật', 'Phong trào thi đua: 1 mới']);
  });

  it('names nothing when the file brings nothing new', () => {
    const file = { ...emptyBackupData(), units: [unit('u1', 'Ấp Một')] };
    const plan = planMerge(file, () => unit('u1', 'Ấp Một'));
    expect(mergeLines(plan)).toEqual([]);
  });
});
