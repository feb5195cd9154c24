// Biên bản họp Hội đồng (mẫu 1.9): time, place, attendees and absentees, chair, secretary,
// content, results; THƯ KÝ signs left, CHỦ TỌA right.
import { bold, p, type Block } from '../../../domain/document-model';
import { ATTENDANCE_LABELS, COUNCIL_ROLE_LABELS } from '../../../domain/council';
import { dateInText, timeInText } from '../../../domain/document-format';
import { formatDate } from '../../../lib/vi-date';
import { supersededRoundIds } from '../../../domain/council-results';
import { closedRounds } from './count-doc';
import { candidatesInOrder, declinedRecusalLines, opinionLines, preferenceLine, recusalLines, rulesSentence, titleOf, verdictOf, votesText } from './round-lines';
import { chairOf, councilHeader, missing, nameOf, secretaryOf, sourceLine, type BuildResult, type DocumentData } from './document-data';

export function buildMinutes(d: DocumentData, sessionId: string | undefined): BuildResult {
  const closed = closedRounds(d);
  const sessions = d.sessions.filter((s) => !s.deletedAt && closed.some((r) => r.sessionId === s.id));
  const session = sessions.find((s) => s.id === sessionId) ?? sessions.at(-1);
  if (!session) return missing('Chưa có phiên họp nào có vòng bỏ phiếu đã đóng: biên bản họp ghi kết quả bỏ phiếu.');
  const members = d.members.filter((m) => !m.deletedAt).sort((a, b) => a.order - b.order);
  const chair = chairOf(d, session);
  const secretary = secretaryOf(d, session);
  // Who attended as the first vote froze it: the paper must not say 8/9 where the vote counted 9/9.
  // A later change of attendance shows in each round's own "có mặt".
  const firstVote = closed.find((r) => r.sessionId === session.id && r.result);
  const attendance = firstVote?.result?.electorate.attendance ?? session.attendance;
  const present = members.filter((m) => attendance[m.id] === 'present');
  const absent = members.filter((m) => attendance[m.id] !== 'present');
  const who = (m: (typeof members)[number]) => `${m.fullName}${m.position ? `, ${m.position}` : ''} — ${COUNCIL_ROLE_LABELS[m.role]}`;
  const start = timeInText(session.startTime);
  const end = timeInText(session.endTime);
  // Each round as its frozen result says: how it was voted and under which rules, the written
  // opinions and recusals, and what it decided for each candidate.
  const superseded = supersededRoundIds(d.rounds);
  const results: Block[] = closed
    .filter((r) => r.sessionId === session.id)
    .flatMap((r, i) => {
      const result = r.result;
      if (!result) return [];
      // A corrected round stays in the minutes, with its numbers, but decides nothing.
      const verdict = (c: Parameters<typeof verdictOf>[0]) => (superseded.has(r.id) ? 'kết quả này đã được thay bằng vòng điều chỉnh' : verdictOf(c, result));
      const lines = candidatesInOrder(d, result).map((c) => p(`- ${nameOf(d, c.candidateId)}: ${votesText(c)} — ${verdict(c)};`));
      const preference = preferenceLine(d, result);
      return [
        p(`${i + 1}. ${titleOf(d, r)}. ${rulesSentence(result)}`),
        ...(r.correctionReason ? [p(`Lý do điều chỉnh: ${r.correctionReason}`)] : []),
        p(`Phát ra ${result.ballots.issued} phiếu, thu vào ${result.ballots.returned}, hợp lệ ${result.ballots.valid}, không hợp lệ ${result.ballots.invalid}.`),
        ...opinionLines(d, result).map((t) => p(t)),
        ...recusalLines(d, r, result).map((t) => p(t)),
        ...declinedRecusalLines(d, r).map((t) => p(t)),
        ...lines,
        ...(preference ? [p(preference)] : []),
        ...(result.mismatchAcceptedReason ? [p(`Sai lệch kiểm phiếu được Hội đồng chấp nhận, lý do: ${result.mismatchAcceptedReason}`)] : []),
      ];
    });
  const blocks: Block[] = [
    p(`Vào lúc ${start || '…'}, ${dateInText(session.date)}, tại ${session.place}, Hội đồng Thi đua - Khen thưởng tổ chức họp xét khen thưởng trong ${d.campaign.shortName}.`),
    bold('I. THÀNH PHẦN THAM DỰ'),
    p(`1. Chủ tọa: ${chair?.fullName ?? '…'}${chair?.position ? `, ${chair.position}` : ''}.`),
    p(`2. Thư ký: ${secretary?.fullName ?? '…'}${secretary?.position ? `, ${secretary.position}` : ''}.`),
    p(`3. Có mặt ${present.length}/${members.length} thành viên:`),
    ...present.map((m) => p(`- ${who(m)};`)),
    p(absent.length ? `Vắng ${absent.length} thành viên:` : 'Không có thành viên vắng mặt.'),
    ...absent.map((m) => p(`- ${who(m)} (${ATTENDANCE_LABELS[attendance[m.id] ?? 'absent'].toLocaleLowerCase('vi')});`)),
    bold('II. NỘI DUNG'),
    ...session.agenda.map((a, i) => p(`${i + 1}. ${a}`)),
    ...(session.notes ? session.notes.split(/\n+/).map((t) => p(t)) : []),
    bold('III. KẾT QUẢ'),
    ...results,
    p(`Cuộc họp kết thúc vào lúc ${end || '…'} cùng ngày. Biên bản đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất./.`),
    { kind: 'signatures', columns: [{ heading: ['THƯ KÝ'], name: secretary?.fullName ?? '' }, { heading: ['CHỦ TỌA'], name: chair?.fullName ?? '' }] },
  ];
  return {
    ok: true,
    model: {
      name: 'Biên bản họp Hội đồng',
      fileName: `bien-ban-hop-hoi-dong-${session.date}.docx`,
      orientation: 'portrait',
      source: sourceLine(d, [`phiên họp ngày ${formatDate(session.date)}`], session.date),
      pages: [{ header: councilHeader(d, 'BB-HĐTĐKT', session.date), title: { type: 'BIÊN BẢN', summary: `Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng ${d.campaign.shortName}` }, blocks }],
    },
  };
}
