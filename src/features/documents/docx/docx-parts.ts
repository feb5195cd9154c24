// Measures of the Word page (Decree 30) and the signature row shared by every document.
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { Block } from '../../../domain/document-model';
import { recipientLines } from '../../../domain/document-format';

/** Millimetres to twips (1/20 pt), the unit of Word's page setup. */
export const mm = (value: number) => Math.round((value * 1440) / 25.4);

export const PAGE = {
  width: 11906, // A4 210 mm
  height: 16838, // A4 297 mm
  // The page number sits in the top margin, 10 mm from the edge.
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10) },
  landscapeMargin: { top: mm(15), bottom: mm(15), left: mm(20), right: mm(20) },
};

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const text = (t: string, o: { bold?: boolean; italic?: boolean; size: number }) =>
  new TextRun({ text: t, bold: o.bold ?? false, italics: o.italic ?? false, size: o.size * 2, font: 'Times New Roman' });
const line = (children: TextRun[], align: (typeof AlignmentType)[keyof typeof AlignmentType], after = 0) =>
  new Paragraph({ children, alignment: align, spacing: { after, line: 264, lineRule: LineRuleType.AUTO } });

export function signatureCells(b: Extract<Block, { kind: 'signatures' }>, contentWidth: number): Table {
  const hasRecipients = !!b.recipients?.length;
  const columns = b.columns.length + (hasRecipients ? 1 : 0);
  const leftWidth = hasRecipients ? Math.round(contentWidth * 0.45) : 0;
  const signWidth = Math.round((contentWidth - leftWidth) / Math.max(1, b.columns.length));
  const cells: TableCell[] = [];
  if (hasRecipients) {
    cells.push(
      new TableCell({
        width: { size: leftWidth, type: WidthType.DXA },
        borders: NO_BORDERS,
        margins: { top: mm(3) },
        children: [
          line([text('Nơi nhận:', { bold: true, italic: true, size: 12 })], AlignmentType.LEFT),
          ...recipientLines(b.recipients ?? []).map((r) => line([text(r, { size: 11 })], AlignmentType.LEFT)),
        ],
      }),
    );
  }
  // Names on one line across columns: a shorter heading is padded with empty lines.
  const depth = (c: (typeof b.columns)[number]) => (c.dateLine ? 1 : 0) + c.heading.length;
  const deepest = Math.max(0, ...b.columns.map(depth));
  for (const c of b.columns) {
    const padding = Array.from({ length: deepest - depth(c) }, () => line([text('', { bold: true, size: 14 })], AlignmentType.CENTER));
    cells.push(
      new TableCell({
        width: { size: signWidth, type: WidthType.DXA },
        borders: NO_BORDERS,
        // A little air between the last paragraph and the signature.
        margins: { top: mm(3) },
        children: [
          ...(c.dateLine ? [line([text(c.dateLine, { italic: true, size: 14 })], AlignmentType.CENTER)] : []),
          ...c.heading.map((h) => line([text(h, { bold: true, size: 14 })], AlignmentType.CENTER)),
          ...padding,
          // Room for the signature and the seal.
          new Paragraph({ spacing: { before: mm(26) }, children: [] }),
          line([text(c.name, { bold: true, size: 14 })], AlignmentType.CENTER),
        ],
      }),
    );
  }
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, (_, i) => (hasRecipients && i === 0 ? leftWidth : signWidth)),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: cells })],
  });
}

const FRAME = { style: BorderStyle.DOUBLE, size: 18, color: 'C00000', space: 12 } as const;
/** The certificate's double red frame, drawn by Word around the page. */
export const PAGE_FRAME = { pageBorderTop: FRAME, pageBorderBottom: FRAME, pageBorderLeft: FRAME, pageBorderRight: FRAME };
