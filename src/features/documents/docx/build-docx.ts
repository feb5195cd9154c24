// Renders a DocumentModel to a Word file with the `docx` package: A4, Decree 30 margins,
// Times New Roman 14 pt, the header table, signature rows and Nơi nhận in 12/11 pt.
// Loaded only when the user downloads (dynamic import), so the app's first load stays small.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  LineRuleType,
  type ParagraphChild,
} from 'docx';
import { isHeading, type Align, type Block, type DocHeader, type DocPage, type DocumentModel, type Run } from '../../../domain/document-model';
import { mm, PAGE, PAGE_FRAME, signatureCells } from './docx-parts';

const FONT = 'Times New Roman';
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
export const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

export function run(r: Run, baseSize = 14): TextRun {
  return new TextRun({
    text: r.text,
    bold: r.bold ?? false,
    italics: r.italic ?? false,
    ...(r.underline ? { underline: {} } : {}),
    ...(r.red ? { color: 'C00000' } : {}),
    size: (r.size ?? baseSize) * 2,
    font: FONT,
  });
}

export function para(runs: Run[], opts: { align?: Align; indent?: boolean; size?: number; before?: number; after?: number; rule?: number; keepWithNext?: boolean } = {}): Paragraph {
  const children: ParagraphChild[] = runs.map((r) => run(r, opts.size));
  return new Paragraph({
    children,
    alignment: ALIGN[opts.align ?? 'left'],
    // lineRule stated: LibreOffice reads a bare w:line as an exact height and overlaps large type.
    spacing: { before: (opts.before ?? 0) * 20, after: (opts.after ?? 0) * 20, line: 276, lineRule: LineRuleType.AUTO },
    ...(opts.indent ? { indent: { firstLine: mm(12.7) } } : {}),
    // A short centred rule under a header line: a bottom border on a narrow paragraph.
    ...(opts.rule ? { border: { bottom: LINE }, indent: { left: mm(opts.rule), right: mm(opts.rule) } } : {}),
    // The paragraph before a signature goes with it: a signature is never alone on a page.
    ...(opts.keepWithNext ? { keepNext: true, keepLines: true } : {}),
  });
}

/** A centred rule under the line above, `inset` mm short of the column on each side. */
const underline = (inset: number) =>
  new Paragraph({
    // An exact 3 pt line: an empty paragraph would otherwise be as tall as a line of 14 pt text.
    spacing: { before: 0, after: 0, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: LINE },
    indent: { left: mm(inset), right: mm(inset) },
    children: [],
  });

function headerTable(h: DocHeader, contentWidth: number): Table {
  const left: Paragraph[] = [];
  if (h.governingBody) left.push(para([{ text: h.governingBody.toLocaleUpperCase('vi'), size: 13 }], { align: 'center' }));
  h.issuingLines.forEach((l) => left.push(para([{ text: l, bold: true, size: 13 }], { align: 'center' })));
  // The short rules are paragraphs of their own: as an indent on the text, they squeezed
  // "XÃ VĂN GIÁO" and the motto into a few centimetres and broke them over two lines.
  if (h.issuingLines.length) left.push(underline(20));
  else left.push(para([{ text: '' }]));
  if (h.numberLine) left.push(para([{ text: h.numberLine, size: 13 }], { align: 'center', before: 6 }));
  const right = [
    para([{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, size: 12.5 }], { align: 'center' }),
    para([{ text: 'Độc lập - Tự do - Hạnh phúc', bold: true, size: 13.5 }], { align: 'center' }),
    underline(22),
  ];
  if (h.dateLine) right.push(para([{ text: h.dateLine, italic: true }], { align: 'center', before: 6 }));
  const lw = Math.round(contentWidth * 0.38);
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: [lw, contentWidth - lw],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ children: left, width: { size: lw, type: WidthType.DXA }, borders: NO_BORDERS }),
          new TableCell({ children: right, width: { size: contentWidth - lw, type: WidthType.DXA }, borders: NO_BORDERS }),
        ],
      }),
    ],
  });
}

