// The participants' summaries against the records they summarise: whatever the records and their
// order, a summary kept up to date one write at a time is the summary made from scratch, and the
// eligibility rule reads the same from a summary as from the records themselves.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { campaignFields } from './campaign';
import { plan99Template } from './templates/plan-99';
import { evaluateEligibility } from './eligibility';
import { APPRAISAL_RESULTS } from './evidence';
import { addRecord, eligibilityInputs, emptySummary, removeRecord, summarize, summarizeAll, type SourceRecord, type SourceRecords, type SummaryRecord } from './participant-summary';

const campaign = campaignFields.parse(plan99Template());
const CAMPAIGNS = ['c1', 'c2'];
const PARTICIPANTS = ['p1', 'p2', 'p3'];
// The plan's criteria, and one that is no longer in the plan (its records stay in the database).
const CRITERIA = [...campaign.criteria.map((c) => c.id), 'gone'];
const DELETED = '2024-09-01T00:00:00.000Z';

const owner = { campaignId: fc.constantFrom(...CAMPAIGNS), participantId: fc.constantFrom(...PARTICIPANTS), deletedAt: fc.option(fc.constant(DELETED), { nil: undefined }) };
const date = fc.date({ min: new Date('2023-10-01T00:00:00Z'), max: new Date('2025-03-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const evidence = fc.record({ ...owner, criterionId: fc.constantFrom(...CRITERIA) });
const appraisal = fc.record({ ...owner, criterionId: fc.constantFrom(...CRITERIA), result: fc.constantFrom(...APPRAISAL_RESULTS) });
const complaint = fc.record({ ...owner, date, substantiated: fc.boolean() });

/** Records of the three tables with unique ids (short ones, so their order is the generator's to choose). */
const records = fc
  .record({ evidence: fc.array(evidence, { maxLength: 14 }), appraisals: fc.array(appraisal, { maxLength: 10 }), complaints: fc.array(complaint, { maxLength: 5 }) })
  .chain((r) =>
    fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), minLength: 1, maxLength: 4 }), { minLength: 29, maxLength: 29 }).map((ids) => {
      let i = 0;
      const id = () => ids[i++] ?? 'zz';
      return {
        evidence: r.evidence.map((e) => ({ ...e, id: id() })),
        appraisals: r.appraisals.map((a) => ({ ...a, id: id() })),
        complaints: r.complaints.map((c) => ({ ...c, id: id() })),
      } satisfies { [T in keyof SourceRecords]: SourceRecords[T][] };
    }),
  );

type Records = { [T in keyof SourceRecords]: SourceRecords[T][] };
const sources = (r: Records): SourceRecord[] => [
  ...r.evidence.map((record) => ({ table: 'evidence' as const, record })),
  ...r.appraisals.map((record) => ({ table: 'appraisals' as const, record })),
  ...r.complaints.map((record) => ({ table: 'complaints' as const, record })),
];
const sorted = (xs: SummaryRecord[]) => [...xs].sort((a, b) => `${a.campaignId}/${a.participantId}`.localeCompare(`${b.campaignId}/${b.participantId}`));

