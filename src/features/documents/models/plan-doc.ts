// The Kế hoạch as a document model, from the same plan document the print page shows
// (domain/plan-document.ts), so its Word file is made by the one docx builder.
import type { Campaign } from '../../../domain/campaign';
import { bold, p, type Block, type DocumentModel } from '../../../domain/document-model';
import { documentNumberLine, issuingBodyLines, upper } from '../../../domain/document-format';
import { buildPlanDocument, type PlanBlock } from '../../../domain/plan-document';
import { documentDateLine } from '../../../lib/vi-date';
import { safeFileName, signBlock } from './document-data';

function planBlock(b: PlanBlock): Block {
  switch (b.kind) {
    case 'heading':
      return b.level === 3 ? p('', { runs: [{ text: b.text, bold: true, italic: true }] }) : bold(b.text);
    case 'item':
      return p(`- ${b.text}`);
    case 'paragraph':
      return b.lead ? p('', { runs: [{ text: `${b.lead} `, bold: true }, { text: b.text }] }) : p(b.text);
  }
}

export function buildPlanModel(campaign: Campaign): DocumentModel {
  const doc = buildPlanDocument(campaign);
  return {
    name: `${campaign.documentType || 'Kế hoạch'} ${campaign.documentNumber}`.trim(),
    fileName: `ke-hoach-${safeFileName(campaign.documentNumber || campaign.shortName)}.docx`,
    orientation: 'portrait',
    source: [campaign.shortName, ...(doc.header.date ? [`văn bản ngày ${doc.header.date.split('-').reverse().join('/')}`] : [])].join('; '),
    pages: [
      {
        header: {
          issuingLines: issuingBodyLines(doc.header.organisationName),
          numberLine: documentNumberLine(doc.header.documentNumber, doc.header.symbol),
          dateLine: documentDateLine(doc.header.place, doc.header.date),
        },
        title: { type: upper(doc.title.type), summary: doc.title.summaryLines.join('\n') },
        blocks: [
          ...doc.body.map(planBlock),
          { kind: 'signatures', recipients: doc.recipients, columns: [signBlock(doc.signature.prefix, doc.signature.position, doc.signature.signerName)] },
        ],
      },
    ],
  };
}
