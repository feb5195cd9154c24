// Tờ trình đề nghị cấp trên khen thưởng (Decree 152 appendix, Mẫu số 01): the commune's People's
// Committee asks the higher level (the body in force on the paper's own date: the town's Phòng
// Nội vụ before 01/7/2025, the province's Sở Nội vụ since) to award some of those the commune
// rewarded, with the list and the dossier attached. Signed for the committee by its chair.
import { centered, p, type Block } from '../../../domain/document-model';
import { collectivesAndIndividuals, shortDateInText, signatureHeading } from '../../../domain/document-format';
import { upwardOf } from '../../../domain/campaign-documents';
import { DISTRICT_TIER_END, DISTRICT_WORDS } from '../../../domain/legal-bases';
import { formatDate } from '../../../lib/vi-date';
import { header, isChosen, nameOf, rewardOf, safeFileName, sortNominations, sourceLine, unitOf, type BuildResult, type DocumentData } from './document-data';
import { higherBodiesOn, lastSessionDate, legalBasesOn } from './document-dates';

/** The proposal's date: its own, else the decision's (the commune proposes once it has decided). */
export function upwardDate(d: DocumentData): string | undefined {
  return upwardOf(d.campaign.documents).date ?? d.decision?.date;
}

/** The nominations proposed upward, in the papers' one order, each with the award asked for. */
export function upwardItems(d: DocumentData): { nominationId: string; award: string }[] {
  const items = upwardOf(d.campaign.documents).items;
  const chosen = new Set(d.nominations.filter(isChosen).map((n) => n.id));
  const order = sortNominations(d, d.nominations.filter((n) => chosen.has(n.id))).map((n) => n.id);
  return items.filter((i) => chosen.has(i.nominationId)).sort((a, b) => order.indexOf(a.nominationId) - order.indexOf(b.nominationId));
}

export function buildUpwardProposal(d: DocumentData): BuildResult {
  const c = d.campaign;
  const org = c.issuingBody || d.settings.organisationName;
  const items = upwardItems(d);
  const date = upwardDate(d);
  const problems: string[] = [];
  if (items.length === 0) problems.push('Chưa chọn tập thể, cá nhân nào để đề nghị cấp trên khen thưởng: đánh dấu ở bảng “Đề nghị cấp trên” phía trên.');
  if (items.some((i) => !i.award.trim())) problems.push('Có người được chọn nhưng chưa ghi hình thức đề nghị (ví dụ “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh”).');
  if (!date) problems.push('Tờ trình chưa có ngày: nhập ngày ở phía trên (hoặc ghi ngày ký quyết định khen thưởng của xã).');
  if (date && date > DISTRICT_TIER_END) {
    for (const i of items.filter((x) => DISTRICT_WORDS.test(x.award))) {
      problems.push(`${nameOf(d, i.nominationId)}: “${i.award.trim()}” là hình thức của cấp huyện, không còn từ 01/7/2025 (tờ trình ghi ngày ${formatDate(date)}). Hãy chọn hình thức của cấp tỉnh.`);
    }
  }
  const higher = higherBodiesOn(d, date)[0];
  if (date && !higher) problems.push(`Chưa có cơ quan cấp trên áp dụng cho ngày ${shortDateInText(date)}: bổ sung ở Cài đặt (mục Cơ quan cấp trên).`);
  if (problems.length || !date || !higher) return { ok: false, missing: problems };

  const signer = d.decision?.signature.signerName ? d.decision.signature : c.signature;
  const nomination = (id: string) => d.nominations.find((n) => n.id === id);
  const collectives = items.filter((i) => nomination(i.nominationId)?.category === 'collective').length;
  const forms = [...new Set(items.map((i) => i.award.trim()))];
  const who = collectivesAndIndividuals(collectives, items.length - collectives);
  const dec = d.decision;
  const session = lastSessionDate(d);

  const italic = (text: string) => p(text, { runs: [{ text, italic: true }] });
  const rows = items.map((i, k) => {
    const n = nomination(i.nominationId);
    const unit = n && n.category === 'individual' ? unitOf(d, n) : '';
    const local = n ? rewardOf(d, n.rewardId)?.form ?? '' : '';
    return [String(k + 1), unit ? `${nameOf(d, i.nominationId)}, ${unit}` : nameOf(d, i.nominationId), i.award.trim(), local];
  });
  const attached = [
    `Danh sách ${who} đề nghị khen thưởng (nêu tại Tờ trình này);`,
    `Báo cáo thành tích của ${who} được đề nghị;`,
    ...(session ? [`Biên bản họp Hội đồng Thi đua - Khen thưởng ngày ${shortDateInText(session)};`] : []),
    ...(dec?.documentNumber && dec.date ? [`Quyết định khen thưởng số ${dec.documentNumber} ngày ${shortDateInText(dec.date)} của Chủ tịch ${org}.`] : []),
  ];
  const blocks: Block[] = [
    centered([{ text: 'Kính gửi: ' }, { text: higher }], { spaceBefore: 0 }),
    ...legalBasesOn(d, date).map(italic),
    ...(session ? [italic(`Căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng xã ngày ${shortDateInText(session)} trong ${c.shortName};`)] : []),
    p(`${org} kính đề nghị ${higher} xem xét, trình cấp có thẩm quyền tặng ${forms.join('; ')} cho ${who} đã có thành tích tiêu biểu, xuất sắc trong ${c.shortName}, cụ thể:`),
    {
      kind: 'table',
      columns: [{ header: 'STT', width: 8, align: 'center' }, { header: 'Tập thể, cá nhân', width: 38 }, { header: 'Hình thức đề nghị', width: 30 }, { header: 'Đã được xã khen thưởng', width: 24 }],
      rows,
    },
    p('Hồ sơ kèm theo gồm:'),
    ...attached.map((t) => p(`- ${t}`)),
    p(`Kính đề nghị ${higher} xem xét, tổng hợp, trình khen thưởng./.`),
    { kind: 'signatures', recipients: ['Như trên', 'Lưu: VT'], columns: [{ heading: ['TM. ỦY BAN NHÂN DÂN', ...signatureHeading(/^TM\.?$/i.test(signer.prefix.trim()) ? '' : signer.prefix, signer.position)], name: signer.signerName }] },
  ];
  const own = upwardOf(c.documents);
  return {
    ok: true,
    model: {
      name: 'Tờ trình đề nghị cấp trên khen thưởng',
      fileName: `to-trinh-de-nghi-cap-tren-${safeFileName(c.shortName)}.docx`,
      orientation: 'portrait',
      source: sourceLine(d, [], date),
      pages: [{ header: header(d, { number: own.number, symbol: 'TTr-UBND' }, date), title: { type: 'TỜ TRÌNH', summary: `Về việc đề nghị khen thưởng cho ${who} có thành tích xuất sắc trong ${c.shortName}` }, blocks }],
    },
  };
}
