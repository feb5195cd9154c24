import { countRound } from '../../domain/vote-counting';
import { DEFAULT_VOTING_RULES } from '../../domain/rules';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../db/test-db';
import { loadDemoData } from '../../db/demo-data';
import { foldForSearch } from '../../lib/vi-text';
import { buildRows } from './table-rows';
import { loadTableSource } from './use-nomination-data';
import { compareByName, compareRowNames, foldedMatch, rankNames } from './table-columns';

let campaignId: string;
beforeEach(async () => {
  freshDatabase();
  campaignId = await loadDemoData();
});

describe('nomination table rows', () => {
  it('has every participant of the demo campaign with eligibility, nominations and dossier', async () => {
    const source = await loadTableSource(campaignId);
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
    const source = await loadTableSource(campaignId);
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
    const source = await loadTableSource(campaignId);
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
