// Tờ trình đề nghị khen thưởng: the council proposes to the chairman the collectives and
// individuals it selected, with the reward form of each.
import { p, centered, type Block } from '../../../domain/document-model';
import { dateInText } from '../../../domain/document-format';
import { chairOf, councilHeader, isChosen, missing, nameOf, rewardOf, safeFileName, sortNominations, sourceLine, type BuildResult, type DocumentData } from './document-data';

export function buildProposal(d: DocumentData): BuildResult {
  const chosen = sortNominations(d, d.nominations.filter(isChosen));
  if (chosen.length === 0) return missing('Chưa có tập thể, cá nhân nào được Hội đồng chọn: cần ít nhất một vòng bỏ phiếu đã đóng có người đạt.');
  const org = d.campaign.issuingBody || d.settings.organisationName;
  const lastSession = [...d.sessions].filter((s) => !s.deletedAt).sort((a, b) => b.date.localeCompare(a.date))[0];
  const date = d.today;
  const chair = chairOf(d, lastSession);
  const collectives = chosen.filter((n) => n.category === 'collective').length;
  const rows = chosen.map((n, i) => [String(i + 1), nameOf(d, n.id), rewardOf(d, n.rewardId)?.form ?? '', n.rationale]);
  const blocks: Block[] = [
    centered([{ text: 'Kính gửi: ', bold: false }, { text: `Chủ tịch ${org}` }], { spaceBefore: 0 }),
    p(
      `Căn cứ ${d.campaign.documentType ? d.campaign.documentType.toLocaleLowerCase('vi').replace(/^./, (c) => c.toLocaleUpperCase('vi')) : 'Kế hoạch'} số ${d.campaign.documentNumber || '…'} ${dateInText(d.campaign.issueDate)} của ${org} về ${d.campaign.title.replace(/\n/g, ' ')};`,
    ),
    p(
      lastSession
        ? `Căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng ${dateInText(lastSession.date)},`
        : 'Căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng,',
    ),
    p(`Hội đồng Thi đua - Khen thưởng kính trình Chủ tịch ${org} xem xét, khen thưởng ${collectives} tập thể và ${chosen.length - collectives} cá nhân đã có thành tích xuất sắc trong ${d.campaign.shortName}, cụ thể:`),
    { kind: 'table', columns: [{ header: 'STT', width: 8, align: 'center' }, { header: 'Tập thể, cá nhân', width: 34 }, { header: 'Hình thức khen thưởng', width: 30 }, { header: 'Thành tích', width: 30 }], rows },
    p(`Kính trình Chủ tịch ${org} xem xét, quyết định./.`),
    { kind: 'signatures', recipients: ['Như trên', 'Lưu: VT'], columns: [{ heading: ['TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'CHỦ TỊCH'], name: chair?.fullName ?? '' }] },
  ];
  return {
    ok: true,
    model: {
      name: 'Tờ trình đề nghị khen thưởng',
      fileName: `to-trinh-de-nghi-khen-thuong-${safeFileName(d.campaign.shortName)}.docx`,
      orientation: 'portrait',
      source: sourceLine(d),
      pages: [{ header: councilHeader(d, 'TTr-HĐTĐKT', date), title: { type: 'TỜ TRÌNH', summary: `Về việc đề nghị khen thưởng tập thể, cá nhân có thành tích xuất sắc trong ${d.campaign.shortName}` }, blocks }],
    },
  };
}
