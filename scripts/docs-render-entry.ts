// Builds every paper of the demo campaign as .docx, in Node (in-memory IndexedDB): the plan-99
// demo with the council on 14/01/2025 and decision 125/QĐ-UBND of 20/01/2025, and the same
// campaign run again in 2026 (decision of 02/07/2026, Decree 152, province bodies).
// Loaded by scripts/docs-render.mjs through Vite; not part of the app bundle.
import 'fake-indexeddb/auto';
import { Packer } from 'docx';
import { freshDatabase } from '../src/db/test-db';
import { loadDemoData } from '../src/db/demo-data';
import { saveDecision } from '../src/db/decision-repo';
import { cloneCampaignFields } from '../src/domain/campaign-clone';
import { roundSchema, sessionSchema } from '../src/domain/council';
import { DEFAULT_VOTING_RULES } from '../src/domain/rules';
import { newId } from '../src/lib/ids';
import { loadDocumentData } from '../src/features/documents/use-document-data';
import { DOCUMENT_KINDS } from '../src/features/documents/document-kinds';
import { buildPlanModel } from '../src/features/documents/models/plan-doc';
import { buildDocument } from '../src/features/documents/docx/build-docx';

export interface RenderedDocx {
  name: string;
  bytes: Uint8Array;
}

async function councilMet(campaignId: string, date: string): Promise<void> {
  const database = (await import('../src/db/database')).db();
  const at = new Date().toISOString();
  const meta = () => ({ id: newId(), createdAt: at, updatedAt: at, rev: 1 });
  const members = await database.councilMembers.where('campaignId').equals(campaignId).toArray();
  const nominations = await database.nominations.where('campaignId').equals(campaignId).toArray();
  const session = sessionSchema.parse({
    ...meta(), campaignId, date, startTime: '8:00', endTime: '10:30', place: 'Hội trường UBND xã Văn Giáo',
    chairId: members.find((m) => m.role === 'chu-tich')?.id, secretaryId: members.find((m) => m.role === 'thu-ky')?.id,
    agenda: ['Bình xét, bỏ phiếu khen thưởng tập thể, cá nhân'], attendance: Object.fromEntries(members.map((m) => [m.id, 'present'])), notes: '',
  });
  await database.sessions.add(session);
  let number = 1;
  for (const [category, quota] of [['collective', 1], ['individual', 3]] as const) {
    const candidates = nominations.filter((n) => n.category === category);
    const perCandidate = Object.fromEntries(candidates.map((n, i) => [n.id, { agree: i < quota ? 8 : 2, disagree: i < quota ? 1 : 7 }]));
    await database.rounds.add(roundSchema.parse({ ...meta(), campaignId, sessionId: session.id, number: number++, category, candidateIds: candidates.map((n) => n.id), quota, rules: DEFAULT_VOTING_RULES, status: 'closed', tally: { issued: 9, returned: 9, valid: 9, invalid: 0, perCandidate } }));
    for (const [i, n] of candidates.entries()) await database.nominations.update(n.id, { status: i < quota ? 'selected' : 'not-selected' });
  }
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
  freshDatabase();
  const id2025 = await loadDemoData();
  await councilMet(id2025, '2025-01-14');
  await saveDecision(id2025, { documentNumber: '125/QĐ-UBND', date: '2025-01-20', signature }, 0);
  const first = await renderCampaign(id2025, '2025-');

  // The same campaign run again under the 2025 law: its own plan, no town any more.
  const database = freshDatabase();
  const id2026 = await loadDemoData();
  const c = await database.campaigns.get(id2026);
  if (!c) throw new Error('no campaign');
  await database.campaigns.put({ ...c, ...cloneCampaignFields(c, 2), rewards: c.rewards, status: 'evaluating', documentNumber: '45/KH-UBND', issueDate: '2026-03-10', higherBody: 'Ủy ban nhân dân tỉnh An Giang', basis: [], recipients: ['Sở Nội vụ tỉnh An Giang', 'TT. Đảng ủy, HĐND xã', 'Chủ tịch, các PCT.UBND xã', 'Lưu: VT'] });
  await councilMet(id2026, '2026-06-25');
  await saveDecision(id2026, { documentNumber: '88/QĐ-UBND', date: '2026-07-02', signature }, 0);
  return [...first, ...(await renderCampaign(id2026, '2026-'))];
}
