import { countRound } from '../../domain/vote-counting';
import { DEFAULT_VOTING_RULES } from '../../domain/rules';
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { db } from '../../db/database';
import { freshDatabase } from '../../db/test-db';
import { loadDemoData } from '../../db/demo-data';
import { evaluateEligibility } from '../../domain/eligibility';
import { APPRAISAL_RESULTS, type Appraisal, type Complaint, type Evidence } from '../../domain/evidence';
import { summarizeAll } from '../../domain/participant-summary';
import { foldForSearch } from '../../lib/vi-text';
import { buildRows, type NominationRow, type TableSource } from './table-rows';
import { readNominationTable } from '../../db/nomination-table-read';
import { compareByName, compareRowNames, foldedMatch, rankNames } from './table-columns';

let campaignId: string;
beforeEach(async () => {
  freshDatabase();
  campaignId = await loadDemoData();
});

describe('nomination table rows', () => {
  it('has every participant of the demo campaign with eligibility, nominations and dossier', async () => {
    const source = await readNominationTable(campaignId);
    if (!source) throw new Error('no source');
    const rows = buildRows(source);
    expect(rows).toHaveLength(32);
    expect(rows.filter((r) => r.nominated).map((r) => r.category).sort()).toEqual(['collective', 'collective', 'individual', 'individual', 'individual', 'individual', 'individual']);
    const thy = rows.find((r) => r.name === 'Néang Sóc Thy');
    expect(thy).toMatchObject({ disqualified: true, eligible: false, criteriaMet: 4, criteriaTotal: 4, evidenceCount: 4 });
    const bich = rows.find((r) => r.name === 'Đặng Thị Bích');
    expect(bich).toMatchObject({ eligible: true, nominated: true, status: 'Đã thẩm định', dossier: '2/3', kind: 'Công chức', unit: 'Văn phòng - Thống kê', appraisalStatus: 'Đã đánh giá đủ' });
    const khanh = rows.find((r) => r.name === 'Đỗ Văn Khánh');
    expect(khanh).toMatchObject({ eligible: false, nominated: false, criteriaMet: 0, appraisalStatus: 'Chưa đánh giá', votes: '', result: '' });
    expect(foldedMatch(khanh?.search ?? '', foldForSearch('do van khanh doan thanh nien'))).toBe(true);
  });

  it('shows the frozen result of the last published round, written opinions included, and never recounts', async () => {
    const source = await readNominationTable(campaignId);
    if (!source) throw new Error('no source');
    const nominated = buildRows(source).find((r) => r.name === 'Võ Văn An')?.nomination;
    if (!nominated) throw new Error('no nomination');
    const ids = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];
    const electorate = { memberIds: ids, attendance: { ...Object.fromEntries(ids.map((m) => [m, 'present' as const])), m7: 'absent-written' as const }, recusals: {}, writtenOpinions: { m7: [nominated.id] } };
    // The tally the committee counted says 3 of 6; the absent member's written opinion makes it 4 of 7.
    const tally = { issued: 6, returned: 6, valid: 6, invalid: 0, perCandidate: { [nominated.id]: { agree: 3, disagree: 3 } } };
    const result = { ...countRound({ rules: { ...DEFAULT_VOTING_RULES, base: 'valid-ballots' }, quota: 1, candidateIds: [nominated.id], attempt: 1, electorate, tally }), computedAt: '2025-01-14T03:00:00.000Z' };
    const round = { id: 'r1', status: 'published', number: 1, candidateIds: [nominated.id], tally, result, publishedAt: '2025-01-14T03:00:00.000Z' } as unknown as (typeof source.rounds)[number];
    expect(buildRows({ ...source, rounds: [round] }).find((r) => r.name === 'Võ Văn An')?.votes).toBe('4/7 (57,14%)');
    const closedOnly = { ...round, status: 'closed' } as typeof round;
    expect(buildRows({ ...source, rounds: [closedOnly] }).find((r) => r.name === 'Võ Văn An')?.votes).toBe('');
  });
});

interface Records {
  evidence: Evidence[];
  appraisals: Appraisal[];
  complaints: Complaint[];
}

/**
 * The reference: the evidence columns as the table worked them out from the campaign's records
 * themselves before it read summaries (live records of the participant, in id order).
 */
function fromRecords(source: TableSource, records: Records, participantId: string, category: NominationRow['category']) {
  const own = <T extends { id: string; participantId: string; campaignId: string; deletedAt?: string | undefined }>(xs: T[]) =>
    xs.filter((x) => x.participantId === participantId && x.campaignId === source.campaign.id && !x.deletedAt).sort((a, b) => (a.id < b.id ? -1 : 1));
  const [evidence, appraisals, complaints] = [own(records.evidence), own(records.appraisals), own(records.complaints)];
  const e = evaluateEligibility({ campaign: source.campaign, category, evidence, appraisals, complaints });
  const appraised = e.perCriterion.filter((c) => appraisals.some((a) => a.criterionId === c.criterionId)).length;
  const appraisalStatus = appraised === 0 ? 'Chưa đánh giá' : appraised >= e.criteriaTotal ? 'Đã đánh giá đủ' : `Đang đánh giá ${appraised}/${e.criteriaTotal}`;
  return { evidenceCount: evidence.length, criteriaMet: e.criteriaMet, criteriaTotal: e.criteriaTotal, disqualified: e.disqualified, eligible: e.eligible, reasons: e.reasons, appraisalStatus };
}

const evidenceColumns = (r: NominationRow) => ({
  evidenceCount: r.evidenceCount,
  criteriaMet: r.criteriaMet,
  criteriaTotal: r.criteriaTotal,
  disqualified: r.disqualified,
  eligible: r.eligible,
  reasons: r.reasons,
  appraisalStatus: r.appraisalStatus,
});

