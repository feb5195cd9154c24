// The database's schema versions, oldest first. Never edit a released version: add one,
// with an upgrade that carries old data forward (tested in migrations.test.ts).
import type { Transaction } from 'dexie';
import type { VotingRound } from '../domain/council';
import { legacyResult, lookupFrom, needsLegacyResult } from '../domain/legacy-results';
import type { AwardEntry } from '../domain/award-history';
import { buildLedgerPages } from '../domain/ledger-pages';
import { summarizeAll } from '../domain/participant-summary';

export interface DbVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

const V1: Record<string, string> = {
  settings: 'id',
  units: 'id, name, kind, updatedAt',
  people: 'id, fullName, unitId, kind, updatedAt',
  campaigns: 'id, year, status, updatedAt',
  participants: 'id, campaignId, unitId, personId, updatedAt',
  evidence: 'id, campaignId, participantId, criterionId, updatedAt',
  attachments: 'id, campaignId, ownerId, sha256, updatedAt',
  blobs: 'id',
  appraisals: 'id, campaignId, participantId, updatedAt',
  complaints: 'id, campaignId, participantId, updatedAt',
  nominations: 'id, campaignId, participantId, status, updatedAt',
  councilMembers: 'id, campaignId, updatedAt',
  sessions: 'id, campaignId, updatedAt',
  rounds: 'id, campaignId, sessionId, status, updatedAt',
  ballots: 'id, roundId',
  decisions: 'id, campaignId, updatedAt',
  audit: 'id, at, entity, entityId',
  meta: 'key',
  snapshots: 'id, createdAt',
};

export const DB_VERSIONS: DbVersion[] = [
  { version: 1, stores: V1 },
  {
    // v2: compound indexes for the evidence matrix (one participant × one criterion) and
    // the audit trail of a campaign; older audit entries get their campaign from the record.
    version: 2,
    stores: {
      evidence: 'id, campaignId, participantId, criterionId, [participantId+criterionId], updatedAt',
      appraisals: 'id, campaignId, participantId, [participantId+criterionId], updatedAt',
      participants: 'id, campaignId, [campaignId+category], unitId, personId, updatedAt',
      audit: 'id, at, entity, entityId, campaignId',
    },
    upgrade: async (tx) => {
      await tx
        .table('audit')
        .toCollection()
        .modify((entry: { campaignId?: string; entity: string; entityId: string }) => {
          if (entry.campaignId === undefined && entry.entity === 'campaigns') entry.campaignId = entry.entityId;
        });
    },
  },
  {
    // v3: a closed round carries its frozen result; rounds closed by earlier versions get
    // theirs once, here, from the tally and electorate they stored.
    version: 3,
    stores: {},
    upgrade: async (tx) => {
      const rounds = (await tx.table('rounds').toArray()) as VotingRound[];
      const pending = rounds.filter(needsLegacyResult);
      if (pending.length === 0) return;
      const lookup = lookupFrom({
        nominations: await tx.table('nominations').toArray(),
        participants: await tx.table('participants').toArray(),
        people: await tx.table('people').toArray(),
        units: await tx.table('units').toArray(),
      });
      for (const round of pending) {
        const result = legacyResult(round, lookup);
        if (result) await tx.table('rounds').put({ ...round, result });
      }
    },
  },
  {
    // v4: the award history (sổ theo dõi thi đua, khen thưởng), one entry per award; a new
    // table, so nothing older needs carrying forward.
    version: 4,
    stores: { awards: 'id, personId, unitId, year, campaignId, updatedAt' },
  },
  {
    // v5: the award history's read model, one record per year of the ledger (ledger-pages.ts),
    // built here from the entries the earlier version kept.
    version: 5,
    stores: { ledgerPages: 'id' },
    upgrade: async (tx) => {
      const entries = (await tx.table('awards').toArray()) as AwardEntry[];
      await tx.table('ledgerPages').bulkPut(buildLedgerPages(entries));
    },
  },
  {
    // v6: the participants' summaries (participant-summary.ts), one record per participant of a
    // campaign with what the nomination table reads of its evidence, appraisals and complaints,
    // and one per campaign with the counts they were made from; built here from those records.
    version: 6,
    stores: { participantSummaries: '[campaignId+participantId]' },
    upgrade: async (tx) => {
      const [evidence, appraisals, complaints] = await Promise.all(['evidence', 'appraisals', 'complaints'].map((t) => tx.table(t).toArray()));
      await tx.table('participantSummaries').bulkPut(summarizeAll({ evidence: evidence ?? [], appraisals: appraisals ?? [], complaints: complaints ?? [] }));
    },
  },
];

export const LATEST_DB_VERSION = DB_VERSIONS[DB_VERSIONS.length - 1]?.version ?? 1;
