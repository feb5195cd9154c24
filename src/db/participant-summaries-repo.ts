// The participants' summaries (domain/participant-summary.ts) in the database: kept up to date
// inside every transaction that writes evidence, appraisals or complaints, rebuilt from those
// records after a restore, a merge or the demo, and read by the nomination table. Whether they
// are whole is told by counting the campaign's records against the counts stored beside them:
// counting 100,000 records takes IndexedDB a walk over them, so a page checks once when it opens,
// not on every change, and a campaign found not whole is rebuilt from its records. A campaign with
// records and no summaries at all is caught on every read, cheaply, and read from the records.
import Dexie from 'dexie';
import {
  addRecord,
  COUNTS_KEY,
  emptySummary,
  removeRecord,
  summarizeAll,
  SUMMARY_SOURCES,
  type ParticipantSummary,
  type SourceRecord,
  type SourceRecords,
  type SummaryCounts,
  type SummarySource,
} from '../domain/participant-summary';
import { db, type BinhXetDatabase } from './database';

/** The tables a transaction that writes any of the three must hold: the summaries are rebuilt from all of them when not whole. */
export const SUMMARY_TABLES = [...SUMMARY_SOURCES, 'participantSummaries'] as const;

const campaignRange = (campaignId: string) => [
  [campaignId, Dexie.minKey],
  [campaignId, Dexie.maxKey],
] as const;

async function recordsOf(database: BinhXetDatabase, campaignId: string) {
  const [evidence, appraisals, complaints] = await Promise.all(SUMMARY_SOURCES.map((t) => database[t].where('campaignId').equals(campaignId).toArray()));
  return { evidence: evidence ?? [], appraisals: appraisals ?? [], complaints: complaints ?? [] } as { [T in SummarySource]: SourceRecords[T][] };
}

async function countsOf(database: BinhXetDatabase, campaignId: string): Promise<Record<SummarySource, number>> {
  const [evidence = 0, appraisals = 0, complaints = 0] = await Promise.all(SUMMARY_SOURCES.map((t) => database[t].where('campaignId').equals(campaignId).count()));
  return { evidence, appraisals, complaints };
}

/** Builds one campaign's summaries again from its records, inside the caller's transaction (SUMMARY_TABLES). */
export async function rebuildCampaignSummaries(database: BinhXetDatabase, campaignId: string): Promise<void> {
  const [lower, upper] = campaignRange(campaignId);
  await database.participantSummaries.where('[campaignId+participantId]').between(lower, upper, true, true).delete();
  await database.participantSummaries.bulkPut(summarizeAll(await recordsOf(database, campaignId)));
}

/** Builds every summary again from the records, inside the caller's transaction (SUMMARY_TABLES): after a restore. */
export async function rebuildAllSummaries(database: BinhXetDatabase): Promise<void> {
  const [evidence, appraisals, complaints] = await Promise.all(SUMMARY_SOURCES.map((t) => database[t].toArray()));
  await database.participantSummaries.clear();
  await database.participantSummaries.bulkPut(summarizeAll({ evidence: evidence ?? [], appraisals: appraisals ?? [], complaints: complaints ?? [] } as { [T in SummarySource]: SourceRecords[T][] }));
}

/** A record as it was before a write (absent for a new one) and after it. */
export interface RecordChange<T> {
  before?: T | undefined;
  after: T;
}

const keyOf = (r: { campaignId: string; participantId: string }) => `${r.campaignId}\u0000${r.participantId}`;

/**
 * Brings the summaries up to date with records just written to `table`, inside the same
 * transaction (it must hold SUMMARY_TABLES): the old record out, the new one in, and the
 * campaign's count moved by the records added. Nothing is counted here (a save stays quick
 * however large the campaign): a count that drifted because something wrote past the
 * summaries is found by the next check (summariesWhole) and the campaign rebuilt.
 */
