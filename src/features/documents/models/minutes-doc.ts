// Biên bản họp Hội đồng (mẫu 1.9): time, place, attendees and absentees, chair, secretary,
// content, results; THƯ KÝ signs left, CHỦ TỌA right.
import { bold, p, type Block } from '../../../domain/document-model';
import { ATTENDANCE_LABELS, COUNCIL_ROLE_LABELS } from '../../../domain/council';
import { CATEGORY_LABELS } from '../../../domain/rules';
import { dateInText, timeInText } from '../../../domain/document-format';
import { formatDate } from '../../../lib/vi-date';
import { roundResult } from '../../../domain/vote-counting';
import { closedRounds, percent, voteBaseCount } from './count-doc';
import { chairOf, councilHeader, missing, nameOf, secretaryOf, sourceLine, type BuildResult, type DocumentData } from './document-data';

export function buildMinutes(d: DocumentData, sessionId: string | undefined): BuildResult {
  const closed = closedRounds(d);
  const sessions = d.sessions.filter((s) => !s.deletedAt && closed.some((r) => r.sessionId === s.id));
  const session = sessions.find((s) => s.id === sessionId) ?? sessions.at(-1);
  if (!session) return missing('Chưa có phiên họp nào có vòng bỏ phiếu đã đóng: biên bản họp ghi kết quả bỏ phiếu.');
  const members = d.members.filter((m) => !m.deletedAt).sort((a, b) => a.order - b.order);
  const chair = chairOf(d, session);
  const secretary = secretaryOf(d, session);
  const present = members.filter((m) => session.attendance[m.id] === 'present');
  const absent = members.filter((m) => session.attendance[m.id] !== 'present');
  const who = (m: (typeof members)[number]) => `${m.fullName}${m.position ? `, ${m.position}` : ''} — ${COUNCIL_ROLE_LABELS[m.role]}`;
  const start = timeInText(session.startTime);
  const end = timeInText(session.endTime);
  // The council's result of each round: written opinions of absent members counted, and
  // what the round decided for each candidate (a tie at the edge goes to the run-off).
  const results: Block[] = closed
    .filter((r) => r.sessionId === session.id)
    .flatMap((r) => {
      const outcome = roundResult(r, session, members);
      const lines = r.candidateIds.map((id) => {
        const c = outcome.candidates.find((x) => x.candidateId === id);
        const agree = c?.agree ?? 0;
        const base = c?.base ?? voteBaseCount(d, r);
        const written = c?.writtenAgree ? `, gồm ${c.writtenAgree} ý kiến bằng văn bản` : '';
        const verdict = outcome.winners.includes(id)
          ? 'được chọn'
          : outcome.tie?.candidateIds.includes(id)
            ? outcome.runoff
              ? 'bằng phiếu ở vị trí cuối cùng, bầu lại'
              : 'bằng phiếu, Hội đồng quyết định'
            : 'không được chọn';
        return p(`- ${nameOf(d, id)}: ${agree}/${base} phiếu đồng ý (${percent(agree, base)})${written} — ${verdict};`);
      });
      return [p(`Vòng ${r.number} (${CATEGORY_LABELS[r.category]}): phát ra ${r.tally?.issued ?? 0} phiếu, thu vào ${r.tally?.returned ?? 0}, hợp lệ ${r.tally?.valid ?? 0}, không hợp lệ ${r.tally?.invalid ?? 0}.`), ...lines];
    });
  const blocks: Block[] = [
    p(`Vào lúc ${start || '…'}, ${dateInText(session.date)}, tại ${session.place}, Hội đồng Thi đua - Khen thưởng tổ chức họp xét khen thưởng trong ${d.campaign.shortName}.`),
    bold('I. THÀNH PHẦN THAM DỰ'),
    p(`1. Chủ tọa: ${chair?.fullName ?? '…'}${chair?.position ? `, ${chair.position}` : ''}.`),
    p(`2. Thư ký: ${secretary?.fullName ?? '…'}${secretary?.position ? `, ${secretary.position}` : ''}.`),
    p(`3. Có mặt ${present.length}/${members.length} thành viên:`),
    ...present.map((m) => p(`- ${who(m)};`)),
    p(`Vắng ${absent.length} thành viên${absent.length ? ':' : '.'}`),
    ...absent.map((m) => p(`- ${who(m)} (${ATTENDANCE_LABELS[session.attendance[m.id] ?? 'absent'].toLocaleLowerCase('vi')});`)),
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
      source: sourceLine(d, [`phiên họp ngày ${formatDate(session.date)}`]),
      pages: [{ header: councilHeader(d, 'BB-HĐTĐKT', session.date), title: { type: 'BIÊN BẢN', summary: `Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng ${d.campaign.shortName}` }, blocks }],
    },
  };
}
