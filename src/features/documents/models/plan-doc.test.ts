import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { campaignSchema } from '../../../domain/campaign';
import { buildPlanDocument, planBodyLines } from '../../../domain/plan-document';
import { modelText } from '../../../domain/document-model';
import { plan99Template } from '../../../domain/templates/plan-99';
import { newId } from '../../../lib/ids';
import { buildDocument } from '../docx/build-docx';
import { buildPlanModel } from './plan-doc';

const at = '2024-04-26T00:00:00.000Z';
const campaign = campaignSchema.parse({ ...plan99Template(), id: newId(), createdAt: at, updatedAt: at, rev: 1 });

describe('the plan as a Word file', () => {
  it('says what the print page says, line for line', () => {
    const text = modelText(buildPlanModel(campaign));
    for (const line of planBodyLines(buildPlanDocument(campaign))) expect(text).toContain(line.replace(/\n/g, ' ').trim());
    expect(text).toContain('Số: 99/KH-UBND');
    expect(text).toContain('Văn Giáo, ngày 26 tháng 4 năm 2024');
    expect(text).toContain('KẾ HOẠCH');
    expect(text).toContain('Phòng Nội vụ thị xã');
    expect(text).toContain('Hồ Văn Đức');
  });

  it('is a .docx with the title on its lines and page numbers from page 2', async () => {
    const files = unzipSync(new Uint8Array(await Packer.toBuffer(buildDocument(buildPlanModel(campaign)))));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('>Phát động phong trào thi đua đẩy mạnh</w:t>');
    expect(xml).toContain('>cải cách hành chính xã Văn Giáo năm 2024</w:t>');
    expect(xml).toContain('<w:titlePg/>');
    const headers = Object.entries(files).filter(([k]) => /^word\/header\d+\.xml$/.test(k)).map(([, v]) => strFromU8(v));
    expect(headers.some((h) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(h))).toBe(true);
  });
});
