// Báo cáo tổng kết: what the campaign did, whom it rewarded, the assessment and
// recommendations (section IV), sent to the higher level in force on the report's date.
import { bold, p, type Block } from '../../../domain/document-model';
import { collectivesAndIndividuals, countOf, dateInText, shortDateInText } from '../../../domain/document-format';
import { DISTRICT_WORDS } from '../../../domain/legal-bases';
import { NOMINATION_STATUS_LABELS } from '../../../domain/nomination';
import { moneyInWords } from '../../../domain/number-words';
import { formatMoney } from '../../../lib/vi-money';
import { higherBodiesOn, summaryDate } from './document-dates';
import { header, isChosen, nameOf, rewardOf, safeFileName, signBlock, sortNominations, sourceLine, type BuildResult, type DocumentData } from './document-data';

/** Recipients of the summary: the higher body in force on its date, then the plan's own, minus the old tier. */
function summaryRecipients(d: DocumentData, date: string | undefined): string[] {
  const higher = higherBodiesOn(d, date);
  const own = d.campaign.recipients.filter((r) => !DISTRICT_WORDS.test(r) && !/nội vụ/i.test(r) && !/^lưu\b/i.test(r.trim()));
  return [...new Set([...higher, ...own, 'Lưu: VT'])];
}

/**
 * Section IV when the clerk has written none: what the data says (the CCHC rank, who was
 * rewarded, what goes to the higher level), in the standard wording the clerk then edits.
 */
export function defaultAssessment(d: DocumentData, date?: string): string {
  const c = d.campaign;
  const chosen = d.nominations.filter(isChosen);
  const collectives = chosen.filter((n) => n.category === 'collective').length;
  const rank = c.gates.find((g) => g.kind === 'rank-at-most' && typeof g.value === 'number');
  const lines = [
    `Phong trào được triển khai kịp thời đến các cơ quan, đơn vị, cán bộ, công chức và người hoạt động không chuyên trách của xã; các tập thể, cá nhân hưởng ứng tích cực, góp phần đẩy mạnh cải cách hành chính năm ${c.year}.`,
  ];
  if (rank && typeof rank.value === 'number') {
    lines.push(`Kết quả chấm điểm cải cách hành chính năm ${c.year}: xã xếp thứ ${rank.value}${rank.score !== undefined ? ` với ${String(rank.score).replace('.', ',')} điểm` : ''}.`);
  }
  if (chosen.length) lines.push(`Qua bình xét, đã khen thưởng ${collectivesAndIndividuals(collectives, chosen.length - collectives)} tiêu biểu xuất sắc.`);
  const higher = higherBodiesOn(d, date)[0];
  const upward = c.rewards.some((r) => r.proposeToHigherLevel);
  lines.push(
    upward && higher
      ? `Kiến nghị: đề nghị ${higher} xem xét, hướng dẫn hồ sơ đề nghị khen thưởng cấp trên cho các tập thể, cá nhân tiêu biểu đủ điều kiện.`
      : `Phương hướng: tiếp tục phát động phong trào thi đua đẩy mạnh cải cách hành chính năm ${c.year + 1}, nhân rộng các cách làm hay, mô hình hiệu quả.`,
  );
  return lines.join('\n');
}

export function buildSummaryReport(d: DocumentData): BuildResult {
  const c = d.campaign;
  const org = c.issuingBody || d.settings.organisationName;
  const date = summaryDate(d);
  const participants = d.participants.filter((x) => !x.deletedAt);
  const nominations = d.nominations.filter((n) => !n.deletedAt);
  const chosen = sortNominations(d, nominations.filter(isChosen));
  const chosenCollectives = chosen.filter((n) => n.category === 'collective').length;
  const dec = d.decision;
  const total = dec?.awardees.reduce((s, a) => s + a.amount, 0) ?? 0;
  const counts = Object.entries(
    nominations.reduce<Record<string, number>>((acc, n) => ({ ...acc, [n.status]: (acc[n.status] ?? 0) + 1 }), {}),
  ).map(([s, k]) => `${NOMINATION_STATUS_LABELS[s as keyof typeof NOMINATION_STATUS_LABELS]}: ${countOf(k, '').trim()}`);
  const planKind = c.documentType ? c.documentType.charAt(0).toLocaleUpperCase('vi') + c.documentType.slice(1).toLocaleLowerCase('vi') : 'Kế hoạch';
  const plan = c.documentNumber ? `${planKind} số ${c.documentNumber}${c.issueDate ? ` ngày ${shortDateInText(c.issueDate)}` : ''}` : planKind;
  const assessment = c.documents.summary.assessment || defaultAssessment(d, date);
  const decCollectives = dec ? dec.awardees.filter((a) => rewardOf(d, a.rewardId)?.category === 'collective').length : 0;
  const blocks: Block[] = [
    bold('I. KẾT QUẢ TRIỂN KHAI'),
    p(`${org} đã ban hành ${plan} phát động ${c.shortName}. Có ${collectivesAndIndividuals(participants.filter((x) => x.category === 'collective').length, participants.filter((x) => x.category === 'individual').length) || '00 tập thể, cá nhân'} tham gia.`),
    bold('II. KẾT QUẢ BÌNH XÉT'),
    p(`Tổng số đề xuất khen thưởng: ${countOf(nominations.length, '').trim()}${counts.length ? ` (${counts.join('; ')})` : ''}.`),
    p(
      chosen.length
        ? `Hội đồng Thi đua - Khen thưởng đã chọn ${collectivesAndIndividuals(chosenCollectives, chosen.length - chosenCollectives)} để khen thưởng:`
        : 'Hội đồng Thi đua - Khen thưởng chưa chọn tập thể, cá nhân nào để khen thưởng.',
    ),
    ...chosen.map((n) => p(`- ${nameOf(d, n.id)};`)),
    bold('III. KHEN THƯỞNG'),
    dec?.date
      ? p(`Quyết định số ${dec.documentNumber || '…'} ${dateInText(dec.date)} của Chủ tịch ${org} khen thưởng ${collectivesAndIndividuals(decCollectives, dec.awardees.length - decCollectives)}, tổng số tiền ${formatMoney(total)} (bằng chữ: ${moneyInWords(total).toLocaleLowerCase('vi')}).`)
      : p('Chưa ban hành quyết định khen thưởng.'),
    bold('IV. ĐÁNH GIÁ CHUNG VÀ KIẾN NGHỊ'),
    ...assessment.split(/\n+/).filter(Boolean).map((t) => p(t)),
    { kind: 'signatures', recipients: summaryRecipients(d, date), columns: [signBlock(c.signature.prefix, c.signature.position, c.signature.signerName)] },
  ];
  return {
    ok: true,
    model: {
      name: 'Báo cáo tổng kết',
      fileName: `bao-cao-tong-ket-${safeFileName(c.shortName)}.docx`,
      orientation: 'portrait',
      source: sourceLine(d, [], date),
      pages: [{ header: header(d, { number: c.documents.summary.number, symbol: 'BC-UBND' }, date), title: { type: 'BÁO CÁO', summary: `Tổng kết ${c.shortName}` }, blocks }],
    },
  };
}