describe('a participant summary', () => {
  it('does not depend on the order the records come in', () => {
    fc.assert(
      fc.property(records, fc.infiniteStream(fc.nat()), (r, seeds) => {
        const shuffle = <T,>(xs: T[]) => xs.map((x) => [seeds.next().value, x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
        expect(sorted(summarizeAll({ evidence: shuffle(r.evidence), appraisals: shuffle(r.appraisals), complaints: shuffle(r.complaints) }))).toEqual(sorted(summarizeAll(r)));
      }),
    );
  });

  it('kept up to date write by write (the old record out, the new one in) is the summary made from scratch', () => {
    const edit = fc.record({ pick: fc.nat(), deleted: fc.boolean(), criterion: fc.constantFrom(...CRITERIA), result: fc.constantFrom(...APPRAISAL_RESULTS), substantiated: fc.boolean(), date });
    fc.assert(
      fc.property(records, fc.array(edit, { maxLength: 6 }), (r, edits) => {
        // Only one participant of one campaign: the records of others are not its business.
        const mine = sources(r).filter((s) => s.record.campaignId === 'c1' && s.record.participantId === 'p1');
        let kept = mine.reduce(addRecord, emptySummary('c1', 'p1'));
        const current = [...mine];
        for (const e of edits) {
          const i = e.pick % Math.max(1, current.length);
          const before = current[i];
          if (!before) break;
          const deletedAt = e.deleted ? DELETED : undefined;
          const after: SourceRecord =
            before.table === 'evidence'
              ? { table: 'evidence', record: { ...before.record, criterionId: e.criterion, deletedAt } }
              : before.table === 'appraisals'
                ? { table: 'appraisals', record: { ...before.record, result: e.result, deletedAt } }
                : { table: 'complaints', record: { ...before.record, substantiated: e.substantiated, date: e.date, deletedAt } };
          current[i] = after;
          kept = addRecord(removeRecord(kept, before), after);
        }
        expect(kept).toEqual(summarize('c1', 'p1', current));
      }),
    );
  });

  it('counts every record of a campaign, tombstones included, and none of another', () => {
    fc.assert(
      fc.property(records, (r) => {
        for (const s of summarizeAll(r)) {
          const own = <T extends { campaignId: string; participantId: string }>(xs: T[]) => xs.filter((x) => x.campaignId === s.campaignId && (s.kind === 'campaign' || x.participantId === s.participantId));
          if (s.kind === 'campaign') expect(s.counts).toEqual({ evidence: own(r.evidence).length, appraisals: own(r.appraisals).length, complaints: own(r.complaints).length });
          else {
            expect(s.records).toBe(own(r.evidence).length + own(r.appraisals).length + own(r.complaints).length);
            expect(s.evidence).toBe(own(r.evidence).filter((e) => !e.deletedAt).length);
          }
        }
      }),
    );
  });

  it('gives the eligibility rule what the records give it, for either category', () => {
    fc.assert(
      fc.property(records, fc.constantFrom('individual', 'collective' as const), (r, category) => {
        const summaries = summarizeAll(r);
        for (const campaignId of CAMPAIGNS) {
          for (const participantId of PARTICIPANTS) {
            // The records as the table used to read them: by campaign index, so in id order.
            const own = <T extends { id: string; campaignId: string; participantId: string }>(xs: T[]) =>
              xs.filter((x) => x.campaignId === campaignId && x.participantId === participantId).sort((a, b) => (a.id < b.id ? -1 : 1));
            const summary = summaries.find((s) => s.kind === 'participant' && s.campaignId === campaignId && s.participantId === participantId);
            const fromSummary = evaluateEligibility({ campaign, category, ...eligibilityInputs(summary?.kind === 'participant' ? summary : undefined) });
            const fromRecords = evaluateEligibility({ campaign, category, evidence: own(r.evidence), appraisals: own(r.appraisals), complaints: own(r.complaints) });
            expect(fromSummary).toEqual(fromRecords);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('has no entry for a criterion with nothing live, and no summary for a participant without records', () => {
    const e = { id: 'e1', campaignId: 'c1', participantId: 'p1', criterionId: 'k1' };
    const gone = summarize('c1', 'p1', [{ table: 'evidence', record: { ...e, deletedAt: DELETED } }]);
    expect(gone).toMatchObject({ records: 1, evidence: 0, criteria: {} });
    const one = summarize('c1', 'p1', [{ table: 'evidence', record: e }]);
    expect(removeRecord(one, { table: 'evidence', record: e })).toEqual(emptySummary('c1', 'p1'));
    expect(summarizeAll({ evidence: [], appraisals: [], complaints: [] })).toEqual([]);
  });
});
