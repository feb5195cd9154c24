// Article 2 of the decision says how the amounts were rounded: the campaign's own setting,
// not a fixed "hàng chục nghìn đồng".
import { beforeEach, describe, expect, it } from 'vitest';
import { councilVotes, freshDatabase } from '../../../db/test-db';
import { loadDemoData } from '../../../db/demo-data';
import { saveDecision } from '../../../db/decision-repo';
import type { BinhXetDatabase } from '../../../db/database';
import { modelText } from '../../../domain/document-model';
import { loadDocumentData } from '../use-document-data';
import { buildDecision } from './decision-doc';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});

async function article2(roundTo: number): Promise<string> {
  const campaignId = await loadDemoData();
  const campaign = await database.campaigns.get(campaignId);
  if (!campaign) throw new Error('no campaign');
  await database.campaigns.update(campaignId, { moneyRules: { ...campaign.moneyRules, roundTo } });
  const individual = (await database.nominations.where('campaignId').equals(campaignId).toArray()).find((n) => n.category === 'individual');
  if (!individual) throw new Error('no individual');
  await councilVotes(campaignId, [individual.id]);
  await saveDecision(campaignId, { documentNumber: '05/QĐ-UBND', date: '2025-01-20', signature: { prefix: '', position: 'Chủ tịch', signerName: 'Nguyễn Văn Thành' } }, 0);
  const data = await loadDocumentData(campaignId);
  const built = data && buildDecision(data);
  if (!built?.ok) throw new Error('decision not built');
  return modelText(built.model).split('\n').find((l) => l.startsWith('Điều 2.')) ?? '';
}

describe('the decision’s rounding sentence', () => {
  it('follows the campaign’s rounding step', async () => {
    expect(await article2(10_000)).toContain('(áp dụng tại ngày 20/01/2025), làm tròn lên hàng chục nghìn đồng. Tổng số tiền: 710.000 đ');
  });
  it('says "hàng nghìn đồng" for 1,000', async () => {
    expect(await article2(1_000)).toContain('làm tròn lên hàng nghìn đồng. Tổng số tiền: 702.000 đ');
  });
  it('says "hàng trăm nghìn đồng" for 100,000', async () => {
    expect(await article2(100_000)).toContain('làm tròn lên hàng trăm nghìn đồng. Tổng số tiền: 800.000 đ');
  });
  it('says nothing of rounding when amounts are not rounded', async () => {
    const text = await article2(1);
    expect(text).not.toContain('làm tròn');
    expect(text).toContain('(áp dụng tại ngày 20/01/2025). Tổng số tiền: 702.000 đ');
  });
});
