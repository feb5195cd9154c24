// Sum checks of an entered tally (paper ballots or a show of hands): the counting committee's
// numbers must add up before a round can close, unless a mismatch is accepted with a reason.
import type { Tally, VotingRound } from './council';
import type { VotingMode } from './rules';

export interface TallyIssue {
  code: 'returned-over-issued' | 'valid-invalid-sum' | 'issued-over-present' | 'candidate-over-valid' | 'choices-over-quota' | 'candidate-over-voters' | 'missing';
  candidateId?: string;
  message: string;
}

export interface TallyContext {
  mode: VotingMode;
  candidateIds: readonly string[];
  quota: number;
  /** Members present (who may receive a ballot). */
  present: number;
  /** Present members who may vote on each candidate (present minus recused). */
  votersFor: (candidateId: string) => number;
  name?: (candidateId: string) => string;
}

/** The context a round's tally is checked in: who was present, and who may vote on each candidate. */
export function tallyContextOf(round: Pick<VotingRound, 'rules' | 'candidateIds' | 'quota' | 'electorate'>): TallyContext {
  const e = round.electorate;
  const present = e ? e.memberIds.filter((m) => e.attendance[m] === 'present') : [];
  return {
    mode: round.rules.mode,
    candidateIds: round.candidateIds,
    quota: round.quota,
    present: present.length,
    votersFor: (c) => present.filter((m) => !(e?.recusals[m] ?? []).includes(c)).length,
  };
}

export function checkTally(tally: Tally | undefined, ctx: TallyContext): TallyIssue[] {
  if (!tally) return [{ code: 'missing', message: 'Chưa nhập kết quả kiểm phiếu.' }];
  const name = ctx.name ?? ((id: string) => id);
  const issues: TallyIssue[] = [];
  if (ctx.mode === 'paper') {
    if (tally.issued > ctx.present) {
      issues.push({ code: 'issued-over-present', message: `Số phiếu phát ra (${tally.issued}) nhiều hơn số thành viên có mặt (${ctx.present}).` });
    }
    if (tally.returned > tally.issued) {
      issues.push({ code: 'returned-over-issued', message: `Số phiếu thu về (${tally.returned}) nhiều hơn số phiếu phát ra (${tally.issued}).` });
    }
    if (tally.valid + tally.invalid !== tally.returned) {
      issues.push({
        code: 'valid-invalid-sum',
        message: `Phiếu hợp lệ (${tally.valid}) + không hợp lệ (${tally.invalid}) = ${tally.valid + tally.invalid}, khác số phiếu thu về (${tally.returned}).`,
      });
    }
  }
  let choices = 0;
  for (const id of ctx.candidateIds) {
    const c = tally.perCandidate[id] ?? { agree: 0, disagree: 0 };
    choices += c.agree;
    const limit = ctx.mode === 'paper' ? tally.valid : ctx.votersFor(id);
    if (c.agree + c.disagree > limit) {
      issues.push({
        code: ctx.mode === 'paper' ? 'candidate-over-valid' : 'candidate-over-voters',
        candidateId: id,
        message:
          ctx.mode === 'paper'
            ? `${name(id)}: đồng ý (${c.agree}) + không đồng ý (${c.disagree}) nhiều hơn số phiếu hợp lệ (${tally.valid}).`
            : `${name(id)}: đồng ý (${c.agree}) + không đồng ý (${c.disagree}) nhiều hơn số thành viên được biểu quyết (${limit}).`,
      });
    }
  }
  if (ctx.mode === 'paper' && ctx.quota > 0 && choices > tally.valid * ctx.quota) {
    issues.push({
      code: 'choices-over-quota',
      message: `Tổng số lựa chọn đồng ý (${choices}) vượt quá số phiếu hợp lệ × số lượng được bầu (${tally.valid} × ${ctx.quota}): có phiếu chọn quá số lượng, phiếu đó phải tính là không hợp lệ.`,
    });
  }
  return issues;
}

/** An empty tally for the candidates of a round. */
export function emptyTally(candidateIds: readonly string[]): Tally {
  return { issued: 0, returned: 0, valid: 0, invalid: 0, perCandidate: Object.fromEntries(candidateIds.map((id) => [id, { agree: 0, disagree: 0 }])) };
}
