// A year-end campaign: one person may be proposed for both Lao động tiên tiến and Chiến sĩ thi
// đua cơ sở. The table keeps the person on one row and shows each title's nomination on its own
// line (status, dossier, votes, result), withdrawn ones by the same rule as before, per title;
// the export and print carry the same lines; bulk actions act on each title's nomination.
import { beforeEach, describe, expect, it } from 'vitest';
import { constructTable } from '@tanstack/react-table';
// The table without React, as the grid builds it (rows, sort, search, export).
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { freshDatabase } from '../../db/test-db';
import { loadDemoData } from '../../db/demo-data';
import type { VotingRound } from '../../domain/council';
import type { Nomination } from '../../domain/nomination';
import { foldForSearch } from '../../lib/vi-text';
import { buildRows, type TableSource } from './table-rows';
import { readNominationTable } from '../../db/nomination-table-read';
import { columns, features, globalSearch, rankNames } from './table-columns';
import { shownTable } from './table-toolbar';
import { toCsv } from './table-export';
import { awardChoices, nominationTargets } from './nomination-targets';

let base: TableSource;
beforeEach(async () => {
  freshDatabase();
  const source = await readNominationTable(await loadDemoData());
  if (!source) throw new Error('no source');
  base = source;
});

const LDTT = 'reward-ldtt';
const CSTD = 'reward-cstd';

/** The demo campaign made a year-end one: Tập thể LĐTT for units, LĐTT and CSTĐ cơ sở for people. */
function yearEnd(make: (nominationOf: (name: string, rewardId: string, status: Nomination['status'], createdAt: string) => Nomination) => Nomination[], rounds: VotingRound[] = []): TableSource {
  const [collective, individual] = base.campaign.rewards;
  if (!collective || !individual) throw new Error('no rewards');
  const campaign = {
    ...base.campaign,
    rewards: [
      { ...collective, form: 'Danh hiệu “Tập thể lao động tiên tiến”', titleKey: 'tap-the-lao-dong-tien-tien' as const },
      { ...individual, id: LDTT, form: 'Danh hiệu “Lao động tiên tiến”', titleKey: 'lao-dong-tien-tien' as const },
      { ...individual, id: CSTD, form: 'Danh hiệu “Chiến sĩ thi đua cơ sở”', titleKey: 'chien-si-thi-dua-co-so' as const },
    ],
  };
  const template = base.nominations.find((n) => n.category === 'individual');
  if (!template) throw new Error('no nomination');
  let seq = 0;
  const nominationOf = (name: string, rewardId: string, status: Nomination['status'], createdAt: string): Nomination => {
    const participant = base.participants.find((p) => p.displayName === name);
    if (!participant) throw new Error(name);
    seq += 1;
    return { ...template, id: `n${seq}`, participantId: participant.id, rewardId, status, createdAt, dossier: { ...template.dossier, checklist: { 'to-trinh': true } } };
  };
  return { ...base, campaign, nominations: make(nominationOf), rounds };
}

/** A published round that gave each nomination its agree votes out of 5. */
function round(agree: Record<string, number>): VotingRound {
  const candidates = Object.entries(agree).map(([candidateId, n]) => ({ candidateId, agree: n, base: 5, percent: `${n * 20}%`, outcome: n >= 4 ? 'chosen' : 'failed' }));
  return { id: 'r1', status: 'published', number: 1, attempt: 1, candidateIds: Object.keys(agree), result: { candidates }, publishedAt: '2025-12-20T03:00:00.000Z' } as unknown as VotingRound;
}

const BINH = 'Đặng Thị Bích';
const AN = 'Võ Văn An';

