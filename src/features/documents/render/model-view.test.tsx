import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { ModelView } from './model-view';
import { buildDocument } from '../docx/build-docx';
import { modelText, type DocumentModel } from '../../../domain/document-model';
import { recipientLines } from '../../../domain/document-format';

const model: DocumentModel = {
  name: 'Quyết định khen thưởng',
  fileName: 'qd.docx',
  orientation: 'portrait',
  source: 'thử',
  pages: [
    {
      header: { issuingLines: ['ỦY BAN NHÂN DÂN', 'XÃ VĂN GIÁO'], numberLine: 'Số: 125/QĐ-UBND', dateLine: 'Văn Giáo, ngày 20 tháng 12 năm 2024' },
      title: { type: 'QUYẾT ĐỊNH', summary: 'Về việc khen thưởng' },
      blocks: [
        { kind: 'paragraph', runs: [{ text: 'Điều 1. ', bold: true }, { text: 'Tặng Giấy khen cho 1 tập thể & 3 cá nhân' }] },
        { kind: 'table', columns: [{ header: 'STT', width: 1 }, { header: 'Số tiền', width: 3 }], rows: [['1', '1.410.000 đ']], boldLastRow: true },
        { kind: 'paragraph', runs: [{ text: '(Bằng chữ: Một triệu bốn trăm mười nghìn đồng)', italic: true }] },
        { kind: 'signatures', recipients: ['Như Điều 3', 'Lưu: VT'], columns: [{ heading: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Hồ Văn Đức' }] },
      ],
    },
  ],
};

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'");

describe('one model, two renderings', () => {
  it('the preview and the Word file carry every text of the model', async () => {
    const html = decode(renderToStaticMarkup(<ModelView model={model} />).replace(/<[^>]+>/g, '\u2063'));
    const xml = decode(strFromU8(unzipSync(new Uint8Array(await Packer.toBuffer(buildDocument(model))))['word/document.xml'] ?? new Uint8Array()).replace(/<[^>]+>/g, '\u2063'));
    // Compare per run of text: what the model says must appear in both renderings.
    const texts = modelText(model)
      .split('\n')
      .flatMap((l) => l.split(' | '))
      .filter((t) => !t.startsWith('Như') && !t.startsWith('Lưu'));
    const flat = (s: string) => s.replace(/\u2063+/g, '');
    for (const t of texts) {
      expect(flat(html), `preview: ${t}`).toContain(t);
      expect(flat(xml), `docx: ${t}`).toContain(t);
    }
    for (const r of recipientLines(['Như Điều 3', 'Lưu: VT'])) {
      expect(flat(html)).toContain(r);
      expect(flat(xml)).toContain(r);
    }
  });
});
