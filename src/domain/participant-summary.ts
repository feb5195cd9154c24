// The year's record of one participant in a campaign, summarised: what the nomination table and
// the eligibility rule read from its evidence, appraisals and complaints, without reading them.
// A district campaign holds 100,000 evidence records; its summaries are one record per
// participant. They are derived data: kept up to date in the same transaction as every write to
// those three tables, rebuilt from the records after a restore, a merge or the demo, and never
// exported (db/participant-summaries-repo.ts).
// Imports types only: the schema upgrade (versions.ts, in the first-visit bundle) builds summaries
// without pulling zod into the entry chunk.
import type { AppraisalResult } from './evidence';

/** The tables a summary is made from. */
export const SUMMARY_SOURCES = ['evidence', 'appraisals', 'complaints'] as const;
export type SummarySource = (typeof SUMMARY_SOURCES)[number];

interface Owned {
  id: string;
  campaignId: string;
  participantId: string;
  deletedAt?: string | undefined;
}

/** What a summary reads of each record (a stored Evidence, Appraisal or Complaint has it all). */
export interface SourceRecords {
  evidence: Owned & { criterionId: string };
  appraisals: Owned & { criterionId: string; result: AppraisalResult };
  complaints: Owned & { date: string; substantiated: boolean };
}

/** One record of any of the three tables, with the table it is in. */
export type SourceRecord = { [T in SummarySource]: { table: T; record: SourceRecords[T] } }[SummarySource];

export interface CriterionSummary {
  /** Live evidence records for this criterion. */
  evidence: number;
  /** Live appraisals of this criterion, by id (one, unless two PCs appraised it and were merged). */
  appraisals: { id: string; result: AppraisalResult }[];
}

export interface ParticipantSummary {
  kind: 'participant';
  campaignId: string;
  participantId: string;
  /** Every record it was made from, tombstones included (none left: the summary goes). */
  records: number;
  /** Live evidence records in all. */
  evidence: number;
  /** Criteria with live evidence or a live appraisal, by criterion id. */
  criteria: Record<string, CriterionSummary>;
  /** Live complaints, by id. */
  complaints: { id: string; date: string; substantiated: boolean }[];
}

/**
 * How many records of each table a campaign's summaries were made from, tombstones included: a
 * count that differs from the table's means a record was written past the summaries, and they are
 * not trusted until rebuilt. Stored beside them, under the participant id ''.
 */
export interface SummaryCounts {
  kind: 'campaign';
  campaignId: string;
  participantId: '';
  counts: Record<SummarySource, number>;
}

export type SummaryRecord = ParticipantSummary | SummaryCounts;

export const COUNTS_KEY = '';

export function emptySummary(campaignId: string, participantId: string): ParticipantSummary {
  return { kind: 'participant', campaignId, participantId, records: 0, evidence: 0, criteria: {}, complaints: [] };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function withCriterion(summary: ParticipantSummary, criterionId: string, change: (c: CriterionSummary) => CriterionSummary): ParticipantSummary {
  const next = change(summary.criteria[criterionId] ?? { evidence: 0, appraisals: [] });
  const { [criterionId]: _old, ...others } = summary.criteria;
  // An entry with nothing in it is dropped: the same records always give the same summary.
  return { ...summary, criteria: next.evidence === 0 && next.appraisals.length === 0 ? others : { ...others, [criterionId]: next } };
}

/** The summary with one more (sign 1) or one fewer (sign -1) record of its participant. */
function apply(summary: ParticipantSummary, source: SourceRecord, sign: 1 | -1): ParticipantSummary {
  const counted = { ...summary, records: summary.records + sign };
  if (source.record.deletedAt) return counted;
  switch (source.table) {
    case 'evidence': {
      const next = withCriterion(counted, source.record.criterionId, (c) => ({ ...c, evidence: c.evidence + sign }));
      return { ...next, evidence: next.evidence + sign };
    }
    case 'appraisals': {
      const { id, result } = source.record;
      return withCriterion(counted, source.record.criterionId, (c) => {
        const others = c.appraisals.filter((a) => a.id !== id);
        return { ...c, appraisals: sign > 0 ? [...others, { id, result }].sort(byId) : others };
      });
    }
    case 'complaints': {
      const { id, date, substantiated } = source.record;
      const others = counted.complaints.filter((c) => c.id !== id);
      return { ...counted, complaints: sign > 0 ? [...others, { id, date, substantiated }].sort(byId) : others };
    }
  }
}

export const addRecord = (summary: ParticipantSummary, source: SourceRecord) => apply(summary, source, 1);
export const removeRecord = (summary: ParticipantSummary, source: SourceRecord) => apply(summary, source, -1);

/** The summary of one participant's records (all of the same campaign and participant). */
export function summarize(campaignId: string, participantId: string, records: readonly SourceRecord[]): ParticipantSummary {
  return records.reduce(addRecord, emptySummary(campaignId, participantId));
}

/** The key a record's summary is stored under. */
export const summaryKey = (r: { campaignId: string; participantId: string }): [string, string] => [r.campaignId, r.participantId];

/** Every summary and campaign count the records make (the records of any number of campaigns). */
export function summarizeAll(records: { [T in SummarySource]: readonly SourceRecords[T][] }): SummaryRecord[] {
  const groups = new Map<string, SourceRecord[]>();
  const counts = new Map<string, SummaryCounts>();
  for (const table of SUMMARY_SOURCES) {
    for (const record of records[table]) {
      const key = `${record.campaignId}\u0000${record.participantId}`;
      const list = groups.get(key);
      const source = { table, record } as SourceRecord;
      if (list) list.push(source);
      else groups.set(key, [source]);
      const c = counts.get(record.campaignId) ?? { kind: 'campaign', campaignId: record.campaignId, participantId: COUNTS_KEY, counts: { evidence: 0, appraisals: 0, complaints: 0 } };
      c.counts[table] += 1;
      counts.set(record.campaignId, c);
    }
  }
  const summaries = [...groups.values()].map((list) => {
    const first = list[0]?.record;
    return summarize(first?.campaignId ?? '', first?.participantId ?? '', list);
  });
  return [...counts.values(), ...summaries];
}

/** What the eligibility rule reads of a participant (eligibility.ts), from its summary. */
export interface SummaryEligibilityInput {
  evidence: { criterionId: string }[];
  appraisals: { criterionId: string; result: AppraisalResult }[];
  complaints: { date: string; substantiated: boolean }[];
}

/**
 * The eligibility rule's inputs from a summary: one evidence per criterion that has any, the
 * first appraisal by id per criterion (the one the rule finds first among the records read in
 * index order), and the live complaints.
 */
export function eligibilityInputs(summary: ParticipantSummary | undefined): SummaryEligibilityInput {
  if (!summary) return { evidence: [], appraisals: [], complaints: [] };
  const criteria = Object.entries(summary.criteria);
  return {
    evidence: criteria.filter(([, c]) => c.evidence > 0).map(([criterionId]) => ({ criterionId })),
    appraisals: criteria.flatMap(([criterionId, c]) => (c.appraisals[0] ? [{ criterionId, result: c.appraisals[0].result }] : [])),
    complaints: summary.complaints.map(({ date, substantiated }) => ({ date, substantiated })),
  };
}
