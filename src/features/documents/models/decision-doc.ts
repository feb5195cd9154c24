// Quyết định khen thưởng (mẫu 1.2): căn cứ, Điều 1–3, the awardees with amounts, the total
// in words, Nơi nhận. Filled from the saved decision; says what is missing otherwise.
import { centered, p, type Block } from '../../../domain/document-model';
import { basisLine, collectivesAndIndividuals, shortDateInText, upper } from '../../../domain/document-format';
import { moneyInWords } from '../../../domain/number-words';
import { roundingWords } from '../../../domain/money';
import { formatDecimal, formatMoney } from '../../../lib/vi-money';
import { formatDate } from '../../../lib/vi-date';
import { header, missing, nameOf, rewardOf, safeFileName, signBlock, sortAwardees, sourceLine, type BuildResult, type DocumentData } from './document-data';
import { lastSessionDate, legalBasesOn, proposalDate } from './document-dates';
import { isYearEndCampaign } from '../../../domain/year-end';
import { titleArticleOne, titleDecisionSummary } from './title-decision-doc';

export function decisionSummary(d: DocumentData): string {
  if (isYearEndCampaign(d.campaign)) return titleDecisionSummary(d.campaign);
  return `Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc trong ${d.campaign.shortName}`;
}

export function buildDecision(d: DocumentData): BuildResult {
  const dec = d.decision;
  if (!dec) return missing('Chưa lập quyết định khen thưởng: hãy nhập số, ngày ký và người ký ở mục “Quyết định khen thưởng”.');
  if (!dec.date) return missing('Quyết định chưa có ngày ký: cần ngày ký để tính mức lương cơ sở và tiền thưởng.');
  if (dec.awardees.length === 0) return missing('Chưa có tập thể, cá nhân nào được Hội đồng chọn (chưa có vòng bỏ phiếu đã đóng).');
  const c = d.campaign;
  const org = c.issuingBody || d.settings.organisationName;
  const collectives = dec.awardees.filter((a) => rewardOf(d, a.rewardId)?.category === 'collective').length;
  const individuals = dec.awardees.length - collectives;
  const total = dec.awardees.reduce((s, a) => s + a.amount, 0);
  const base = dec.awardees[0]?.baseSalary ?? 0;
  const rounding = roundingWords(c.moneyRules.roundTo);
  const who = collectivesAndIndividuals(collectives, individuals);

  // Căn cứ: the laws and decree in force on the decision's own date (Settings), then the
  // plan, the council's minutes and the proposal (tờ trình).
  const italic = (text: string) => p(text, { runs: [{ text, italic: true }] });
  const basis: Block[] = legalBasesOn(d, dec.date).map(italic);
  if (c.documentNumber) {
    basis.push(italic(basisLine(c.documentType ? c.documentType.charAt(0) + c.documentType.slice(1).toLocaleLowerCase('vi') : 'Kế hoạch', c.documentNumber, c.issueDate, org, c.title)));
  }
  const session = lastSessionDate(d);
  if (session) basis.push(italic(`Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng ngày ${shortDateInText(session)};`));
  const proposal = c.documents.proposal;
  const proposalDay = proposalDate(d);
  const proposer = d.settings.proposal.by === 'officer' ? d.settings.proposal.officerPosition || 'công chức phụ trách thi đua, khen thưởng' : 'Hội đồng Thi đua - Khen thưởng';
  basis.push(italic(`Xét đề nghị của ${proposer} tại Tờ trình${proposal.number ? ` số ${proposal.number}` : ''}${proposalDay ? ` ngày ${shortDateInText(proposalDay)}` : ''}.`));

  const awardees = sortAwardees(d, dec.awardees);
  const rows = awardees.map((a, i) => {
    const r = rewardOf(d, a.rewardId);
    return [String(i + 1), nameOf(d, a.nominationId), r?.category === 'collective' ? 'Tập thể' : 'Cá nhân', formatDecimal(a.coefficient), formatMoney(a.amount)];
  });
  rows.push(['', 'Tổng cộng', '', '', formatMoney(total)]);
  const forms = [...new Set(dec.awardees.map((a) => rewardOf(d, a.rewardId)?.form).filter(Boolean))].join('; ');

  // A year-end campaign recognises titles ("công nhận danh hiệu"), one list per title.
  const yearEnd = isYearEndCampaign(c);
  const articleOne: Block[] = yearEnd
    ? titleArticleOne(d, dec)
    : [
        p('', { runs: [{ text: 'Điều 1. ', bold: true }, { text: `Tặng ${forms || 'Giấy khen'} cho ${who} đã có thành tích xuất sắc trong ${c.shortName}, gồm:` }] }),
        { kind: 'table', columns: [{ header: 'STT', width: 8, align: 'center' }, { header: 'Tập thể, cá nhân', width: 44 }, { header: 'Loại', width: 14, align: 'center' }, { header: 'Hệ số', width: 10, align: 'center' }, { header: 'Số tiền', width: 22, align: 'right' }], rows, boldLastRow: true },
      ];
  const blocks: Block[] = [
    centered([{ text: `${upper(signatureAuthority(dec.signature.position))} ${upper(org)}`, bold: true }], { spaceBefore: 6 }),
    ...basis,
    centered([{ text: 'QUYẾT ĐỊNH:', bold: true }], { spaceBefore: 6 }),
    ...articleOne,
    p('', {
      runs: [
        { text: 'Điều 2. ', bold: true },
        { text: `Tiền thưởng kèm theo tính bằng hệ số nhân với mức lương cơ sở ${formatMoney(base)} (áp dụng tại ngày ${formatDate(dec.date)})${rounding ? `, làm tròn lên ${rounding}` : ''}. Tổng số tiền: ${formatMoney(total)} ` },
        { text: `(Bằng chữ: ${moneyInWords(total)})`, italic: true },
        { text: fundingClause(c.funding.source) },
      ],
    }),
    p('', { runs: [{ text: 'Điều 3. ', bold: true }, { text: `Quyết định này có hiệu lực kể từ ngày ký. Văn phòng ${org}, các bộ phận có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.` }] }),
    { kind: 'signatures', recipients: ['Như Điều 3', 'Lưu: VT'], columns: [signBlock(dec.signature.prefix, dec.signature.position, dec.signature.signerName)] },
  ];
  return {
    ok: true,
    model: {
      name: yearEnd ? 'Quyết định công nhận danh hiệu thi đua' : 'Quyết định khen thưởng',
      fileName: `${yearEnd ? 'quyet-dinh-cong-nhan-danh-hieu' : 'quyet-dinh-khen-thuong'}-${safeFileName(c.shortName)}.docx`,
      orientation: 'portrait',
      source: sourceLine(d, [], dec.date),
      pages: [{ header: header(d, { number: dec.documentNumber, symbol: 'QĐ-UBND' }, dec.date), title: { type: 'QUYẾT ĐỊNH', summary: decisionSummary(d) }, blocks }],
    },
  };
}

/** "Phó Chủ tịch" signs as the head's deputy, but the decision is the head's: "CHỦ TỊCH". */
function signatureAuthority(position: string): string {
  return position.replace(/^phó\s+/i, '').trim() || 'Chủ tịch';
}

/** "Chi từ nguồn kinh phí khen thưởng của xã." → ", trích từ nguồn kinh phí khen thưởng của xã." */
function fundingClause(source: string): string {
  const text = source.trim().replace(/[.;]+$/, '').replace(/^(chi|trích)\s+từ\s+/i, '');
  return text ? `, trích từ ${text.charAt(0).toLocaleLowerCase('vi')}${text.slice(1)}.` : '.';
}
