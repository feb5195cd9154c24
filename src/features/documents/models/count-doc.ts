// Biên bản kiểm phiếu of one closed round, from its frozen result: ballots issued / returned /
// valid / invalid, votes, base and percentage per candidate, the written opinions counted, and
// the counting committee (Ban kiểm phiếu), named, signing.
import { p, type Block } from '../../../domain/document-model';
import type { CouncilSession, VotingRound } from '../../../domain/council';
import { CATEGORY_LABELS } from '../../../domain/rules';
import { dateInText } from '../../../domain/document-format';
import { formatDate } from '../../../lib/vi-date';
import { councilHeader, missing, nameOf, safeFileName, sourceLine, type BuildResult, type DocumentData } from './document-data';
import { candidatesInOrder, declinedRecusalLines, opinionLines, preferenceLine, recusalLines, rulesSentence, titleOf } from './round-lines';
import { supersededRoundIds } from '../../../domain/council-results';
import type { FrozenCandidate } from '../../../domain/round-result-schema';

export function closedRounds(d: DocumentData): VotingRound[] {
  return d.rounds.filter((r) => !r.deletedAt && (r.status === 'closed' || r.status === 'published') && r.result).sort((a, b) => a.number - b.number);
}

/** "14 giờ 35 phút" of a timestamp, in the PC's time zone (the room's). */
export function clockInText(timestamp: string | undefined): string {
  if (!timestamp) return '';
  const t = new Date(timestamp);
  if (Number.isNaN(t.getTime())) return '';
  return `${String(t.getHours()).padStart(2, '0')} giờ ${String(t.getMinutes()).padStart(2, '0')} phút`;
}

/** The local calendar date of a timestamp (ISO). */
export function localDate(timestamp: string | undefined): string | undefined {
  if (!timestamp) return undefined;
  const t = new Date(timestamp);
  if (Number.isNaN(t.getTime())) return undefined;
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
}

export function committeeOf(d: DocumentData, session: CouncilSession | undefined) {
  const byId = (id: string) => d.members.find((m) => m.id === id && !m.deletedAt);
  const c = session?.countingCommittee ?? { memberIds: [] };
  const head = c.headId ? byId(c.headId) : undefined;
  const members = c.memberIds.filter((id) => id !== c.headId).map(byId).filter((m) => m !== undefined);
  return { head, members };
}

const SHORT_VERDICT = { chosen: 'Được chọn', tied: 'Bằng phiếu', 'passed-over-quota': 'Đạt, ngoài số lượng', failed: 'Không đạt' } as const;

export function buildCount(d: DocumentData, roundId: string | undefined): BuildResult {
  const closed = closedRounds(d);
  const round = closed.find((r) => r.id === roundId) ?? closed.at(-1);
  const result = round?.result;
  if (!round || !result) return missing('Chưa có vòng bỏ phiếu nào đã kết thúc và kiểm phiếu: biên bản kiểm phiếu chỉ lập được sau khi kết thúc vòng.');
  const session = d.sessions.find((s) => s.id === round.sessionId);
  const { head, members } = committeeOf(d, session);
  const title = titleOf(d, round);
  const superseded = supersededRoundIds(d.rounds).has(round.id);
  const shortVerdict = (c: FrozenCandidate) => (superseded ? 'Đã điều chỉnh' : SHORT_VERDICT[c.outcome]);
  const rows = candidatesInOrder(d, result).map((c, i) => [
    String(i + 1),
    nameOf(d, c.candidateId),
    c.writtenAgree > 0 ? `${c.agree} (gồm ${c.writtenAgree} văn bản)` : String(c.agree),
    String(c.base),
    c.percent,
    String(c.disagree),
    shortVerdict(c),
  ]);
  const time = clockInText(round.closedAt);
  // Counted at the meeting: its date, and the clock time the round closed.
  const countedOn = session?.date ?? localDate(round.closedAt);
  const committee = head
    ? `Ban kiểm phiếu gồm: ông (bà) ${head.fullName}, Trưởng ban${members.length ? `; ${members.map((m) => `ông (bà) ${m.fullName}`).join(', ')}, thành viên` : ''}.`
    : 'Ban kiểm phiếu: (chưa ghi tên trong phiên họp).';
  const blocks: Block[] = [
    p(`${time ? `Vào lúc ${time}, ` : 'Vào '}${dateInText(countedOn)}, tại ${session?.place || '…'}, Ban kiểm phiếu tiến hành kiểm phiếu ${title.charAt(0).toLocaleLowerCase('vi')}${title.slice(1)} trong ${d.campaign.shortName}.`),
    p(committee),
    p(rulesSentence(result)),
    p(`Số phiếu phát ra: ${result.ballots.issued}; số phiếu thu vào: ${result.ballots.returned}; số phiếu hợp lệ: ${result.ballots.valid}; số phiếu không hợp lệ: ${result.ballots.invalid}.`),
    ...opinionLines(d, result).map((t) => p(t)),
    ...recusalLines(d, round, result).map((t) => p(t)),
    ...declinedRecusalLines(d, round).map((t) => p(t)),
    p('Kết quả kiểm phiếu:'),
    {
      kind: 'table',
      columns: [
        { header: 'STT', width: 8, align: 'center' },
        { header: 'Họ và tên / Tên tập thể', width: 29 },
        { header: 'Số phiếu đồng ý', width: 13, align: 'center' },
        { header: 'Cơ sở tính tỉ lệ', width: 11, align: 'center' },
        { header: 'Tỉ lệ', width: 11, align: 'center' },
        { header: 'Không đồng ý', width: 12, align: 'center' },
        { header: 'Kết quả', width: 16, align: 'center' },
      ],
      rows,
    },
    ...(preferenceLine(d, result) ? [p(preferenceLine(d, result) ?? '')] : []),
    ...(result.mismatchAcceptedReason ? [p(`Ghi chú: sai lệch kiểm phiếu được Hội đồng chấp nhận, lý do: ${result.mismatchAcceptedReason}`)] : []),
    ...(round.correctionReason ? [p(`Vòng này điều chỉnh vòng trước, lý do: ${round.correctionReason}`)] : []),
    p('Biên bản kiểm phiếu lập xong, đọc lại cho Hội đồng cùng nghe và thống nhất./.'),
    {
      kind: 'signatures',
      columns: [
        { heading: ['THÀNH VIÊN BAN KIỂM PHIẾU'], name: members.map((m) => m.fullName).join(', ') },
        { heading: ['TRƯỞNG BAN KIỂM PHIẾU'], name: head?.fullName ?? '' },
      ],
    },
  ];
  return {
    ok: true,
    model: {
      name: `Biên bản kiểm phiếu — ${title}`,
      fileName: `bien-ban-kiem-phieu-vong-${round.number}-${safeFileName(CATEGORY_LABELS[round.category])}.docx`,
      orientation: 'portrait',
      source: sourceLine(d, [`vòng ${round.number} (${title})`, `họp ngày ${formatDate(session?.date)}`], countedOn),
      pages: [{ header: councilHeader(d, 'BB-HĐTĐKT', countedOn), title: { type: 'BIÊN BẢN KIỂM PHIẾU', summary: title }, blocks }],
    },
  };
}