export async function noteSummaryChanges<T extends SummarySource>(database: BinhXetDatabase, table: T, changes: readonly RecordChange<SourceRecords[T]>[]): Promise<void> {
  if (changes.length === 0) return;
  const edits = new Map<string, { campaignId: string; participantId: string; steps: [SourceRecord, 1 | -1][] }>();
  const note = (record: SourceRecords[T], sign: 1 | -1) => {
    const key = keyOf(record);
    const edit = edits.get(key) ?? { campaignId: record.campaignId, participantId: record.participantId, steps: [] };
    edit.steps.push([{ table, record } as SourceRecord, sign]);
    edits.set(key, edit);
  };
  const added = new Map<string, number>();
  const count = (campaignId: string, n: number) => added.set(campaignId, (added.get(campaignId) ?? 0) + n);
  for (const { before, after } of changes) {
    if (before) note(before, -1);
    note(after, 1);
    if (!before) count(after.campaignId, 1);
    else if (before.campaignId !== after.campaignId) {
      count(before.campaignId, -1);
      count(after.campaignId, 1);
    } else count(after.campaignId, 0);
  }
  const campaignIds = [...added.keys()];
  const stored = await database.participantSummaries.bulkGet(campaignIds.map((c): [string, string] => [c, COUNTS_KEY]));
  const counts = campaignIds.map((campaignId, i): SummaryCounts => {
    const before = stored[i]?.kind === 'campaign' ? stored[i].counts : { evidence: 0, appraisals: 0, complaints: 0 };
    return { kind: 'campaign', campaignId, participantId: COUNTS_KEY, counts: { ...before, [table]: before[table] + (added.get(campaignId) ?? 0) } };
  });
  const pending = [...edits.values()];
  const current = await database.participantSummaries.bulkGet(pending.map((e): [string, string] => [e.campaignId, e.participantId]));
  const puts: ParticipantSummary[] = [];
  const gone: [string, string][] = [];
  pending.forEach((edit, i) => {
    const found = current[i];
    let summary = found?.kind === 'participant' ? found : emptySummary(edit.campaignId, edit.participantId);
    for (const [source, sign] of edit.steps) summary = sign > 0 ? addRecord(summary, source) : removeRecord(summary, source);
    if (summary.records > 0) puts.push(summary);
    else gone.push([edit.campaignId, edit.participantId]);
  });
  // A campaign left with no records keeps no counts either: the same records always give the same store.
  const emptied = counts.filter((c) => c.counts.evidence + c.counts.appraisals + c.counts.complaints === 0);
  await database.participantSummaries.bulkDelete([...gone, ...emptied.map((c): [string, string] => [c.campaignId, COUNTS_KEY])]);
  await database.participantSummaries.bulkPut([...counts.filter((c) => !emptied.includes(c)), ...puts]);
}

export interface CampaignSummaries {
  /** By participant id. */
  summaries: Map<string, ParticipantSummary>;
  /** The campaign has records but no summaries: these were made from the records, and the store wants rebuilding. */
  stale: boolean;
}

/**
 * A campaign's summaries, read inside the caller's transaction (if any), which must hold
 * SUMMARY_TABLES. A campaign with records but no counts stored (its summaries never built) is
 * read from the records; that is three one-record looks, so it is checked on every read.
 */
export async function readCampaignSummaries(database: BinhXetDatabase, campaignId: string): Promise<CampaignSummaries> {
  const [lower, upper] = campaignRange(campaignId);
  const stored = await database.participantSummaries.where('[campaignId+participantId]').between(lower, upper, true, true).toArray();
  const built = stored.some((s) => s.kind === 'campaign') || (await Promise.all(SUMMARY_SOURCES.map((t) => database[t].where('campaignId').equals(campaignId).first()))).every((r) => !r);
  const list = built ? stored : summarizeAll(await recordsOf(database, campaignId));
  const summaries = new Map<string, ParticipantSummary>();
  for (const s of list) if (s.kind === 'participant') summaries.set(s.participantId, s);
  return { summaries, stale: !built };
}

/** Whether the counts stored with a campaign's summaries are those of its tables now (counts every record: once per page, not per change). */
export async function summariesWhole(database: BinhXetDatabase, campaignId: string): Promise<boolean> {
  const [head, actual] = await Promise.all([database.participantSummaries.get([campaignId, COUNTS_KEY]), countsOf(database, campaignId)]);
  const expected = head?.kind === 'campaign' ? head.counts : { evidence: 0, appraisals: 0, complaints: 0 };
  return SUMMARY_SOURCES.every((t) => expected[t] === actual[t]);
}

/** Checks a campaign's summaries and rebuilds them when they are not whole; true when they were rebuilt. */
export async function checkCampaignSummaries(campaignId: string): Promise<boolean> {
  const database = db();
  const tables = SUMMARY_TABLES.map((t) => database.table(t));
  if (await database.transaction('r', tables, () => summariesWhole(database, campaignId))) return false;
  await database.transaction('rw', tables, async () => {
    if (!(await summariesWhole(database, campaignId))) await rebuildCampaignSummaries(database, campaignId);
  });
  return true;
}
