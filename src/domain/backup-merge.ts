// Merging a backup into the data on this PC, record by record (by id). Pure: given the
// incoming and local copies, it says what happens to each and lists the conflicts.
//
// Rules:
// - absent here → new;  same content (rev aside) → unchanged;
// - a deletion (tombstone, `deletedAt`) is never undone by a merge: deleted on either side
//   means deleted after; listed as a conflict when the other side edited it after the deletion;
// - otherwise the newer `updatedAt` wins (the older incoming copy is "kept" out);
//   equal times with different content, or the same revision number with different content
//   (both PCs edited the same version), are conflicts: the newer still wins, the local copy on a tie;
// - ballots and audit entries never change: present here means unchanged;
// - a round closed or published here is never overwritten or reopened, and gets no new
//   ballots (backup-merge-rounds.ts): a conflict, the local copy kept whatever its age.
import { canonicalJson, COLLECTIONS, type BackupData, type BackupRecord, type Collection } from './backup-format';
import { guardBallot, guardRound, type LocalLookup } from './backup-merge-rounds';

export type MergeOutcome = 'new' | 'updated' | 'unchanged' | 'kept' | 'conflict';

export interface MergeConflict {
  collection: Collection;
  id: string;
  /** Which copy the merge keeps. */
  winner: 'local' | 'incoming';
  /** What the record is, in words, when it has no name of its own (a round). */
  subject?: string;
  /** A full sentence; it names the record when `subject` is set. */
  reason: string;
}

export interface MergeCounts {
  new: number;
  updated: number;
  unchanged: number;
  kept: number;
  conflict: number;
}

export interface MergePlan {
  counts: Record<Collection, MergeCounts>;
  conflicts: MergeConflict[];
  /** Records to put, per collection. */
  writes: Record<Collection, BackupRecord[]>;
}

interface Versioned extends BackupRecord {
  updatedAt?: string;
  deletedAt?: string;
  rev?: number;
}

const IMMUTABLE = new Set<Collection>(['ballots', 'audit']);

function sameContent(a: BackupRecord, b: BackupRecord): boolean {
  const { rev: _ra, ...restA } = a;
  const { rev: _rb, ...restB } = b;
  return canonicalJson(restA) === canonicalJson(restB);
}

/** The incoming copy, with a revision above the local one so a stale tab cannot overwrite it. */
function bumped(incoming: Versioned, local: Versioned): BackupRecord {
  if (typeof incoming.rev !== 'number' || typeof local.rev !== 'number') return incoming;
  return { ...incoming, rev: Math.max(incoming.rev, local.rev + 1) };
}

export function decideRecord(
  collection: Collection,
  local: BackupRecord | undefined,
  incomingRecord: BackupRecord,
): { outcome: MergeOutcome; write: BackupRecord | null; conflict?: Omit<MergeConflict, 'collection' | 'id'> } {
  const incoming = incomingRecord as Versioned;
  if (!local) return { outcome: 'new', write: incoming };
  const here = local as Versioned;
  if (sameContent(here, incoming)) return { outcome: 'unchanged', write: null };
  if (IMMUTABLE.has(collection)) {
    return { outcome: 'conflict', write: null, conflict: { winner: 'local', reason: 'Bản ghi không được phép sửa nhưng hai bản khác nhau; giữ bản trên máy này.' } };
  }
  const localTime = here.updatedAt ?? '';
  const incomingTime = incoming.updatedAt ?? '';
  if (here.deletedAt && incoming.deletedAt) {
    return incomingTime > localTime ? { outcome: 'updated', write: bumped(incoming, here) } : { outcome: 'kept', write: null };
  }
  if (here.deletedAt) {
    if (incomingTime > here.deletedAt) {
      return { outcome: 'conflict', write: null, conflict: { winner: 'local', reason: 'Đã xoá trên máy này nhưng được sửa ở máy kia sau đó; theo quy tắc, bản ghi vẫn bị xoá.' } };
    }
    return { outcome: 'kept', write: null };
  }
  if (incoming.deletedAt) {
    const write = bumped(incoming, here);
    if (localTime > incoming.deletedAt) {
      return { outcome: 'conflict', write, conflict: { winner: 'incoming', reason: 'Đã sửa trên máy này sau khi bị xoá ở máy kia; theo quy tắc, bản ghi bị xoá.' } };
    }
    return { outcome: 'updated', write };
  }
  if (incomingTime === localTime) {
    return { outcome: 'conflict', write: null, conflict: { winner: 'local', reason: 'Hai bản cùng thời điểm sửa nhưng nội dung khác nhau; giữ bản trên máy này.' } };
  }
  const incomingWins = incomingTime > localTime;
  if (here.rev !== undefined && here.rev === incoming.rev) {
    return {
      outcome: 'conflict',
      write: incomingWins ? bumped(incoming, here) : null,
      conflict: {
        winner: incomingWins ? 'incoming' : 'local',
        reason: `Cả hai máy cùng sửa một phiên bản; giữ bản sửa sau (${incomingWins ? 'bản trong tệp' : 'bản trên máy này'}).`,
      },
    };
  }
  return incomingWins ? { outcome: 'updated', write: bumped(incoming, here) } : { outcome: 'kept', write: null };
}

/** The closed-round guard first (it needs other records: the round of a ballot, a round's session), then the rules above. */
function decideInContext(collection: Collection, record: BackupRecord, local: LocalLookup, incomingSessions: ReadonlyMap<string, BackupRecord>): ReturnType<typeof decideRecord> {
  const here = local(collection, record.id);
  const guard =
    collection === 'rounds' ? guardRound(here, record, local, incomingSessions) : collection === 'ballots' ? guardBallot(here, record, local, incomingSessions) : null;
  return guard ? { outcome: 'conflict', write: null, conflict: guard } : decideRecord(collection, here, record);
}

/** `local` must also answer for the rounds incoming ballots name and the sessions of those rounds. */
export function planMerge(incoming: BackupData, local: LocalLookup): MergePlan {
  const counts = {} as Record<Collection, MergeCounts>;
  const writes = {} as Record<Collection, BackupRecord[]>;
  const conflicts: MergeConflict[] = [];
  const incomingSessions = new Map(incoming.sessions.map((s) => [s.id, s]));
  for (const collection of COLLECTIONS) {
    const c: MergeCounts = { new: 0, updated: 0, unchanged: 0, kept: 0, conflict: 0 };
    const w: BackupRecord[] = [];
    for (const record of incoming[collection]) {
      const decision = decideInContext(collection, record, local, incomingSessions);
      c[decision.outcome]++;
      if (decision.write) w.push(decision.write);
      if (decision.conflict) conflicts.push({ collection, id: record.id, ...decision.conflict });
    }
    counts[collection] = c;
    writes[collection] = w;
  }
  return { counts, conflicts, writes };
}
