// Merging never overwrites or reopens a voting round that is closed (or published) on this
// PC: people signed the minutes of that count. Whatever the file holds, however new its copy,
// the local round stays, and ballots the file adds to it are left out; each is a conflict the
// merge preview names in Vietnamese. The one change let through is the publication of the very
// same count (closed here → published in the file), which overwrites nothing that was signed.
import { canonicalJson, type BackupRecord, type Collection } from './backup-format';
import { CATEGORY_LABELS, type Category } from './rules';
import { formatDate } from '../lib/vi-date';

export type LocalLookup = (collection: Collection, id: string) => BackupRecord | undefined;

export interface RoundGuardConflict {
  winner: 'local';
  /** "Vòng 2 (Cá nhân) của phiên họp ngày 14/01/2025". */
  subject: string;
  reason: string;
}

const FINAL = new Set(['closed', 'published']);
const PUBLICATION = ['status', 'publishedAt'];
const BOOKKEEPING = ['updatedAt', 'rev'];

function isFinal(round: BackupRecord | undefined): round is BackupRecord {
  return !!round && !round.deletedAt && FINAL.has(String(round.status));
}

function without(record: BackupRecord, keys: readonly string[]): string {
  return canonicalJson(Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k))));
}

/** "Vòng 2 (Cá nhân) của phiên họp ngày 14/01/2025", from this PC's session or else the file's. */
export function roundSubject(round: BackupRecord, local: LocalLookup, incomingSessions: ReadonlyMap<string, BackupRecord>): string {
  const category = CATEGORY_LABELS[round.category as Category] as string | undefined;
  const name = `Vòng ${String(round.number)}${category ? ` (${category})` : ''}`;
  const sessionId = String(round.sessionId);
  const session = local('sessions', sessionId) ?? incomingSessions.get(sessionId);
  return typeof session?.date === 'string' ? `${name} của phiên họp ngày ${formatDate(session.date)}` : name;
}

function stateWords(round: BackupRecord): string {
  return round.status === 'published' ? 'đã công bố kết quả' : 'đã kết thúc';
}

/** A conflict when `incoming` would change a round that is closed here; null to merge as usual. */
export function guardRound(local: BackupRecord | undefined, incoming: BackupRecord, lookup: LocalLookup, incomingSessions: ReadonlyMap<string, BackupRecord>): RoundGuardConflict | null {
  if (!isFinal(local)) return null;
  if (without(local, BOOKKEEPING) === without(incoming, BOOKKEEPING)) return null;
  const publishesSameCount = local.status === 'closed' && incoming.status === 'published' && !incoming.deletedAt && without(local, [...BOOKKEEPING, ...PUBLICATION]) === without(incoming, [...BOOKKEEPING, ...PUBLICATION]);
  if (publishesSameCount) return null;
  const subject = roundSubject(local, lookup, incomingSessions);
  return { winner: 'local', subject, reason: `${subject} ${stateWords(local)} trên máy này; bản trong tệp khác — giữ bản trên máy.` };
}

/** A conflict when `incoming` is a ballot this PC lacks for a round closed here; null otherwise. */
export function guardBallot(localBallot: BackupRecord | undefined, incoming: BackupRecord, lookup: LocalLookup, incomingSessions: ReadonlyMap<string, BackupRecord>): RoundGuardConflict | null {
  if (localBallot) return null; // present here: the usual rule (ballots never change) decides
  const round = lookup('rounds', String(incoming.roundId));
  if (!isFinal(round)) return null;
  const subject = roundSubject(round, lookup, incomingSessions);
  return { winner: 'local', subject, reason: `${subject} ${stateWords(round)} trên máy này; phiếu bầu trong tệp không được thêm vào.` };
}
