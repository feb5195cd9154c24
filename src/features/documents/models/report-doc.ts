// Báo cáo thành tích (one per nominee, from the dossier) and the campaign's Báo cáo tổng kết.
import { bold, p, type Block, type DocPage } from '../../../domain/document-model';
import { NOMINATION_STATUS_LABELS } from '../../../domain/nomination';
import { moneyInWords } from '../../../domain/number-words';
import { formatMoney } from '../../../lib/vi-money';
import { header, isChosen, missing, nameOf, safeFileName, signBlock, sortNominations, sourceLine, unitOf, type BuildResult, type DocumentData } from './document-data';

export function buildAchievementReports(d: DocumentData, nominationId: string | undefined): BuildResult {
  const withReport = sortNominations(
    d,
    d.nominations.filter((n) => !n.deletedAt && n.status !== 'withdrawn' && (n.dossier.report.summary.trim() || n.dossier.report.sections.some((s) => s.body.trim()))),
  );
  const list = nominationId ? withReport.filter((n) => n.id === nominationId) : withReport;
  if (list.length === 0) return missing('Chưa có báo cáo thành tích nào: hãy nhập báo cáo trong hồ sơ đề xuất.');
  const pages: DocPage[] = list.map((n) => {
    const name = nameOf(d, n.id);
    const blocks: Block[] = [
      p(`${n.category === 'collective' ? 'Tên tập thể' : 'Họ và tên'}: ${name}`, { indent: false }),
      ...(unitOf(d, n) ? [p(`Chức vụ, đơn vị: ${unitOf(d, n)}`, { indent: false })] : []),
      ...(n.dossier.report.summary ? [bold('I. SƠ LƯỢC'), ...n.dossier.report.summary.split(/\n+/).map((t) => p(t))] : []),
      ...n.dossier.report.sections.flatMap((s) => [...(s.heading ? [bold(s.heading)] : []), ...s.body.split(/\n+/).filter(Boolean).map((t) => p(t))]),
      {
        kind: 'signatures',
        columns: [
          { heading: ['XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ'], name: '' },
          { heading: [n.category === 'collective' ? 'THỦ TRƯỞNG ĐƠN VỊ' : 'NGƯỜI BÁO CÁO'], name: n.category === 'collective' ? '' : name },
        ],
      },
    ];
    return { header: { ...header(d, null, undefined), dateLine: header(d, null, d.today).dateLine ?? '' }, title: { type: 'BÁO CÁO THÀNH TÍCH', summary: `Đề nghị khen thưởng trong ${d.campaign.shortName}` }, blocks };
  });
  const single = list.length === 1 && list[0] ? `-${safeFileName(nameOf(d, list[0].id))}` : '';
  return {
    ok: true,
    model: {
      name: 'Báo cáo thành tích',
      fileName: `bao-cao-thanh-tich${single || `-${safeFileName(d.campaign.shortName)}`}.docx`,
      orientation: 'portrait',
      source: sourceLine(d, [`${list.length} báo cáo`]),
      pages,
    },
  };
}

export function buildSummaryReport(d: DocumentData): BuildResult {
  const c = d.campaign;
  const participants = d.participants.filter((x) => !x.deletedAt);
  const nominations = d.nominations.filter((n) => !n.deletedAt);
  const chosen = sortNominations(d, nominations.filter(isChosen));
  const dec = d.decision;
  const total = dec?.awardees.reduce((s, a) => s + a.amount, 0) ?? 0;
  const counts = Object.entries(
    nominations.reduce<Record<string, number>>((acc, n) => ({ ...acc, [n.status]: (acc[n.status] ?? 0) + 1 }), {}),
  ).map(([s, k]) => `${NOMINATION_STATUS_LABELS[s as keyof typeof NOMINATION_STATUS_LABELS]}: ${k}`);
  const blocks: Block[] = [
    bold('I. KẾT QUẢ TRIỂN KHAI'),
    p(`${c.issuingBody || d.settings.organisationName} đã ban hành ${c.documentType ? c.documentType.toLocaleLowerCase('vi') : 'kế hoạch'} số ${c.documentNumber || '…'} phát động ${c.shortName}. Có ${participants.filter((x) => x.category === 'collective').length} tập thể và ${participants.filter((x) => x.category === 'individual').length} cá nhân tham gia.`),
    bold('II. KẾT QUẢ BÌNH XÉT'),
    p(`Tổng số đề xuất khen thưởng: ${nominations.length}${counts.length ? ` (${counts.join('; ')})` : ''}.`),
    p(`Hội đồng Thi đua - Khen thưởng đã chọn ${chosen.length} tập thể, cá nhân để khen thưởng${chosen.length ? ':' : '.'}`),
    ...chosen.map((n) => p(`- ${nameOf(d, n.id)};`)),
    bold('III. KHEN THƯỞNG'),
    dec?.date
      ? p(`Quyết định số ${dec.documentNumber || '…'} khen thưởng ${dec.awardees.length} tập thể, cá nhân, tổng số tiền ${formatMoney(total)} (bằng chữ: ${moneyInWords(total).toLocaleLowerCase('vi')}).`)
      : p('Chưa ban hành quyết định khen thưởng.'),
    bold('IV. ĐÁNH GIÁ CHUNG VÀ PHƯƠNG HƯỚNG'),
    p('……………………………………………………………………………………………………'),
    { kind: 'signatures', recipients: c.recipients.length ? c.recipients : ['Lưu: VT'], columns: [signBlock(c.signature.prefix, c.signature.position, c.signature.signerName)] },
  ];
  return {
    ok: true,
    model: {
      name: 'Báo cáo tổng kết',
      fileName: `bao-cao-tong-ket-${safeFileName(c.shortName)}.docx`,
      orientation: 'portrait',
      source: sourceLine(d),
      pages: [{ header: header(d, { symbol: 'BC-UBND' }, d.today), title: { type: 'BÁO CÁO', summary: `Tổng kết ${c.shortName}` }, blocks }],
    },
  };
}
