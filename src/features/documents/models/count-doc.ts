// Biên bản kiểm phiếu of one closed round: ballots issued / returned / valid / invalid,
// votes and percentage per candidate, the counting committee's signatures.
import { p, type Block } from '../../../domain/document-model';
import type { VotingRound } from '../../../domain/council';
import { CATEGORY_LABELS, VOTE_BASE_LABELS } from '../../../domain/rules';
import { dateInText, timeInText } from '../../../domain/document-format';
import { formatDate } from '../../../lib/vi-date';
import { councilHeader, missing, nameOf, safeFileName, sourceLine, type BuildResult, type DocumentData } from './document-data';

export function voteBaseCount(d: DocumentData, round: VotingRound): number {
  const session = d.sessions.find((s) => s.id === round.sessionId);
  if (round.rules.base === 'valid-ballots') return round.tally?.valid ?? 0;
  if (round.rules.base === 'present') return Object.values(session?.attendance ?? {}).filter((a) => a === 'present').length;
  return d.members.filter((m) => !m.deletedAt).length;
}

export function percent(part: number, whole: number): string {
  if (whole <= 0) return '—';
  return `${(Math.round((part / whole) * 10000) / 100).toString().replace('.', ',')}%`;
}

export function closedRounds(d: DocumentData): VotingRound[] {
  return d.rounds.filter((r) => !r.deletedAt && (r.status === 'closed' || r.status === 'published') && r.tally);
}

export function buildCount(d: DocumentData, roundId: string | undefined): BuildResult {
  const closed = closedRounds(d);
  const round = closed.find((r) => r.id === roundId) ?? closed.at(-1);
  if (!round?.tally) return missing('Chưa có vòng bỏ phiếu nào đã đóng và kiểm phiếu: biên bản kiểm phiếu chỉ lập được sau khi đóng vòng.');
  const t = round.tally;
  const session = d.sessions.find((s) => s.id === round.sessionId);
  const base = voteBaseCount(d, round);
  const rows = round.candidateIds.map((id, i) => {
    const v = t.perCandidate[id] ?? { agree: 0, disagree: 0 };
    return [String(i + 1), nameOf(d, id), String(v.agree), percent(v.agree, base), String(v.disagree)];
  });
  const time = timeInText(session?.startTime);
  const blocks: Block[] = [
    p(`${time ? `Vào lúc ${time}, ` : 'Vào '}${dateInText(session?.date)}, tại ${session?.place || '…'}, Ban kiểm phiếu tiến hành kiểm phiếu bầu khen thưởng ${CATEGORY_LABELS[round.category].toLocaleLowerCase('vi')} vòng ${round.number} trong ${d.campaign.shortName}.`),
    p(`Số phiếu phát ra: ${t.issued}; số phiếu thu vào: ${t.returned}; số phiếu hợp lệ: ${t.valid}; số phiếu không hợp lệ: ${t.invalid}.`),
    p(`Kết quả (tỉ lệ tính trên ${VOTE_BASE_LABELS[round.rules.base]}: ${base}):`),
    { kind: 'table', columns: [{ header: 'STT', width: 8, align: 'center' }, { header: 'Họ và tên / Tên tập thể', width: 45 }, { header: 'Số phiếu đồng ý', width: 16, align: 'center' }, { header: 'Tỉ lệ', width: 14, align: 'center' }, { header: 'Không đồng ý', width: 16, align: 'center' }], rows },
    ...(round.mismatchAcceptedReason ? [p(`Ghi chú: ${round.mismatchAcceptedReason}`)] : []),
    p('Biên bản kiểm phiếu lập xong, đọc lại cho Hội đồng cùng nghe và thống nhất./.'),
    { kind: 'signatures', columns: [{ heading: ['THÀNH VIÊN BAN KIỂM PHIẾU'], name: '' }, { heading: ['TRƯỞNG BAN KIỂM PHIẾU'], name: '' }] },
  ];
  return {
    ok: true,
    model: {
      name: `Biên bản kiểm phiếu vòng ${round.number}`,
      fileName: `bien-ban-kiem-phieu-vong-${round.number}-${safeFileName(CATEGORY_LABELS[round.category])}.docx`,
      orientation: 'portrait',
      source: sourceLine(d, [`vòng ${round.number} (${CATEGORY_LABELS[round.category]})`, `họp ngày ${formatDate(session?.date)}`]),
      pages: [{ header: councilHeader(d, 'BB-HĐTĐKT', session?.date), title: { type: 'BIÊN BẢN KIỂM PHIẾU', summary: `Bầu khen thưởng ${CATEGORY_LABELS[round.category].toLocaleLowerCase('vi')} — vòng ${round.number}` }, blocks }],
    },
  };
}
