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
import { sessionSchema } from '../src/domain/council';
import { setAttendance, setRecusal, setWrittenOpinion } from '../src/db/council-repo';
import { closeRound, createRound, enterTally, openRound, publishRound } from '../src/db/round-repo';
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

/**
 * The council meets and counts through the repositories, as the council screen does: one member
 * absent with a written opinion, one member recused on a nominee, one round per category.
 */
async function councilMet(campaignId: string, date: string): Promise<void> {
  const database = (await import('../src/db/database')).db();
  const at = new Date().toISOString();
  const members = (await database.councilMembers.where('campaignId').equals(campaignId).toArray()).sort((a, b) => a.order - b.order);
  const nominations = await database.nominations.where('campaignId').equals(campaignId).toArray();
  const session = sessionSchema.parse({
    id: newId(), createdAt: at, updatedAt: at, rev: 1, campaignId, date, startTime: '8:00', endTime: '10:30', place: 'Hội trường UBND xã Văn Giáo',
    chairId: members.find((m) => m.role === 'chu-tich')?.id, secretaryId: members.find((m) => m.role === 'thu-ky')?.id,
    agenda: ['Bình xét, bỏ phiếu khen thưởng tập thể, cá nhân'], attendance: Object.fromEntries(members.map((m) => [m.id, 'present'])), notes: '',
    countingCommittee: { headId: members[3]?.id, memberIds: [members[3]?.id, members[4]?.id].filter(Boolean) },
  });
  await database.sessions.add(session);
  const individuals = nominations.filter((n) => n.category === 'individual');
  const absent = members.at(-2);
  const recused = members[1];
  if (absent && individuals[0]) {
    await setAttendance(session.id, absent, 'absent-written');
    await setWrittenOpinion(session.id, absent, [individuals[0].id]);
  }
  if (recused && individuals[1]) await setRecusal(session.id, recused, individuals[1].id, true);
  const present = members.length - (absent ? 1 : 0);
  for (const [category, quota] of [['collective', 1], ['individual', 3]] as const) {
    const candidates = nominations.filter((n) => n.category === category);
    const perCandidate = Object.fromEntries(
      candidates.map((n, i) => {
        const entitled = category === 'individual' && i === 1 && recused ? present - 1 : present;
        const agree = i < quota ? entitled - 1 : 1;
        return [n.id, { agree, disagree: entitled - agree }];
      }),
    );
    const round = await createRound({ campaignId, sessionId: session.id, category, candidateIds: candidates.map((n) => n.id), quota, rules: DEFAULT_VOTING_RULES });
    await openRound(round.id);
    await enterTally(round.id, { issued: present, returned: present, valid: present, invalid: 0, perCandidate });
    await closeRound(round.id);
    await publishRound(round.id);
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
