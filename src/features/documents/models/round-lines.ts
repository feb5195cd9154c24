// The words both biên bản use for a round's frozen result: one sentence per candidate, the
// written opinions, recusals and the preference. Read from the record; nothing is recounted.
import type { VotingRound } from '../../../domain/council';
import type { FrozenCandidate, RoundResult } from '../../../domain/round-result-schema';
import { quorumPhrase, thresholdPhrase } from '../../../domain/quorum';
import { VOTE_BASE_LABELS, VOTING_MODE_LABELS } from '../../../domain/rules';
import { WOMEN_PREFERENCE_SOURCE } from '../../../domain/women-preference';
import { roundTitleIn } from '../../../domain/round-names';
import { nameOf, sortNominations, type DocumentData } from './document-data';

export function verdictOf(c: FrozenCandidate, result: RoundResult): string {
  if (c.outcome === 'chosen') return c.preferred ? `được chọn (ưu tiên theo ${WOMEN_PREFERENCE_SOURCE})` : 'được chọn';
  if (c.outcome === 'tied') return result.runoff ? 'bằng phiếu ở vị trí cuối cùng, bầu lại' : 'bằng phiếu, Hội đồng quyết định';
  if (c.outcome === 'passed-over-quota') return 'đạt tỷ lệ nhưng ngoài số lượng, không được chọn';
  return 'không đạt tỷ lệ, không được chọn';
}

/** The candidates of a round in the order of every document: collectives, then given names. */
export function candidatesInOrder(d: DocumentData, result: RoundResult): FrozenCandidate[] {
  const byId = new Map(result.candidates.map((c) => [c.candidateId, c]));
  const nominations = d.nominations.filter((n) => byId.has(n.id));
  const ordered = sortNominations(d, nominations).map((n) => byId.get(n.id)).filter((c): c is FrozenCandidate => !!c);
  return [...ordered, ...result.candidates.filter((c) => !nominations.some((n) => n.id === c.candidateId))];
}

export function votesText(c: FrozenCandidate): string {
  const written = c.writtenAgree > 0 ? `, gồm ${c.writtenAgree} ý kiến bằng văn bản` : '';
  return `${c.agree}/${c.base} phiếu đồng ý (${c.percent}${written})`;
}

export function rulesSentence(result: RoundResult): string {
  const written = result.rules.writtenOpinionsCount ? '; có tính ý kiến bằng văn bản hợp lệ của thành viên vắng mặt' : '';
  return `Hình thức: ${VOTING_MODE_LABELS[result.rules.mode].toLocaleLowerCase('vi')}. Túc số: ${quorumPhrase(result.rules.quorum)} (có mặt ${result.quorum.present}/${result.quorum.total}, cần ${result.quorum.required}). Đạt khi số phiếu đồng ý ${thresholdPhrase(result.rules.threshold)} ${VOTE_BASE_LABELS[result.rules.base]} được biểu quyết${written}; chọn ${result.quota}.`;
}

export function opinionLines(d: DocumentData, result: RoundResult): string[] {
  const member = (id: string) => d.members.find((m) => m.id === id)?.fullName ?? '(thành viên đã bị xoá)';
  return result.writtenOpinions.map((o) =>
    o.status === 'applied'
      ? `Ý kiến bằng văn bản của ông (bà) ${member(o.memberId)}: ${o.agreeIds.length ? `đồng ý ${o.agreeIds.map((id) => nameOf(d, id)).join(', ')}` : 'không đồng ý với ứng viên nào'}; đã tính.`
      : `Ý kiến bằng văn bản của ông (bà) ${member(o.memberId)}: không tính (${o.reason.replace(/\.$/, '')}).`,
  );
}

export function recusalLines(d: DocumentData, round: VotingRound, result: RoundResult): string[] {
  const member = (id: string) => d.members.find((m) => m.id === id)?.fullName ?? '(thành viên đã bị xoá)';
  return Object.entries(result.electorate.recusals).flatMap(([memberId, ids]) => {
    const on = ids.filter((id) => round.candidateIds.includes(id));
    return on.length ? [`Ông (bà) ${member(memberId)} không biểu quyết đối với ${on.map((id) => nameOf(d, id)).join(', ')}.`] : [];
  });
}

export function preferenceLine(d: DocumentData, result: RoundResult): string | null {
  if (!result.preference) return null;
  const names = (ids: readonly string[]) => ids.map((id) => nameOf(d, id)).join(', ');
  const among = names(result.preference.among);
  if (result.preference.narrowedTo) {
    return `${among} bằng số phiếu; áp dụng ${WOMEN_PREFERENCE_SOURCE} (ưu tiên nữ hoặc tập thể có từ 70% nữ): bầu lại giữa ${names(result.preference.narrowedTo)}.`;
  }
  return `${among} bằng số phiếu; áp dụng ${WOMEN_PREFERENCE_SOURCE} (ưu tiên nữ hoặc tập thể có từ 70% nữ): chọn ${names(result.preference.chosen)}.`;
}

/** A round named by what it decides; the award too when its category has more than one. */
export function titleOf(d: DocumentData, round: VotingRound): string {
  return roundTitleIn(d.campaign.rewards, round);
}

/** Members proposed as not voting (a nominee, a head of a nominated unit) whom the council kept voting. */
export function declinedRecusalLines(d: DocumentData, round: VotingRound): string[] {
  const session = d.sessions.find((s) => s.id === round.sessionId);
  const member = (id: string) => d.members.find((m) => m.id === id)?.fullName ?? '(thành viên đã bị xoá)';
  return Object.entries(session?.recusalsDeclined ?? {}).flatMap(([memberId, ids]) => {
    const on = ids.filter((id) => round.candidateIds.includes(id));
    if (on.length === 0) return [];
    const name = member(memberId);
    const self = on.length === 1 && nameOf(d, on[0] ?? '') === name;
    const why = self ? 'là người được đề xuất' : `có liên quan đến ${on.map((id) => nameOf(d, id)).join(', ')}`;
    return [`Ông (bà) ${name} ${why}; Hội đồng thống nhất để ông (bà) vẫn biểu quyết.`];
  });
}
