// Builds every paper of the demo campaign as .docx, in Node (in-memory IndexedDB): the demo's
// finished plan-99 campaign (council on 14/01/2025, decision 125/QĐ-UBND of 20/01/2025), and the same
// campaign run again in 2026 (decision of 02/07/2026, Decree 152, province bodies).
// Loaded by scripts/docs-render.mjs through Vite; not part of the app bundle.
import 'fake-indexeddb/auto';
import { Packer } from 'docx';
import { freshDatabase } from '../src/db/test-db';
import { demoCouncilMeets, loadDemoData } from '../src/db/demo-data';
import { saveDecision } from '../src/db/decision-repo';
import { cloneCampaignFields } from '../src/domain/campaign-clone';
import { loadDocumentData } from '../src/features/documents/use-document-data';
import { DOCUMENT_KINDS } from '../src/features/documents/document-kinds';
import { buildPlanModel } from '../src/features/documents/models/plan-doc';
import { buildDocument } from '../src/features/documents/docx/build-docx';

export interface RenderedDocx {
  name: string;
  bytes: Uint8Array;
}

async function renderCampaign(campaignId: string, prefix: string): Promise<RenderedDocx[]> {
  const data = await loadDocumentData(campaignId);
  if (!data) throw new Error('no campaign');
  const out: RenderedDocx[] = [{ name: `${prefix}00-ke-hoach.docx`, bytes: new Uint8Array(await Packer.toBuffer(buildDocument(buildPlanModel(data.campaign)))) }];
  for (const [i, kind] of DOCUMENT_KINDS.entries()) {
    const r = kind.build(data, undefined);
    if (!r.ok) throw new Error(`${kind.slug}: ${r.missing.join(' ')}`);
    out.push({ name: `${prefix}${String(i + 1).padStart(2, '0')}-${kind.slug}.docx`, bytes: new Uint8Array(await Packer.toBuffer(buildDocument(r.model))) });
  }
  return out;
}

const signature = { prefix: 'KT.', position: 'Phó Chủ tịch', signerName: 'Hồ Văn Đức' };

export async function renderAll(): Promise<RenderedDocx[]> {
  // The demo's finished campaign, as a newcomer finds it: council on 14/01/2025, decision of 20/01/2025.
  const demo = freshDatabase();
  const practiceId = await loadDemoData();
  const finished = (await demo.campaigns.toArray()).find((c) => c.id !== practiceId);
  if (!finished) throw new Error('no finished demo campaign');
  const first = await renderCampaign(finished.id, '2025-');

  // The same campaign run again under the 2025 law: its own plan, no town any more.
  const database = freshDatabase();
  const id2026 = await loadDemoData();
  const c = await database.campaigns.get(id2026);
  if (!c) throw new Error('no campaign');
  await database.campaigns.put({ ...c, ...cloneCampaignFields(c, 2), rewards: c.rewards, status: 'council', documentNumber: '45/KH-UBND', issueDate: '2026-03-10', higherBody: 'Ủy ban nhân dân tỉnh An Giang', basis: [], recipients: ['Sở Nội vụ tỉnh An Giang', 'TT. Đảng ủy, HĐND xã', 'Chủ tịch, các PCT.UBND xã', 'Lưu: VT'] });
  await demoCouncilMeets(id2026, '2026-06-25');
  await saveDecision(id2026, { documentNumber: '88/QĐ-UBND', date: '2026-07-02', signature }, 0);
  return [...first, ...(await renderCampaign(id2026, '2026-'))];
}
