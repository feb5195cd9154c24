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
