// The decision of a year-end campaign recognises titles: its summary names the year, Điều 1 lists
// each title's recipients with coefficient and amount (0.3 × 2,340,000 = 702,000, rounded up to
// 710,000 đ), and the .docx carries the same words.
import { beforeEach, describe, expect, it } from 'vitest';
import { councilVotes, freshDatabase } from '../../../db/test-db';
import { loadDemoData } from '../../../db/demo-data';
import { saveDecision } from '../../../db/decision-repo';
import type { BinhXetDatabase } from '../../../db/database';
import { modelText } from '../../../domain/document-model';
import { loadDocumentData } from '../use-document-data';
import { buildDecision } from './decision-doc';
import { buildDocxBlob } from '../docx/build-docx';
import { writeFileSync } from 'node:fs';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});

async function yearEndDecision(): Promise<string> {
  const campaignId = await loadDemoData();
  const campaign = await database.campaigns.get(campaignId);
  if (!campaign) throw new Error('no campaign');
  // The demo campaign turned into a year-end one: its two awards become Tập thể LĐTT and LĐTT.
  const [collective, individual] = campaign.rewards;
  if (!collective || !individual) throw new Error('no rewards');
  await database.campaigns.update(campaignId, {
    year: 2025,
    rewards: [
      { ...collective, form: 'Danh hiệu “Tập thể lao động tiên tiến”', coefficient: 0.8, titleKey: 'tap-the-lao-dong-tien-tien' },
      { ...individual, form: 'Danh hiệu “Lao động tiên tiến”', coefficient: 0.3, titleKey: 'lao-dong-tien-tien' },
    ],
  });
  const nominees = (await database.nominations.where('campaignId').equals(campaignId).toArray()).filter((n) => n.category === 'individual').slice(0, 2);
  await councilVotes(campaignId, nominees.map((n) => n.id));
  await saveDecision(campaignId, { documentNumber: '12/QĐ-UBND', date: '2025-12-26', signature: { prefix: '', position: 'Chủ tịch', signerName: 'Nguyễn Văn Thành' } }, 0);
  const data = await loadDocumentData(campaignId);
  const built = data && buildDecision(data);
  if (!built?.ok) throw new Error(built ? built.missing.join('; ') : 'no data');
  expect(built.model.name).toBe('Quyết định công nhận danh hiệu thi đua');
  // Set DOCX_OUT to look at the file (LibreOffice: soffice --headless --convert-to pdf).
  if (process.env.DOCX_OUT) writeFileSync(process.env.DOCX_OUT, new Uint8Array(await (await buildDocxBlob(built.model)).arrayBuffer()));
  return modelText(built.model);
}

describe('the decision of a year-end campaign', () => {
  it('recognises the titles of the year, per title, with amounts at the base salary of the decision date', async () => {
    const text = await yearEndDecision();
    expect(text).toContain('Về việc công nhận danh hiệu thi đua năm 2025');
    expect(text).toContain('Điều 1. Công nhận danh hiệu thi đua năm 2025 cho 02 cá nhân, gồm:');
    expect(text).toContain('1. Danh hiệu “Lao động tiên tiến”: 02 cá nhân.');
    expect(text).toMatch(/0,3\s*\|?\s*710\.000 đ/);
    expect(text).toContain('mức lương cơ sở 2.340.000 đ (áp dụng tại ngày 26/12/2025), làm tròn lên hàng chục nghìn đồng. Tổng số tiền: 1.420.000 đ');
    expect(text).not.toContain('Tặng Giấy khen');
  });
});
