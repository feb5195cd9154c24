// The plan rendered from the template must say everything the signed plan says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { campaignFields } from './campaign';
import { buildPlanDocument, planBodyLines } from './plan-document';
import { plan99Template } from './templates/plan-99';
import { recipientLines, signatureHeading } from './document-format';

const original = readFileSync(join(__dirname, '../../e2e/fixtures/ke-hoach-99.txt'), 'utf8').normalize('NFC');
const doc = buildPlanDocument(campaignFields.parse(plan99Template()));
const lines = planBodyLines(doc);
const rendered = [
  `Số: ${doc.header.documentNumber}`,
  ...doc.title.summaryLines,
  ...lines,
  'Nơi nhận:',
  ...recipientLines(doc.recipients),
  ...signatureHeading(doc.signature.prefix, doc.signature.position),
  doc.signature.signerName,
].join('\n');

/** Deliberate differences from the signed original, each with its reason. */
const DIFFERENCES: Record<string, string> = {
  // The original numbers its sections I, II, III, III, VI: a typing error; we number I–V.
  'III. MỨC CHI VÀ NGUỒN KINH PHÍ KHEN THƯỞNG': 'IV. MỨC CHI VÀ NGUỒN KINH PHÍ KHEN THƯỞNG',
  'VI. TỔ CHỨC THỰC HIỆN': 'V. TỔ CHỨC THỰC HIỆN',
  // The title and the dateline are printed by the layout (uppercased type, dateline from the date).
  'KẾ HOẠCH': '',
  'Văn Giáo, ngày 26 tháng 4 năm 2024': '',
  // Markdown bold around the signature title in the text copy.
  '**KT. CHỦ TỊCH': 'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH**': 'PHÓ CHỦ TỊCH',
};

describe('plan document from the plan-99 template', () => {
  const originalLines = original
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

  it.each(originalLines)('has the line: %s', (line) => {
    const expected = line in DIFFERENCES ? DIFFERENCES[line] : line;
    if (expected) expect(rendered).toContain(expected);
  });

  it('numbers the five sections I–V in order', () => {
    const headings = doc.body.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => b.text);
    expect(headings).toEqual([
      'I. MỤC ĐÍCH YÊU CẦU',
      'II. ĐỐI TƯỢNG THI ĐUA',
      'III. TIÊU CHÍ THI ĐUA, HÌNH THỨC VÀ SỐ LƯỢNG KHEN THƯỞNG',
      'IV. MỨC CHI VÀ NGUỒN KINH PHÍ KHEN THƯỞNG',
      'V. TỔ CHỨC THỰC HIỆN',
    ]);
  });

  it('lists the gate printed with the criteria first, then the four criteria', () => {
    const start = lines.indexOf('1. Tiêu chí thi đua');
    expect(lines[start + 1]).toMatch(/^- Tập thể Ủy ban nhân dân xã phải được tặng giấy khen/);
    expect(lines.slice(start + 2, start + 6).every((l) => l.startsWith('- '))).toBe(true);
    expect(doc.header).toMatchObject({ organisationName: 'Ủy ban nhân dân xã Văn Giáo', documentNumber: '99/KH-UBND', date: '2024-04-26' });
  });
});