function dataTable(b: Extract<Block, { kind: 'table' }>, contentWidth: number, keepLast = false): Table {
  const total = b.columns.reduce((s, c) => s + c.width, 0);
  const widths = b.columns.map((c) => Math.round((c.width / total) * contentWidth));
  const size = b.size ?? 13;
  const cell = (text: string, i: number, boldText: boolean, header: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      margins: { left: mm(1.5), right: mm(1.5), top: mm(0.5), bottom: mm(0.5) },
      children: text.split('\n').map((t) =>
        para([{ text: t, bold: boldText, size }], { align: header ? 'center' : (b.columns[i]?.align ?? 'left') }),
      ),
    });
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: b.columns.map((c, i) => cell(c.header, i, true, true)) }),
      ...b.rows.map(
        (r, ri) =>
          new TableRow({
            cantSplit: true,
            // A table right before a signature: its last row goes with the signature.
            ...(keepLast && ri === b.rows.length - 1 ? { keepNext: true } : {}),
            children: r.map((t, i) => cell(t, i, !!b.boldLastRow && ri === b.rows.length - 1, false)),
          }),
      ),
    ],
  });
}

function blockToDocx(b: Block, contentWidth: number, beforeSignature = false, beforeMore = false): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraph': {
      // A heading never ends a page: it stays with the text it heads.
      const keepWithNext = beforeSignature || (beforeMore && isHeading(b));
      return [para(b.runs, { ...(b.align ? { align: b.align } : {}), ...(b.indent ? { indent: true } : {}), ...(b.size ? { size: b.size } : {}), before: b.spaceBefore ?? 0, after: 6, keepWithNext })];
    }
    case 'table':
      return [dataTable(b, contentWidth, beforeSignature), para([{ text: '' }], { size: 6, keepWithNext: beforeSignature })];
    case 'signatures':
      return [signatureCells(b, contentWidth)];
    case 'cut':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.DASHED, size: 6, color: '000000' } }, spacing: { before: 120, after: 240 }, children: [run({ text: '✂', size: 10 })] })];
    case 'spacer':
      return [new Paragraph({ spacing: { before: mm(b.mm) }, children: [] })];
  }
}

function pageChildren(page: DocPage, contentWidth: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (page.header) out.push(headerTable(page.header, contentWidth));
  if (page.title) {
    out.push(para([{ text: page.title.type.toLocaleUpperCase('vi'), bold: true }], { align: 'center', before: 18 }));
    // A summary may run over several lines, as the plan's title does.
    for (const line of page.title.summary?.split('\n') ?? []) out.push(para([{ text: line, bold: true }], { align: 'center' }));
    out.push(para([{ text: '' }], { align: 'center', rule: 70, size: 6, after: 12 }));
  }
  page.blocks.forEach((b, i) => out.push(...blockToDocx(b, contentWidth, page.blocks[i + 1]?.kind === 'signatures', i + 1 < page.blocks.length)));
  return out;
}

/** Decree 30: the page number from page 2, Arabic, 14 pt, centred in the top margin; a real PAGE field. */
function pageNumberHeaders() {
  return {
    default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 28, font: FONT })] })] }),
    first: new Header({ children: [] }),
  };
}

export function buildDocument(model: DocumentModel): Document {
  const landscape = model.orientation === 'landscape';
  const margin = landscape ? PAGE.landscapeMargin : PAGE.margin;
  const contentWidth = (landscape ? PAGE.height : PAGE.width) - margin.left - margin.right;
  return new Document({
    title: model.name,
    description: model.source,
    creator: 'Bình Xét',
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: model.pages.map((page) => {
      const numbered = model.pageNumbers !== false;
      return {
        properties: {
          // A different first page: no number on page 1.
          ...(numbered ? { titlePage: true } : {}),
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin,
            // Each page of the model is a paper of its own (one report per nominee): it counts from 1.
            ...(numbered ? { pageNumbers: { start: 1 } } : {}),
            ...(model.frame ? { borders: PAGE_FRAME } : {}),
          },
        },
        ...(numbered ? { headers: pageNumberHeaders() } : {}),
        children: pageChildren(page, contentWidth),
      };
    }),
  });
}

export async function buildDocxBlob(model: DocumentModel): Promise<Blob> {
  return Packer.toBlob(buildDocument(model));
}