async function storedRecords(): Promise<Records> {
  const database = db();
  return { evidence: await database.evidence.toArray(), appraisals: await database.appraisals.toArray(), complaints: await database.complaints.toArray() };
}

describe('the evidence columns, from the summaries and from the records', () => {
  it('are the same for every row of the demo campaign, read through the stored summaries', async () => {
    const source = await readNominationTable(campaignId);
    if (!source) throw new Error('no source');
    expect(source.stale).toBe(false);
    const records = await storedRecords();
    const rows = buildRows(source);
    expect(rows.some((r) => r.disqualified) && rows.some((r) => r.eligible) && rows.some((r) => r.appraisalStatus === 'Chưa đánh giá')).toBe(true);
    for (const row of rows) expect(evidenceColumns(row), row.name).toEqual(fromRecords(source, records, row.participantId, row.category));
  });

  it('are the same whatever the records: tombstones, two appraisals of one criterion after a merge, complaints in and out of the window', async () => {
    const source = await readNominationTable(campaignId);
    if (!source) throw new Error('no source');
    const participants = source.participants.map((p) => p.id);
    const criteria = [...source.campaign.criteria.map((c) => c.id), 'criterion-no-longer-in-the-plan'];
    const stamp = '2024-11-20T03:00:00.000Z';
    const owner = { participant: fc.constantFrom(...participants), deleted: fc.boolean(), id: fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 6 }) };
    const meta = (o: { participant: string; deleted: boolean; id: string }, i: number) => ({
      id: `${o.id}-${i}`,
      campaignId: source.campaign.id,
      participantId: o.participant,
      createdAt: stamp,
      updatedAt: stamp,
      rev: 1,
      ...(o.deleted ? { deletedAt: stamp } : {}),
    });
    const records = fc
      .record({
        evidence: fc.array(fc.record({ ...owner, criterion: fc.constantFrom(...criteria) }), { maxLength: 40 }),
        appraisals: fc.array(fc.record({ ...owner, criterion: fc.constantFrom(...criteria), result: fc.constantFrom(...APPRAISAL_RESULTS) }), { maxLength: 40 }),
        complaints: fc.array(fc.record({ ...owner, date: fc.constantFrom('2023-12-31', '2024-06-01', '2025-01-02'), substantiated: fc.boolean() }), { maxLength: 8 }),
      })
      .map(
        (r): Records => ({
          evidence: r.evidence.map((e, i) => ({ ...meta(e, i), criterionId: e.criterion, description: 'Minh chứng', documentNumber: '', attachmentIds: [], selfComment: '' })),
          appraisals: r.appraisals.map((a, i) => ({ ...meta(a, i), criterionId: a.criterion, result: a.result, note: '', appraisedBy: '' })),
          complaints: r.complaints.map((c, i) => ({ ...meta(c, i), date: c.date, content: 'Phản ánh', source: '', substantiated: c.substantiated, verificationNote: '' })),
        }),
      );
    fc.assert(
      fc.property(records, (r) => {
        const summaries = new Map(summarizeAll(r).flatMap((s) => (s.kind === 'participant' ? [[s.participantId, s] as const] : [])));
        for (const row of buildRows({ ...source, summaries })) expect(evidenceColumns(row)).toEqual(fromRecords(source, r, row.participantId, row.category));
      }),
      { numRuns: 60 },
    );
  });
});

describe('sorting and search helpers', () => {
  it('sorts people by given name and units by their whole name', () => {
    const rows = [
      { name: 'Đặng Thị Bích', category: 'individual' as const },
      { name: 'Ấp Voi 1', category: 'collective' as const },
      { name: 'Nguyễn Thị Ánh', category: 'individual' as const },
      { name: 'Võ Văn An', category: 'individual' as const },
      { name: 'Đoàn Thanh niên xã', category: 'collective' as const },
    ];
    expect([...rows].sort(compareRowNames).map((r) => r.name)).toEqual(['Võ Văn An', 'Nguyễn Thị Ánh', 'Ấp Voi 1', 'Đặng Thị Bích', 'Đoàn Thanh niên xã']);
  });

  it('sorts ranked rows exactly as collating their names does, and unranked ones too', async () => {
    const source = await readNominationTable(campaignId);
    if (!source) throw new Error('no source');
    const rows = buildRows(source);
    const expected = [...rows].sort(compareRowNames).map((r) => r.name);
    const shuffled = [...rows].reverse();
    expect([...shuffled].sort(compareByName).map((r) => r.name)).toEqual(expected); // not ranked yet: collates
    const ranked = rankNames(shuffled);
    expect(ranked.map((r) => r.name)).toEqual(expected); // handed to the table already in name order
    expect([...shuffled].sort(compareByName).map((r) => r.name)).toEqual(expected);
  });

  it('matches every word of an accent-free query, đ included', () => {
    const folded = foldForSearch('Đặng Thị Bích Công chức Văn phòng - Thống kê');
    expect(foldedMatch(folded, foldForSearch('dang bich'))).toBe(true);
    expect(foldedMatch(folded, foldForSearch('BICH thong ke'))).toBe(true);
    expect(foldedMatch(folded, foldForSearch('dang hung'))).toBe(false);
    expect(foldedMatch(folded, '')).toBe(true);
    // The same query against another row (the query's words are kept between calls).
    expect(foldedMatch(foldForSearch('Nguyễn Văn Hùng'), foldForSearch('dang hung'))).toBe(false);
    expect(foldedMatch(foldForSearch('Đặng Văn Hùng'), foldForSearch('dang hung'))).toBe(true);
  });
});
