// Tờ trình đề nghị khen thưởng: the council (or the officer in charge, per Settings) proposes
// to the commune chair the collectives and individuals it selected. The chair decides, so the
// chair never signs the proposal: the signer comes from Settings and must be someone else.
import { p, centered, type Block, type SignBlock } from '../../../domain/document-model';
import { aboutText, basisLine, collectivesAndIndividuals, shortDateInText, upper } from '../../../domain/document-format';
import { sameName } from '../../../lib/vi-text';
import { proposalDate } from './document-dates';
import {
  communeChairName,
  councilHeader,
  header,
  isChosen,
  missing,
  nameOf,
  rewardOf,
  safeFileName,
  sortNominations,
  sourceLine,
  type BuildResult,
  type DocumentData,
} from './document-data';

// "TM. HỘI ĐỒNG": the full name does not fit the signature column and broke inside "KHEN THƯỞNG".
const COUNCIL = 'TM. HỘI ĐỒNG';

/** Who signs the tờ trình, per Settings; a sentence saying what is missing otherwise. */
export function proposalSigner(d: DocumentData): SignBlock | string {
  const members = d.members.filter((m) => !m.deletedAt).sort((a, b) => a.order - b.order);
  switch (d.settings.proposal.by) {
    case 'vice-chair': {
      const m = members.find((x) => x.role === 'pho-chu-tich');
      return m ? { heading: [COUNCIL, 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: m.fullName } : 'Hội đồng chưa có Phó Chủ tịch để ký tờ trình: thêm ở mục Hội đồng, hoặc chọn người ký khác ở Cài đặt.';
    }
    case 'standing-member': {
      const m = members.find((x) => /thường trực/i.test(x.position)) ?? members.find((x) => x.role === 'thu-ky');
      return m ? { heading: [COUNCIL, 'ỦY VIÊN THƯỜNG TRỰC'], name: m.fullName } : 'Hội đồng chưa có ủy viên thường trực (hoặc thư ký) để ký tờ trình.';
    }
    case 'officer': {
      const { officerName, officerPosition } = d.settings.proposal;
      return officerName ? { heading: [upper(officerPosition || 'Công chức phụ trách thi đua, khen thưởng')], name: officerName } : 'Chưa nhập họ tên công chức phụ trách (người ký tờ trình) ở Cài đặt.';
    }
  }
}

export function buildProposal(d: DocumentData): BuildResult {
  const chosen = sortNominations(d, d.nominations.filter(isChosen));
  if (chosen.length === 0) return missing('Chưa có tập thể, cá nhân nào được Hội đồng chọn: cần ít nhất một vòng bỏ phiếu đã đóng có người đạt.');
  const c = d.campaign;
  const org = c.issuingBody || d.settings.organisationName;
  const own = c.documents.proposal;
  const date = proposalDate(d);
  const signer = proposalSigner(d);
  if (typeof signer === 'string') return missing(signer);
  const addressee = d.settings.proposal.addressee || `Chủ tịch ${org}`;
  const addresseeName = communeChairName(d);
  if (sameName(signer.name, addresseeName)) {
    return missing(`Tờ trình gửi ${addressee} (${addresseeName}) không thể do chính người đó ký: chọn người ký khác ở Cài đặt (mục Tờ trình).`);
  }
  const collectives = chosen.filter((n) => n.category === 'collective').length;
  const sessions = d.sessions.filter((s) => !s.deletedAt);
  const lastSession = sessions.at(-1);
  const rows = chosen.map((n, i) => [String(i + 1), nameOf(d, n.id), rewardOf(d, n.rewardId)?.form ?? '', n.rationale]);
  const planKind = c.documentType ? c.documentType.charAt(0).toLocaleUpperCase('vi') + c.documentType.slice(1).toLocaleLowerCase('vi') : 'Kế hoạch';
  const blocks: Block[] = [
    centered([{ text: 'Kính gửi: ' }, { text: addressee }], { spaceBefore: 0 }),
    p(c.documentNumber ? basisLine(planKind, c.documentNumber, c.issueDate, org, c.title) : `Căn cứ ${planKind.toLocaleLowerCase('vi')} về ${aboutText(c.title)};`),
    p(
      lastSession
        ? `Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng ngày ${shortDateInText(lastSession.date)} xét khen thưởng trong ${c.shortName},`
        : 'Căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng,',
    ),
    p(`${signer.heading[0] === COUNCIL ? 'Hội đồng Thi đua - Khen thưởng' : 'Công chức phụ trách thi đua, khen thưởng'} kính trình ${addressee} xem xét, khen thưởng ${collectivesAndIndividuals(collectives, chosen.length - collectives)} đã có thành tích xuất sắc trong ${c.shortName}, cụ thể:`),
    { kind: 'table', columns: [{ header: 'STT', width: 8, align: 'center' }, { header: 'Tập thể, cá nhân', width: 34 }, { header: 'Hình thức khen thưởng', width: 30 }, { header: 'Thành tích', width: 30 }], rows },
    p(`Kính trình ${addressee} xem xét, quyết định./.`),
    { kind: 'signatures', recipients: ['Như trên', 'Lưu: VT'], columns: [signer] },
  ];
  const pageHeader = signer.heading[0] === COUNCIL ? councilHeader(d, 'TTr-HĐTĐKT', date) : header(d, { symbol: 'TTr' }, date);
  return {
    ok: true,
    model: {
      name: 'Tờ trình đề nghị khen thưởng',
      fileName: `to-trinh-de-nghi-khen-thuong-${safeFileName(c.shortName)}.docx`,
      orientation: 'portrait',
      source: sourceLine(d, [], date),
      pages: [
        {
          header: { ...pageHeader, ...(own.number ? { numberLine: `Số: ${own.number}` } : {}) },
          title: { type: 'TỜ TRÌNH', summary: `Về việc đề nghị khen thưởng tập thể, cá nhân có thành tích xuất sắc trong ${c.shortName}` },
          blocks,
        },
      ],
    },
  };
}
