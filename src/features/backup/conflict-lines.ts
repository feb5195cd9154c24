// The merge preview's list of conflicts, one line each: a record by its own name, a round
// (which has none) by the sentence the merge wrote, and the ballots of one round as one line.
import { COLLECTION_LABELS, type BackupData, type BackupRecord } from '../../domain/backup-format';
import type { MergeConflict } from '../../domain/backup-merge';
import { formatNumber } from '../../lib/vi-money';

export function recordName(record: BackupRecord | undefined): string {
  if (!record) return '';
  for (const key of ['shortName', 'name', 'fullName', 'displayName', 'description', 'summary', 'place']) {
    const value = record[key];
    if (typeof value === 'string' && value) return value.length > 80 ? `${value.slice(0, 80)}…` : value;
  }
  return record.id;
}

export function conflictLines(conflicts: readonly MergeConflict[], incoming: BackupData): { key: string; text: string }[] {
  const lines = new Map<string, { text: string; count: number; ballots: boolean }>();
  for (const c of conflicts) {
    if (!c.subject) {
      const name = recordName(incoming[c.collection].find((r) => r.id === c.id));
      lines.set(`${c.collection}-${c.id}`, { text: `${COLLECTION_LABELS[c.collection]} “${name}”: ${c.reason}`, count: 1, ballots: false });
      continue;
    }
    const key = `${c.collection}-${c.reason}`;
    const line = lines.get(key);
    if (line) line.count++;
    else lines.set(key, { text: c.reason, count: 1, ballots: c.collection === 'ballots' });
  }
  return [...lines].map(([key, { text, count, ballots }]) => ({ key, text: count > 1 ? `${text} (${formatNumber(count)} ${ballots ? 'phiếu' : 'bản ghi'})` : text }));
}
