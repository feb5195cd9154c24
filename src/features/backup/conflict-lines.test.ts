import { describe, expect, it } from 'vitest';
import { emptyBackupData } from '../../domain/backup-format';
import type { MergeConflict } from '../../domain/backup-merge';
import { conflictLines } from './conflict-lines';

const ROUND_SAYS = 'Vòng 2 (Cá nhân) của phiên họp ngày 14/01/2025 đã kết thúc trên máy này; phiếu bầu trong tệp không được thêm vào.';

describe('conflict lines of the merge preview', () => {
  it('names a record by its own name, and a round by what the merge says of it; ballots of one round make one line', () => {
    const data = { ...emptyBackupData(), units: [{ id: 'u1', name: 'Ấp Một' }] };
    const conflicts: MergeConflict[] = [
      { collection: 'units', id: 'u1', winner: 'local', reason: 'Hai bản cùng thời điểm sửa nhưng nội dung khác nhau; giữ bản trên máy này.' },
      { collection: 'rounds', id: 'r1', winner: 'local', subject: 'Vòng 2 (Cá nhân) của phiên họp ngày 14/01/2025', reason: 'Vòng 2 (Cá nhân) của phiên họp ngày 14/01/2025 đã kết thúc trên máy này; bản trong tệp khác — giữ bản trên máy.' },
      ...['b1', 'b2', 'b3'].map((id) => ({ collection: 'ballots' as const, id, winner: 'local' as const, subject: 'Vòng 2 (Cá nhân) của phiên họp ngày 14/01/2025', reason: ROUND_SAYS })),
    ];
    expect(conflictLines(conflicts, data).map((l) => l.text)).toEqual([
      'Đơn vị “Ấp Một”: Hai bản cùng thời điểm sửa nhưng nội dung khác nhau; giữ bản trên máy này.',
      'Vòng 2 (Cá nhân) của phiên họp ngày 14/01/2025 đã kết thúc trên máy này; bản trong tệp khác — giữ bản trên máy.',
      `${ROUND_SAYS} (3 phiếu)`,
    ]);
  });
});
