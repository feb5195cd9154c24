import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NOMINATION_STATUSES, type NominationStatus } from './nomination';
import {
  isDossierComplete,
  lockingRound,
  NEXT_STATUSES,
  nominationProblems,
  reportSectionsFromEvidence,
  transition,
  transitionProblem,
  bulkStepProblem,
  BULK_STEPS,
  BULK_STEP_FROM,
  bulkAppraisalInputProblems,
  bulkAppraisalProblem,
  withAppraisal,
  withReceived,
  type BulkAppraisal,
  type NominationCheckInput,
} from './nomination-rules';

const dossier = (full: boolean, result?: 'dat' | 'khong-dat', date?: string) => ({
  checklist: full ? { 'to-trinh': true, 'bao-cao-thanh-tich': true, 'bien-ban': true } : { 'to-trinh': true },
  report: { summary: '', sections: [] },
  appraisalNote: '',
  achievement: '',
  ...(result ? { appraisalResult: result } : {}),
  ...(date ? { appraisalDate: date } : {}),
});

describe('status flow', () => {
  it('walks the happy path proposed → awarded', () => {
    let n = { status: 'proposed' as NominationStatus, dossier: dossier(true, 'dat', '2025-01-10') };
    for (const to of ['dossier-complete', 'appraised', 'on-ballot', 'selected', 'awarded'] as const) n = transition(n, to);
    expect(n.status).toBe('awarded');
  });

  it('needs a complete checklist, then an appraisal "đạt" with a date', () => {
    expect(transitionProblem({ status: 'proposed', dossier: dossier(false) }, 'dossier-complete')).toMatch(/Hồ sơ chưa đủ/);
    expect(transitionProblem({ status: 'dossier-complete', dossier: dossier(true) }, 'appraised')).toMatch(/Đạt/);
    expect(transitionProblem({ status: 'dossier-complete', dossier: dossier(true, 'khong-dat', '2025-01-10') }, 'appraised')).toMatch(/Đạt/);
    expect(transitionProblem({ status: 'dossier-complete', dossier: dossier(true, 'dat') }, 'appraised')).toMatch(/ngày thẩm định/);
    expect(transitionProblem({ status: 'dossier-complete', dossier: dossier(true, 'dat', '2025-01-10') }, 'appraised')).toBeNull();
  });

  it('refuses skipping steps and leaving "awarded"', () => {
    expect(() => transition({ status: 'proposed', dossier: dossier(true, 'dat', '2025-01-10') }, 'on-ballot')).toThrow(/Không thể chuyển/);
    for (const to of NOMINATION_STATUSES) if (to !== 'awarded') expect(transitionProblem({ status: 'awarded', dossier: dossier(true) }, to)).not.toBeNull();
    expect(transitionProblem({ status: 'selected', dossier: dossier(true) }, 'withdrawn')).not.toBeNull();
  });

  it('allows exactly the listed moves (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NOMINATION_STATUSES), fc.constantFrom(...NOMINATION_STATUSES), (from, to) => {
        const problem = transitionProblem({ status: from, dossier: dossier(true, 'dat', '2025-01-10') }, to);
        expect(problem === null).toBe(from === to || NEXT_STATUSES[from].includes(to));
      }),
    );
  });

  it('knows a complete dossier', () => {
    expect(isDossierComplete({ dossier: dossier(true) })).toBe(true);
    expect(isDossierComplete({ dossier: dossier(false) })).toBe(false);
  });
});

const base: NominationCheckInput = {
  category: 'individual',
  quota: 3,
  alreadyNominated: 0,
  adding: 1,
  eligible: true,
  eligibilityReasons: [],
  overQuotaReason: '',
  eligibilityOverrideReason: '',
  nominationsOpen: true,
  alreadyNominatedParticipant: false,
  displayName: 'Võ Văn An',
};

describe('nomination checks', () => {
  it('accepts an eligible nominee within the quota', () => {
    expect(nominationProblems(base)).toEqual([]);
  });

  it('refuses while gates hold nominations back, whatever else', () => {
    expect(nominationProblems({ ...base, nominationsOpen: false })).toEqual([expect.stringMatching(/điều kiện của phong trào/)]);
  });

  it('needs a reason exactly when the quota is exceeded (property)', () => {
    fc.assert(
      fc.property(fc.nat(10), fc.nat(10), fc.integer({ min: 1, max: 5 }), fc.boolean(), (quota, already, adding, withReason) => {
        const problems = nominationProblems({ ...base, quota, alreadyNominated: already, adding, overQuotaReason: withReason ? 'Để Hội đồng chọn' : '  ' });
        const refused = problems.some((p) => p.includes('Vượt số lượng'));
        expect(refused).toBe(already + adding > quota && !withReason);
      }),
    );
  });

  it('needs an override reason for an ineligible participant, naming why', () => {
    const problems = nominationProblems({ ...base, eligible: false, eligibilityReasons: ['Có phản ánh được xác minh ngày 12/09/2024'] });
    expect(problems).toEqual([expect.stringContaining('Võ Văn An chưa đủ điều kiện (Có phản ánh được xác minh ngày 12/09/2024)')]);
    expect(nominationProblems({ ...base, eligible: false, eligibilityOverrideReason: 'Đã khắc phục' })).toEqual([]);
  });

  it('refuses nominating the same participant twice', () => {
    expect(nominationProblems({ ...base, alreadyNominatedParticipant: true })[0]).toMatch(/đã được đề xuất/);
  });
});

