// Council members (per campaign, copied forward to the next year's campaign) and council
// sessions: attendance, written opinions, recusals, and which slide the projector shows.
import { sessionSchema, councilMemberSchema, type Attendance, type CouncilMember, type CouncilSession } from '../domain/council';
import { NotFoundError } from '../domain/errors';
import { newId } from '../lib/ids';
import { db } from './database';
import { appendAudit, defineRepository, writeTransaction } from './repository';
import { fromZodError } from './errors';

export const membersRepo = defineRepository<CouncilMember>({
  table: 'councilMembers',
  label: 'thành viên Hội đồng',
  schema: councilMemberSchema,
  campaignOf: (m) => m.campaignId,
  describe: (m) => `thành viên Hội đồng “${m.fullName}”`,
});

export const sessionsRepo = defineRepository<CouncilSession>({
  table: 'sessions',
  label: 'phiên họp Hội đồng',
  schema: sessionSchema,
  campaignOf: (s) => s.campaignId,
  describe: (s) => `phiên họp Hội đồng ngày ${s.date}`,
});

export async function listMembers(campaignId: string): Promise<CouncilMember[]> {
  const all = await db().councilMembers.where('campaignId').equals(campaignId).toArray();
  return all.filter((m) => !m.deletedAt).sort((a, b) => a.order - b.order || a.fullName.localeCompare(b.fullName, 'vi'));
}

/** Copies last year's council into a campaign; members already there (same name) are skipped. */
export async function copyMembers(fromCampaignId: string, toCampaignId: string): Promise<number> {
  return writeTransaction(['councilMembers'], async (database) => {
    const source = (await database.councilMembers.where('campaignId').equals(fromCampaignId).toArray()).filter((m) => !m.deletedAt);
    const existing = (await database.councilMembers.where('campaignId').equals(toCampaignId).toArray()).filter((m) => !m.deletedAt);
    const names = new Set(existing.map((m) => m.fullName));
    const at = new Date().toISOString();
    let copied = 0;
    for (const m of source) {
      if (names.has(m.fullName)) continue;
      const record = { ...m, id: newId(), campaignId: toCampaignId, createdAt: at, updatedAt: at, rev: 1 };
      delete record.deletedAt;
      const parsed = councilMemberSchema.safeParse(record);
      if (!parsed.success) throw fromZodError('thành viên Hội đồng', parsed.error);
      await database.councilMembers.add(parsed.data);
      copied += 1;
    }
    await appendAudit(database, {
      action: 'import',
      entity: 'councilMembers',
      entityId: toCampaignId,
      campaignId: toCampaignId,
      summary: `Sao chép ${copied} thành viên Hội đồng từ phong trào khác`,
    });
    return copied;
  });
}

/**
 * Applies a change to the newest version of a session (no expected revision: each of these
 * touches one member's entry, so merging onto the latest record loses nobody's work).
 */
async function patchSession(id: string, summary: string, fields: string[], change: (s: CouncilSession) => CouncilSession, audit = true) {
  return writeTransaction(['sessions'], async (database) => {
    const before = await database.sessions.get(id);
    if (!before || before.deletedAt) throw new NotFoundError('phiên họp Hội đồng', id);
    const next = change(structuredClone(before));
    const parsed = sessionSchema.safeParse({ ...next, updatedAt: new Date().toISOString(), rev: before.rev + 1 });
    if (!parsed.success) throw fromZodError('phiên họp Hội đồng', parsed.error);
    await database.sessions.put(parsed.data);
    if (audit) await appendAudit(database, { action: 'update', entity: 'sessions', entityId: id, campaignId: before.campaignId, summary, fields });
    return parsed.data;
  });
}

export function setAttendance(sessionId: string, member: CouncilMember, attendance: Attendance) {
  return patchSession(sessionId, `Điểm danh: ${member.fullName}`, ['attendance'], (s) => {
    s.attendance[member.id] = attendance;
    const kept = s.writtenOpinions[member.id] ?? [];
    s.writtenOpinions = Object.fromEntries(Object.entries(s.writtenOpinions).filter(([id]) => id !== member.id));
    if (attendance === 'absent-written') s.writtenOpinions[member.id] = kept;
    return s;
  });
}

/** The candidates an absent member agrees with, in their written opinion. */
export function setWrittenOpinion(sessionId: string, member: CouncilMember, agreeIds: string[]) {
  return patchSession(sessionId, `Ý kiến bằng văn bản của ${member.fullName}`, ['writtenOpinions'], (s) => {
    s.writtenOpinions[member.id] = [...new Set(agreeIds)];
    return s;
  });
}

export function setRecusal(sessionId: string, member: CouncilMember, candidateId: string, recused: boolean) {
  return patchSession(sessionId, `${recused ? 'Ghi' : 'Bỏ'} không biểu quyết: ${member.fullName}`, ['recusals'], (s) => {
    const list = new Set(s.recusals[member.id] ?? []);
    if (recused) list.add(candidateId);
    else list.delete(candidateId);
    s.recusals[member.id] = [...list];
    return s;
  });
}

export type ProjectorState = CouncilSession['projector'];

/** Moves the projector to a slide. Not audited: it changes what is shown, not what is decided. */
export function setProjector(sessionId: string, projector: { slide: string; roundId?: string | undefined; at?: string }) {
  return patchSession(
    sessionId,
    '',
    [],
    (s) => {
      const next: ProjectorState = { slide: projector.slide, updatedAt: projector.at ?? new Date().toISOString() };
      if (projector.roundId) next.roundId = projector.roundId;
      s.projector = next;
      return s;
    },
    false,
  );
}
