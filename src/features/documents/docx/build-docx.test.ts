import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { buildDocument } from './build-docx';
import type { DocumentModel } from '../../../domain/document-model';

async function documentXml(model: DocumentModel): Promise<string> {
  const buffer = await Packer.toBuffer(buildDocument(model));
  const files = unzipSync(new Uint8Array(buffer));
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('no document.xml');
  return strFromU8(xml);
}

const model = (orientation: 'portrait' | 'landscape'): DocumentModel => ({
  name: 'Thử',
  fileName: 'thu.docx',
  orientation,
  source: 'Phong trào: thử',
  pages: [
    {
      header: { issuingLines: ['ỦY BAN NHÂN DÂN', 'XÃ VĂN GIÁO'], numberLine: 'Số:        /QĐ-UBND', dateLine: 'Văn Giáo, ngày 20 tháng 12 năm 2024' },
      title: { type: 'QUYẾT ĐỊNH', summary: 'Về việc khen thưởng' },
      blocks: [
        { kind: 'paragraph', runs: [{ text: 'Bằng chữ: Một triệu bốn trăm mười nghìn đồng', italic: true }], indent: true, align: 'justify' },
        { kind: 'table', columns: [{ header: 'STT', width: 1 }, { header: 'Số tiền', width: 3 }], rows: [['1', '1.410.000 đ']] },
        { kind: 'paragraph', runs: [{ text: 'Quyết định này có hiệu lực kể từ ngày ký.' }], indent: true, align: 'justify' },
        { kind: 'signatures', recipients: ['Như Điều 3', 'Lưu: VT'], columns: [{ heading: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Hồ Văn Đức' }] },
      ],
    },
  ],
});

describe('docx', () => {
  it('is A4 with Decree 30 margins, Times New Roman, the header and the texts', async () => {
    const xml = await documentXml(model('portrait'));
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain('w:ascii="Times New Roman"');
    for (const text of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'XÃ VĂN GIÁO', 'Văn Giáo, ngày 20 tháng 12 năm 2024', '1.410.000 đ', 'KT. CHỦ TỊCH', 'Nơi nhận:', '- Lưu: VT.']) {
      expect(xml).toContain(text);
    }
    // Nơi nhận 12 pt bold italic, the list 11 pt (half-points in Word).
    expect(xml).toMatch(/<w:b\/><w:bCs\/><w:i\/><w:iCs\/>.*?<w:sz w:val="24"\/>.*?Nơi nhận:/s);
    expect(xml).toMatch(/<w:sz w:val="22"\/>[^]*?- Như Điều 3;/);
  });

  it('turns the page for certificates', async () => {
    const xml = await documentXml(model('landscape'));
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });
});

async function parts(m: DocumentModel): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(buildDocument(m))));
  return Object.fromEntries(Object.entries(files).filter(([k]) => k.endsWith('.xml')).map(([k, v]) => [k, strFromU8(v)]));
}

describe('docx page numbers and signatures (Decree 30)', () => {
  it('numbers pages from page 2 with a PAGE field in the header, none on page 1', async () => {
    const files = await parts(model('portrait'));
    const doc = files['word/document.xml'] ?? '';
    expect(doc).toContain('<w:titlePg/>');
    expect(doc).toMatch(/<w:pgNumType w:start="1"\/>/);
    expect(doc).toMatch(/<w:headerReference w:type="default" r:id="[^"]+"\/>/);
    expect(doc).toMatch(/<w:headerReference w:type="first" r:id="[^"]+"\/>/);
    const headers = Object.entries(files).filter(([k]) => /^word\/header\d+\.xml$/.test(k)).map(([, v]) => v);
    const numbered = headers.filter((h) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(h));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toMatch(/<w:jc w:val="center"\/>/);
    expect(numbered[0]).toContain('<w:sz w:val="28"/>');
    // The first page's header is empty: no typed number anywhere.
    expect(headers.filter((h) => !/PAGE/.test(h))).toHaveLength(1);
  });

  it('keeps the last paragraph with the signature, and the signature row whole', async () => {
    const doc = (await parts(model('portrait')))['word/document.xml'] ?? '';
    const last = doc.slice(doc.lastIndexOf('<w:p>', doc.indexOf('Quyết định này có hiệu lực')));
    expect(last.slice(0, last.indexOf('</w:pPr>'))).toContain('<w:keepNext/><w:keepLines/>');
    // Only that paragraph: the rest of the text flows freely.
    expect(doc.match(/<w:keepNext\/>/g)).toHaveLength(1);
    const signature = doc.slice(doc.lastIndexOf('<w:tbl>'));
    expect(signature).toContain('<w:cantSplit/>');
    expect(signature).toContain('KT. CHỦ TỊCH');
  });

  it('keeps a heading on the page of the text it heads, never alone at the foot of a page', async () => {
    const base = model('portrait');
    const page = base.pages[0];
    if (!page) throw new Error('no page');
    const headed: DocumentModel = {
      ...base,
      pages: [{ ...page, blocks: [{ kind: 'paragraph', runs: [{ text: 'IV. ĐÁNH GIÁ CHUNG VÀ KIẾN NGHỊ', bold: true }] }, { kind: 'paragraph', runs: [{ text: 'Phong trào được triển khai đồng bộ.' }], indent: true }, ...page.blocks] }],
    };
    const doc = (await parts(headed))['word/document.xml'] ?? '';
    const heading = doc.slice(doc.lastIndexOf('<w:p>', doc.indexOf('IV. ĐÁNH GIÁ')));
    expect(heading.slice(0, heading.indexOf('</w:pPr>'))).toContain('<w:keepNext/>');
    const body = doc.slice(doc.lastIndexOf('<w:p>', doc.indexOf('Phong trào được triển khai')));
    expect(body.slice(0, body.indexOf('</w:pPr>'))).not.toContain('<w:keepNext/>');
  });

  it('ballots and certificates carry no page number', async () => {
    const doc = (await parts({ ...model('landscape'), pageNumbers: false }))['word/document.xml'] ?? '';
    expect(doc).not.toContain('<w:titlePg/>');
    expect(doc).not.toContain('headerReference');
  });
});