describe('rounds lock nominations', () => {
  const round = (status: string, ids: string[], deletedAt?: string) => ({ number: 1, status, candidateIds: ids, deletedAt });
  it('only a closed or published live round containing the nomination locks it', () => {
    expect(lockingRound('n1', [round('open', ['n1']), round('prepared', ['n1'])])).toBeUndefined();
    expect(lockingRound('n1', [round('closed', ['n2'])])).toBeUndefined();
    expect(lockingRound('n1', [round('closed', ['n1'], '2025-01-01T00:00:00.000Z')])).toBeUndefined();
    expect(lockingRound('n1', [round('closed', ['n1'])])).toBeDefined();
    expect(lockingRound('n1', [round('published', ['n1', 'n2'])])).toBeDefined();
  });
});

describe('achievement report prefill', () => {
  it('makes one section per criterion with evidence, in date order, skipping other categories', () => {
    const criteria = [
      { id: 'c1', shortName: 'Chấp hành', appliesTo: 'both' },
      { id: 'c2', shortName: 'Chỉ cho tập thể', appliesTo: 'collective' },
      { id: 'c3', shortName: 'Sáng kiến', appliesTo: 'individual' },
    ];
    const sections = reportSectionsFromEvidence(criteria, 'individual', [
      { criterionId: 'c1', description: 'Sau', date: '2024-11-02' },
      { criterionId: 'c1', description: 'Trước', date: '2024-03-01' },
      { criterionId: 'c2', description: 'Không lấy' },
      { criterionId: 'c3', description: 'Đã xoá', deletedAt: '2024-12-01T00:00:00.000Z' },
    ]);
    expect(sections).toEqual([{ heading: 'Tiêu chí 1: Chấp hành', body: 'Trước\nSau' }]);
  });
});

describe('bulk steps', () => {
  const statusArb = fc.constantFrom(...NOMINATION_STATUSES);
  const dossierArb = fc.record({
    checklist: fc.record({ 'to-trinh': fc.boolean(), 'bao-cao-thanh-tich': fc.boolean(), 'bien-ban': fc.boolean() }),
    report: fc.constant({ summary: '', sections: [] as { heading: string; body: string }[] }),
    appraisalNote: fc.constant(''),
    achievement: fc.constant(''),
    appraisalResult: fc.constantFrom('dat' as const, 'khong-dat' as const, undefined),
    appraisalDate: fc.constantFrom('2025-01-10', undefined),
  });

  it('names the missing paper, the missing appraisal, and a dossier at another step', () => {
    expect(bulkStepProblem({ status: 'proposed', dossier: dossier(false) }, 'dossier-complete')).toBe('hồ sơ còn thiếu báo cáo thành tích.');
    expect(bulkStepProblem({ status: 'dossier-complete', dossier: dossier(true) }, 'appraised')).toMatch(/^chưa thể ghi “Đã thẩm định”: cần ghi kết quả thẩm định “Đạt”/);
    expect(bulkStepProblem({ status: 'proposed', dossier: dossier(true, 'dat', '2025-01-10') }, 'on-ballot')).toBe(
      'đang ở bước “Đã đề xuất”; chỉ hồ sơ ở bước “Đã thẩm định” mới chuyển được sang “Đưa ra bình xét”.',
    );
    expect(bulkStepProblem({ status: 'on-ballot', dossier: dossier(true) }, 'on-ballot')).toBe('đã ở bước “Đưa ra bình xét”.');
    expect(bulkStepProblem(undefined, 'dossier-complete')).toBe('chưa được đề xuất.');
    expect(bulkStepProblem({ status: 'withdrawn', dossier: dossier(true) }, 'dossier-complete')).toBe('chưa được đề xuất.');
    expect(bulkStepProblem({ status: 'appraised', dossier: dossier(true, 'dat', '2025-01-10') }, 'on-ballot')).toBeNull();
  });

  it('allows exactly the forward step the single-dossier rules allow, from the step just before', () => {
    fc.assert(
      fc.property(statusArb, dossierArb, fc.constantFrom(...BULK_STEPS), (status, d, to) => {
        const n = { status, dossier: d };
        const allowed = bulkStepProblem(n, to) === null;
        expect(allowed).toBe(status === BULK_STEP_FROM[to] && transitionProblem(n, to) === null);
        // An allowed step is always a forward one: never back, never a skip.
        if (allowed) expect(NEXT_STATUSES[status][0]).toBe(to);
      }),
    );
  });

  it('every refusal is a sentence ready to follow a name', () => {
    fc.assert(
      fc.property(fc.option(fc.record({ status: statusArb, dossier: dossierArb }), { nil: undefined }), fc.constantFrom(...BULK_STEPS), (n, to) => {
        const problem = bulkStepProblem(n, to);
        if (problem !== null) expect(problem).toMatch(/^\p{Ll}.*\.$/u);
      }),
    );
  });
});

