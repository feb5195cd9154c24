// Sum checks of an entered tally (paper ballots or a show of hands): the counting committee's
// numbers must add up before a round can close. A count that is impossible (more votes than
// voters) always blocks; a mismatch (an under-count) blocks unless accepted with a reason that
// goes into the minutes.
import type { Tally, VotingRound } from './council';
import type { VotingMode } from './rules';

export interface TallyIssue {
  code:
    | 'missing'
    | 'returned-over-issued'
    | 'issued-over-present'
    | 'valid-invalid-sum'
    | 'recused-valid-range'
    | 'candidate-over'
    | 'candidate-under'
    | 'choices-over-quota';
  /** An impossible count can never be accepted; a mismatch can, with a reason. */
  severity: 'impossible' | 'mismatch';
  candidateId?: string;
  message: string;
}

export interface TallyContext {
  mode: VotingMode;
  candidateIds: readonly string[];
  quota: number;
  /** Members present (who may receive a ballot). */
  present: number;
  /** Present members recused on each candidate. */
  recusedPresent: (candidateId: string) => number;
  name?: (candidateId: string) => string;
}

/** The context a round's tally is checked in: who was present, and who was recused on each candidate. */
export function tallyContextOf(round: Pick<VotingRound, 'rules' | 'candidateIds' | 'quota' | 'electorate'>): TallyContext {
  const e = round.electorate;
  const present = e ? e.memberIds.filter((m) => e.attendance[m] === 'present') : [];
  return {
    mode: round.rules.mode,
    candidateIds: [...new Set(round.candidateIds)],
    quota: round.quota,
    present: present.length,
    recusedPresent: (c) => present.filter((m) => (e?.recusals[m] ?? []).includes(c)).length,
  };
}

/** Valid ballots (or hands) of the members entitled to vote on a candidate. */
export function entitledVoters(tally: Tally, ctx: TallyContext, candidateId: string): number {
  const recusedPresent = ctx.recusedPresent(candidateId);
  if (ctx.mode === 'hands') return ctx.present - recusedPresent;
  const recusedValid = tally.perCandidate[candidateId]?.recusedValid ?? Math.min(recusedPresent, tally.valid);
  return Math.max(0, tally.valid - recusedValid);
}

function ballotIssues(tally: Tally, ctx: TallyContext): TallyIssue[] {
  const issues: TallyIssue[] = [];
  if (tally.issued > ctx.present) {
    issues.push({ code: 'issued-over-present', severity: 'impossible', message: `Số phiếu phát ra (${tally.issued}) nhiều hơn số thành viên có mặt (${ctx.present}).` });
  }
  if (tally.returned > tally.issued) {
    issues.push({ code: 'returned-over-issued', severity: 'impossible', message: `Số phiếu thu về (${tally.returned}) nhiều hơn số phiếu phát ra (${tally.issued}).` });
  }
  if (tally.valid + tally.invalid !== tally.returned) {
    issues.push({
      code: 'valid-invalid-sum',
      severity: tally.valid + tally.invalid > tally.returned ? 'impossible' : 'mismatch',
      message: `Phiếu hợp lệ (${tally.valid}) + không hợp lệ (${tally.invalid}) = ${tally.valid + tally.invalid}, khác số phiếu thu về (${tally.returned}).`,
    });
  }
  return issues;
}

function candidateIssues(tally: Tally, ctx: TallyContext, id: string): TallyIssue[] {
  const name = ctx.name ?? ((x: string) => x);
  const c = tally.perCandidate[id] ?? { agree: 0, disagree: 0 };
  const recusedPresent = ctx.recusedPresent(id);
  if (ctx.mode !== 'hands' && c.recusedValid !== undefined && (c.recusedValid > recusedPresent || c.recusedValid > tally.valid)) {
    return [{
      code: 'recused-valid-range',
      severity: 'impossible',
      candidateId: id,
      message: `${name(id)}: số phiếu hợp lệ của thành viên không biểu quyết (${c.recusedValid}) nhiều hơn số thành viên đó có mặt (${recusedPresent}) hoặc số phiếu hợp lệ.`,
    }];
  }
  const entitled = entitledVoters(tally, ctx, id);
  const blank = c.blank ?? 0;
  const sum = c.agree + c.disagree + blank;
  if (sum === entitled) return [];
  const of = ctx.mode === 'hands' ? 'số thành viên có mặt được biểu quyết' : 'số phiếu hợp lệ của thành viên được bầu cho người này';
  const parts = `đồng ý (${c.agree}) + không đồng ý (${c.disagree})${blank ? ` + để trống (${blank})` : ''} = ${sum}`;
  return [{
    code: sum > entitled ? 'candidate-over' : 'candidate-under',
    severity: sum > entitled ? 'impossible' : 'mismatch',
    candidateId: id,
    message: `${name(id)}: ${parts}, ${sum > entitled ? 'nhiều hơn' : 'ít hơn'} ${of} (${entitled}).`,
  }];
}

export function checkTally(tally: Tally | undefined, ctx: TallyContext): TallyIssue[] {
  if (!tally) return [{ code: 'missing', severity: 'impossible', message: 'Chưa nhập kết quả kiểm phiếu.' }];
  const issues: TallyIssue[] = ctx.mode === 'paper' ? ballotIssues(tally, ctx) : [];
  let choices = 0;
  for (const id of new Set(ctx.candidateIds)) {
    choices += tally.perCandidate[id]?.agree ?? 0;
    issues.push(...candidateIssues(tally, ctx, id));
  }
  if (ctx.mode === 'paper' && ctx.quota > 0 && choices > tally.valid * ctx.quota) {
    issues.push({
      code: 'choices-over-quota',
      severity: 'impossible',
      message: `Tổng số lựa chọn đồng ý (${choices}) vượt quá số phiếu hợp lệ × số lượng được bầu (${tally.valid} × ${ctx.quota}): có phiếu chọn quá số lượng, phiếu đó phải tính là không hợp lệ.`,
    });
  }
  return issues;
}

/** True when the tally may close: nothing wrong, or only mismatches and a reason given. */
export function canClose(issues: readonly TallyIssue[], reason: string): boolean {
  if (issues.some((i) => i.severity === 'impossible')) return false;
  return issues.length === 0 || reason.trim().length > 0;
}

/** An empty tally for the candidates of a round. */
export function emptyTally(candidateIds: readonly string[]): Tally {
  return { issued: 0, returned: 0, valid: 0, invalid: 0, perCandidate: Object.fromEntries(candidateIds.map((id) => [id, { agree: 0, disagree: 0 }])) };
}
