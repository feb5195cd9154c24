// The participants' summaries (domain/participant-summary.ts) in the database: kept up to date
// inside every transaction that writes evidence, appraisals or complaints, rebuilt from those
// records after a restore, a merge or the demo, and read by the nomination table. When a
// campaign's counts differ from its tables (a record written past the summaries), its summaries
// are not trusted: reads make them from the records (slower, never wrong) and say so.
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

/** Rebuilds one campaign's summaries in a transaction of their own (after a read found them not whole). */
export async function repairCampaignSummaries(campaignId: string): Promise<void> {
  const database = db();
  await database.transaction('rw', SUMMARY_TABLES.map((t) => database.table(t)), () => rebuildCampaignSummaries(database, campaignId));
}

/** A record as it was before a write (absent for a new one) and after it. */
export interface RecordChange<T> {
  before?: T | undefined;
  after: T;
}

const keyOf = (r: { campaignId: string; participantId: string }) => `${r.campaignId}\u0000${r.participantId}`;

/**
 * Brings the summaries up to date with records just written to `table`, inside the same
 * transaction (it must hold SUMMARY_TABLES). A campaign whose count does not add up (something
 * wrote past the summaries before) is rebuilt from its records instead.
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
  const actual = await Promise.all(campaignIds.map((c) => database[table].where('campaignId').equals(c).count()));
  const whole = new Set<string>();
  const counts: SummaryCounts[] = [];
  campaignIds.forEach((campaignId, i) => {
    const before = stored[i]?.kind === 'campaign' ? stored[i] : undefined;
    const expected = (before?.counts[table] ?? 0) + (added.get(campaignId) ?? 0);
    if (expected !== actual[i]) return;
    whole.add(campaignId);
    const base = before?.counts ?? { evidence: 0, appraisals: 0, complaints: 0 };
    counts.push({ kind: 'campaign', campaignId, participantId: COUNTS_KEY, counts: { ...base, [table]: expected } });
  });
  for (const campaignId of campaignIds) if (!whole.has(campaignId)) await rebuildCampaignSummaries(database, campaignId);

  const pending = [...edits.values()].filter((e) => whole.has(e.campaignId));
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
  /** The stored summaries were not whole: these were made from the records, and the store wants rebuilding. */
  stale: boolean;
}

/** A campaign's summaries, from the store when its counts add up, else made from the records (read inside the caller's transaction, if any). */
export async function readCampaignSummaries(database: BinhXetDatabase, campaignId: string): Promise<CampaignSummaries> {
  const [lower, upper] = campaignRange(campaignId);
  const [stored, actual] = await Promise.all([database.participantSummaries.where('[campaignId+participantId]').between(lower, upper, true, true).toArray(), countsOf(database, campaignId)]);
  const head = stored.find((s) => s.kind === 'campaign');
  const expected = head?.counts ?? { evidence: 0, appraisals: 0, complaints: 0 };
  const whole = SUMMARY_SOURCES.every((t) => expected[t] === actual[t]);
  const list = whole ? stored : summarizeAll(await recordsOf(database, campaignId));
  const summaries = new Map<string, ParticipantSummary>();
  for (const s of list) if (s.kind === 'participant') summaries.set(s.participantId, s);
  return { summaries, stale: !whole };
}
