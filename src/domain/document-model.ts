// One description of a document that both the screen/print view and the Word (.docx) file
// are rendered from, so the two cannot say different things. Pure data, no React, no docx.

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  red?: boolean;
  /** Size in points; the body size (14) when absent. */
  size?: number;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface TableColumn {
  header: string;
  /** Relative width. */
  width: number;
  align?: Align;
}

export interface SignBlock {
  /** An italic line above the heading (the place and date on a certificate). */
  dateLine?: string;
  /** Heading lines in capitals: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
  heading: string[];
  name: string;
}

export type Block =
  | { kind: 'paragraph'; runs: Run[]; align?: Align; indent?: boolean; spaceBefore?: number; size?: number }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][]; boldLastRow?: boolean; size?: number }
  /** Signature row; with recipients, they take the left cell. */
  | { kind: 'signatures'; recipients?: string[]; columns: SignBlock[] }
  /** A dashed cutting line between ballot papers. */
  | { kind: 'cut' }
  | { kind: 'spacer'; mm: number };

export interface DocHeader {
  issuingLines: string[];
  governingBody?: string;
  /** "Số: 12/QĐ-UBND" or with a blank; absent on papers without a number (ballots). */
  numberLine?: string;
  dateLine?: string;
}

export interface DocPage {
  header?: DocHeader;
  title?: { type: string; summary?: string };
  blocks: Block[];
}

export interface DocumentModel {
  /** Vietnamese name, for the page and the Word file's properties. */
  name: string;
  fileName: string;
  orientation: 'portrait' | 'landscape';
  /** A decorative double frame around each page (certificates). */
  frame?: boolean;
  /**
   * Page numbers from page 2, centred in the top margin (Decree 30); each DocPage counts from 1.
   * Off for papers that are not administrative documents (ballots, certificates).
   */
  pageNumbers?: boolean;
  /** What the document was generated from, shown on the preview and stored in the .docx. */
  source: string;
  pages: DocPage[];
}

/** A heading: a paragraph set all in bold. On paper it is kept on the page of what follows it. */
export function isHeading(b: Block | undefined): boolean {
  return b?.kind === 'paragraph' && b.runs.length > 0 && b.runs.every((r) => r.bold || !r.text.trim());
}

export const p = (text: string, extra: Partial<Extract<Block, { kind: 'paragraph' }>> = {}): Block => ({
  kind: 'paragraph',
  runs: [{ text }],
  align: 'justify',
  indent: true,
  ...extra,
});
export const bold = (text: string, extra: Partial<Extract<Block, { kind: 'paragraph' }>> = {}): Block =>
  p('', { runs: [{ text, bold: true }], ...extra });
export const centered = (runs: Run[], extra: Partial<Extract<Block, { kind: 'paragraph' }>> = {}): Block => ({
  kind: 'paragraph',
  runs,
  align: 'center',
  ...extra,
});

/** Every text of the model in reading order; tests and the staleness check use it. */
export function modelText(model: DocumentModel): string {
  const out: string[] = [];
  for (const page of model.pages) {
    if (page.header) out.push(...page.header.issuingLines, page.header.numberLine ?? '', page.header.dateLine ?? '');
    if (page.title) out.push(page.title.type, page.title.summary ?? '');
    for (const b of page.blocks) {
      if (b.kind === 'paragraph') out.push(b.runs.map((r) => r.text).join(''));
      else if (b.kind === 'table') out.push(b.columns.map((c) => c.header).join(' | '), ...b.rows.map((r) => r.join(' | ')));
      else if (b.kind === 'signatures') out.push(...(b.recipients ?? []), ...b.columns.flatMap((c) => [c.dateLine ?? '', ...c.heading, c.name]));
    }
  }
  return out.filter(Boolean).join('\n');
}

/** A short, stable fingerprint of what a document says (FNV-1a), to notice later changes. */
export function modelFingerprint(model: DocumentModel): string {
  const text = modelText(model);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Several numbered papers in one model (every nominee's report): each counts its pages from 1, as
 * the .docx does with a section per paper. A browser prints one job with one page counter, so
 * such a model is printed a paper at a time (or from Word) to keep each paper's numbers right.
 */
export function separatelyNumbered(model: Pick<DocumentModel, 'pageNumbers' | 'orientation' | 'pages'>): boolean {
  return model.pageNumbers !== false && model.orientation === 'portrait' && model.pages.length > 1;
}