describe('a person proposed for two titles', () => {
  it('keeps one row with a line per title: selected for LĐTT, not selected for CSTĐ cơ sở, votes and dossier of each', () => {
    const source = yearEnd((n) => [n(BINH, LDTT, 'selected', '2025-12-01'), n(BINH, CSTD, 'not-selected', '2025-12-02')], [round({ n1: 5, n2: 3 })]);
    const rows = buildRows(source);
    expect(rows.filter((r) => r.name === BINH)).toHaveLength(1);
    const row = rows.find((r) => r.name === BINH);
    expect(row).toMatchObject({
      nominated: true,
      nominatedLabel: 'Đã đề xuất: LĐTT, CSTĐ cơ sở',
      status: 'LĐTT: Được chọn\nCSTĐ cơ sở: Không được chọn',
      dossier: 'LĐTT: 1/3\nCSTĐ cơ sở: 1/3',
      votes: 'LĐTT: 5/5 (100%)\nCSTĐ cơ sở: 3/5 (60%)',
      result: 'LĐTT: Được chọn\nCSTĐ cơ sở: Không được chọn',
      nominatedRewardIds: [LDTT, CSTD],
      proposable: false,
    });
    // Each line knows its own nomination, so each links to its own dossier.
    expect(row?.perTitle.map((e) => [e.label, e.nomination.id])).toEqual([['LĐTT', 'n1'], ['CSTĐ cơ sở', 'n2']]);
    // The search finds her by the title she is proposed for, without accents.
    expect(row?.search).toContain(foldForSearch('CSTĐ cơ sở: Không được chọn'));
  });

  it('shows a withdrawn title as withdrawn, per title, and a title proposed again by its live nomination', () => {
    const source = yearEnd((n) => [
      n(BINH, LDTT, 'proposed', '2025-12-01'),
      n(BINH, CSTD, 'withdrawn', '2025-12-02'),
      n(AN, CSTD, 'withdrawn', '2025-12-01'),
      n(AN, CSTD, 'appraised', '2025-12-03'),
    ]);
    const rows = buildRows(source);
    const binh = rows.find((r) => r.name === BINH);
    expect(binh).toMatchObject({ nominated: true, nominatedLabel: 'Đã đề xuất: LĐTT', status: 'LĐTT: Đã đề xuất\nCSTĐ cơ sở: Đã rút', dossier: 'LĐTT: 1/3', votes: '', result: '', nominatedRewardIds: [LDTT] });
    expect(binh?.perTitle.map((e) => e.nominated)).toEqual([true, false]);
    const an = rows.find((r) => r.name === AN);
    expect(an).toMatchObject({ nominated: true, status: 'CSTĐ cơ sở: Đã thẩm định', nominatedRewardIds: [CSTD] });
    expect(an?.nomination?.id).toBe('n4');
  });

  it('is not proposed at all when every title is withdrawn, and the row opens the first title', () => {
    const rows = buildRows(yearEnd((n) => [n(BINH, LDTT, 'withdrawn', '2025-12-01'), n(BINH, CSTD, 'withdrawn', '2025-12-02')]));
    const binh = rows.find((r) => r.name === BINH);
    expect(binh).toMatchObject({ nominated: false, nominatedLabel: '', status: 'LĐTT: Đã rút\nCSTĐ cơ sở: Đã rút', dossier: '' });
    expect(binh?.nomination?.id).toBe('n1');
  });

  it('keeps a campaign with one award per category exactly as before: no per-title lines', () => {
    const rows = buildRows(base);
    expect(rows.every((r) => r.perTitle.length === 0)).toBe(true);
    expect(rows.find((r) => r.name === BINH)).toMatchObject({ nominatedLabel: 'Đã đề xuất', status: 'Đã thẩm định', dossier: '2/3' });
  });

  it('exports and prints one line per title in the cell, and the search and status filter find the title', () => {
    const source = yearEnd((n) => [n(BINH, LDTT, 'selected', '2025-12-01'), n(BINH, CSTD, 'not-selected', '2025-12-02')], [round({ n1: 5, n2: 3 })]);
    const table = constructTable({
      features: { ...features, coreReactivityFeature: storeReactivityBindings() } as typeof features,
      columns,
      data: rankNames(buildRows(source)),
      getRowId: (row) => row.participantId,
      globalFilterFn: globalSearch,
      getColumnCanGlobalFilter: (column) => column.id === 'search',
      initialState: { sorting: [{ id: 'name', desc: false }], columnVisibility: { search: false }, globalFilter: 'cstd khong duoc chon' },
    });
    const rows = table.getRowModel().rows;
    expect(rows.map((r) => r.original.name)).toEqual([BINH]);
    const exported = shownTable(table, rows);
    const cell = (header: string) => exported.rows[0]?.[exported.headers.indexOf(header)];
    expect(cell('Tên')).toBe(BINH);
    expect(cell('Đã đề xuất')).toBe('Đã đề xuất: LĐTT, CSTĐ cơ sở');
    expect(cell('Trạng thái hồ sơ')).toBe('LĐTT: Được chọn\nCSTĐ cơ sở: Không được chọn');
    expect(cell('Phiếu đồng ý')).toBe('LĐTT: 5/5 (100%)\nCSTĐ cơ sở: 3/5 (60%)');
    expect(cell('Kết quả')).toBe('LĐTT: Được chọn\nCSTĐ cơ sở: Không được chọn');
    // CSV keeps both lines in one quoted cell.
    expect(toCsv(exported)).toContain('"LĐTT: Được chọn\nCSTĐ cơ sở: Không được chọn"');
    table.setGlobalFilter('');
    table.setColumnFilters([{ id: 'status', value: 'cstd co so' }]);
    expect(table.getRowModel().rows.map((r) => r.original.name)).toEqual([BINH]);
  });

  it('gives bulk actions each title as its own target, or only the title picked', () => {
    const rows = buildRows(yearEnd((n) => [n(BINH, LDTT, 'proposed', '2025-12-01'), n(BINH, CSTD, 'proposed', '2025-12-02'), n(AN, LDTT, 'proposed', '2025-12-01')]));
    const picked = rows.filter((r) => r.name === BINH || r.name === AN || r.name === 'Đỗ Văn Khánh');
    expect(awardChoices(picked)).toEqual([{ rewardId: LDTT, label: 'LĐTT' }, { rewardId: CSTD, label: 'CSTĐ cơ sở' }]);
    const all = nominationTargets(picked).map((t) => [t.name, t.nomination?.id]);
    expect(all).toEqual(expect.arrayContaining([[`${BINH} (LĐTT)`, 'n1'], [`${BINH} (CSTĐ cơ sở)`, 'n2'], [`${AN} (LĐTT)`, 'n3'], ['Đỗ Văn Khánh', undefined]]));
    expect(all).toHaveLength(4);
    const cstdOnly = nominationTargets(picked, CSTD).map((t) => [t.name, t.nomination?.id]);
    expect(cstdOnly).toEqual(expect.arrayContaining([[`${BINH} (CSTĐ cơ sở)`, 'n2'], [AN, undefined], ['Đỗ Văn Khánh', undefined]]));
    expect(cstdOnly).toHaveLength(3);
    // A campaign with one award per category: one target per row, as before.
    expect(nominationTargets(buildRows(base).filter((r) => r.name === BINH)).map((t) => t.name)).toEqual([BINH]);
  });
});
