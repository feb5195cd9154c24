// Giấy khen (A4 landscape), one page per awardee: Quốc hiệu, the giver's title in red
// capitals, TẶNG, GIẤY KHEN in red, name, unit, achievement; decision number and date
// bottom left, place, date, title and signer bottom right.
import { centered, type Block, type DocPage } from '../../../domain/document-model';
import { QUOC_HIEU, TIEU_NGU, shortDateInText, signatureHeading, upper } from '../../../domain/document-format';
import { documentDateLine } from '../../../lib/vi-date';
import { honorificOf, missing, nameOf, safeFileName, sortAwardees, sourceLine, unitOf, type BuildResult, type DocumentData } from './document-data';

export function buildCertificates(d: DocumentData): BuildResult {
  const dec = d.decision;
  if (!dec?.date) return missing('Chưa có quyết định khen thưởng có ngày ký: Giấy khen ghi số và ngày của quyết định.');
  if (dec.awardees.length === 0) return missing('Quyết định chưa có tập thể, cá nhân nào được khen thưởng.');
  const org = d.campaign.issuingBody || d.settings.organisationName;
  const giver = `${upper(dec.signature.position.replace(/^phó\s+/i, '') || 'Chủ tịch')} ${upper(org)}`;
  const number = dec.documentNumber || '……/QĐ-UBND';
  const place = d.campaign.place || d.settings.placeName;
  // The decision's order: collectives first, then individuals by given name.
  const pages: DocPage[] = sortAwardees(d, dec.awardees).map((a) => {
    const nomination = d.nominations.find((n) => n.id === a.nominationId);
    const achievement = nomination?.dossier.achievement || `Đã có thành tích xuất sắc trong ${d.campaign.shortName}`;
    const unit = nomination ? unitOf(d, nomination) : '';
    const honorific = nomination ? honorificOf(d, nomination) : '';
    const name = nameOf(d, a.nominationId);
    // The sheet is filled top to bottom: larger type for the name and the achievement, air between.
    const blocks: Block[] = [
      centered([{ text: QUOC_HIEU, bold: true, size: 14 }]),
      centered([{ text: TIEU_NGU, bold: true, underline: true, size: 14 }]),
      centered([{ text: giver, bold: true, red: true, size: 18 }], { spaceBefore: 16 }),
      centered([{ text: 'TẶNG', bold: true, size: 16 }], { spaceBefore: 8 }),
      centered([{ text: 'GIẤY KHEN', bold: true, red: true, size: 40 }], { spaceBefore: 6 }),
      centered([{ text: honorific ? `${honorific} ${name}` : name, bold: true, size: 26 }], { spaceBefore: 10 }),
      ...(unit ? [centered([{ text: unit, size: 16 }], { spaceBefore: 4 })] : []),
      centered([{ text: achievement, italic: true, size: 17 }], { spaceBefore: 12 }),
      { kind: 'spacer', mm: 8 },
      {
        kind: 'signatures',
        columns: [
          { heading: [], name: '' },
          { dateLine: documentDateLine(place, dec.date), heading: signatureHeading(dec.signature.prefix, dec.signature.position), name: dec.signature.signerName },
        ],
      },
      { kind: 'paragraph', runs: [{ text: `Quyết định số ${number}, ngày ${shortDateInText(dec.date)}`, size: 13 }], align: 'left' },
    ];
    return { blocks };
  });
  return {
    ok: true,
    model: {
      name: 'Giấy khen',
      fileName: `giay-khen-${safeFileName(d.campaign.shortName)}.docx`,
      orientation: 'landscape',
      frame: true,
      pageNumbers: false,
      source: sourceLine(d, [], dec.date),
      pages,
    },
  };
}
