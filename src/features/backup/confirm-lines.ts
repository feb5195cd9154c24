// What the confirmation before a restore or a merge says will be written, kind by kind.
import { COLLECTION_LABELS, COLLECTIONS, type BackupData, type Collection } from '../../domain/backup-format';
import type { MergePlan } from '../../domain/backup-merge';
import { formatNumber } from '../../lib/vi-money';

export interface RestoreRow {
  label: string;
  here: number;
  inFile: number;
}

/** The kinds a clerk counts; the rest share one row, so the question fits on a laptop screen. */
const NAMED: readonly Collection[] = ['campaigns', 'units', 'people', 'participants', 'evidence', 'attachments', 'nominations', 'decisions'];
const OTHERS = COLLECTIONS.filter((c) => !NAMED.includes(c));

/** Each kind on either side: how many records this PC has now, how many the file puts instead. */
export function restoreRows(here: Record<Collection, number>, file: BackupData): RestoreRow[] {
  const rows = NAMED.map((c) => ({ label: COLLECTION_LABELS[c], here: here[c], inFile: file[c].length }));
  const sum = (count: (c: Collection) => number) => OTHERS.reduce((n, c) => n + count(c), 0);
  rows.push({ label: 'Dữ liệu khác (cài đặt, Hội đồng, phiếu bầu, nhật ký…)', here: sum((c) => here[c]), inFile: sum((c) => file[c].length) });
  return rows.filter((r) => r.here > 0 || r.inFile > 0);
}

/** One line per kind the merge writes to ("Đơn vị: 1 mới, 2 cập nhật"); kinds it leaves alone are not named. */
export function mergeLines(plan: MergePlan): string[] {
  return COLLECTIONS.flatMap((c) => {
    const added = plan.counts[c].new;
    const changed = plan.writes[c].length - added;
    const parts = [added ? `${formatNumber(added)} mới` : '', changed ? `${formatNumber(changed)} cập nhật` : ''].filter(Boolean);
    return parts.length ? [`${COLLECTION_LABELS[c]}: ${parts.join(', ')}`] : [];
  });
}