describe('bulk appraisal', () => {
  const dat: BulkAppraisal = { result: 'dat', date: '2025-12-15', note: ' Đủ tiêu chuẩn. ' };
  const statusArb = fc.constantFrom(...NOMINATION_STATUSES);
  const dossierArb = fc.record({
    checklist: fc.record({ 'to-trinh': fc.boolean(), 'bao-cao-thanh-tich': fc.boolean(), 'bien-ban': fc.boolean() }),
    report: fc.constant({ summary: '', sections: [] as { heading: string; body: string }[] }),
    appraisalNote: fc.constant(''),
    achievement: fc.constant(''),
  });

  it('asks for a real date, in words the clerk understands', () => {
    expect(bulkAppraisalInputProblems(dat)).toEqual({});
    expect(bulkAppraisalInputProblems({ ...dat, date: undefined }).date).toBe('Hãy ghi ngày thẩm định.');
    expect(bulkAppraisalInputProblems({ ...dat, date: '31/02/2025' }).date).toMatch(/^Ngày thẩm định không hợp lệ: nhập theo dạng ngày\/tháng\/năm/);
    expect(bulkAppraisalInputProblems({ ...dat, date: '2025-02-31' }).date).toMatch(/không hợp lệ/);
    expect(bulkAppraisalInputProblems({ ...dat, note: 'x'.repeat(4001) }).note).toMatch(/4000/);
  });

  it('writes the result, date and trimmed note, and keeps the papers and the report', () => {
    const before = dossier(true);
    expect(withAppraisal(before, dat)).toEqual({ ...before, appraisalResult: 'dat', appraisalDate: '2025-12-15', appraisalNote: 'Đủ tiêu chuẩn.' });
  });

  it('appraises a dossier at "Đủ hồ sơ" only, and says why not elsewhere', () => {
    expect(bulkAppraisalProblem({ status: 'dossier-complete', dossier: dossier(true) }, dat)).toBeNull();
    expect(bulkAppraisalProblem({ status: 'dossier-complete', dossier: dossier(true) }, { ...dat, result: 'khong-dat' })).toBeNull();
    expect(bulkAppraisalProblem({ status: 'proposed', dossier: dossier(false) }, dat)).toBe(
      'đang ở bước “Đã đề xuất”; chỉ hồ sơ ở bước “Đủ hồ sơ” mới chuyển được sang “Đã thẩm định”.',
    );
    expect(bulkAppraisalProblem({ status: 'proposed', dossier: dossier(false) }, { ...dat, result: 'khong-dat' })).toBe(
      'đang ở bước “Đã đề xuất”; chỉ hồ sơ ở bước “Đủ hồ sơ” mới ghi được kết quả thẩm định.',
    );
    expect(bulkAppraisalProblem({ status: 'appraised', dossier: dossier(true, 'dat', '2025-01-10') }, dat)).toBe('đã ở bước “Đã thẩm định”.');
    expect(bulkAppraisalProblem(undefined, dat)).toBe('chưa được đề xuất.');
    expect(bulkAppraisalProblem({ status: 'withdrawn', dossier: dossier(true) }, dat)).toBe('chưa được đề xuất.');
  });

  it('"Đạt" is allowed exactly where the dossier page would then confirm "Đã thẩm định"', () => {
    fc.assert(
      fc.property(statusArb, dossierArb, (status, d) => {
        const allowed = bulkAppraisalProblem({ status, dossier: d }, dat) === null;
        expect(allowed).toBe(status === 'dossier-complete' && transitionProblem({ status, dossier: withAppraisal(d, dat) }, 'appraised') === null);
      }),
    );
  });

  it('ticking the papers received lets a dossier at "Đã đề xuất" take the "Đủ hồ sơ" step', () => {
    const n = { status: 'proposed' as const, dossier: dossier(false) };
    expect(bulkStepProblem(n, 'dossier-complete')).not.toBeNull();
    const ticked = { ...n, dossier: withReceived(n.dossier, ['bao-cao-thanh-tich']) };
    expect(ticked.dossier.checklist).toEqual({ 'to-trinh': true, 'bao-cao-thanh-tich': true });
    expect(bulkStepProblem(ticked, 'dossier-complete')).toBeNull();
  });
});

describe('bulk appraisal, before the date is typed', () => {
  it('lists the dossiers that will be appraised without waiting for the date (the date is checked once, for all)', () => {
    expect(bulkAppraisalProblem({ status: 'dossier-complete', dossier: dossier(true) }, { result: 'dat' })).toBeNull();
    expect(bulkAppraisalInputProblems({ result: 'dat', date: undefined, note: '' }).date).toBe('Hãy ghi ngày thẩm định.');
  });
});
