// Council members (per campaign, copied forward to the next year's campaign) and council
// sessions: attendance, written opinions, recusals, and which slide the projector shows.
import { sessionSchema, councilMemberSchema, type Attendance, type CouncilMember, type CouncilSession } from '../domain/council';
import { NotFoundError, StateError, ValidationError } from '../domain/errors';
import { newId } from '../lib/ids';
import { db, type BinhXetDatabase } from './database';
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
  return patchSessionChecked(id, fields, async (s) => ({ next: change(s), summary }), audit, ['sessions']);
}

/**
 * patchSession for changes that read other tables (members, rounds) to check or describe
 * themselves; the change returns the new session and the audit summary.
 */
async function patchSessionChecked(
  id: string,
  fields: string[],
  change: (s: CouncilSession, database: BinhXetDatabase) => Promise<{ next: CouncilSession; summary: string }>,
  audit = true,
  // Only what the change reads: the projector moves through here and must not wait on rounds.
  tables: ('sessions' | 'councilMembers' | 'rounds')[] = ['sessions', 'councilMembers', 'rounds'],
) {
  return writeTransaction(tables, async (database) => {
    const before = await database.sessions.get(id);
    if (!before || before.deletedAt) throw new NotFoundError('phiên họp Hội đồng', id);
    // Sessions saved before proposals existed have no declined list.
    const { next, summary } = await change({ ...structuredClone(before), recusalsDeclined: before.recusalsDeclined ?? {} }, database);
    const parsed = sessionSchema.safeParse({ ...next, updatedAt: new Date().toISOString(), rev: before.rev + 1 });
    if (!parsed.success) throw fromZodError('phiên họp Hội đồng', parsed.error);
    await database.sessions.put(parsed.data);
    if (audit) await appendAudit(database, { action: 'update', entity: 'sessions', entityId: id, campaignId: before.campaignId, summary, fields });
    return parsed.data;
  });
}

async function sessionMembers(database: BinhXetDatabase, campaignId: string) {
  const members = (await database.councilMembers.where('campaignId').equals(campaignId).toArray()).filter((m) => !m.deletedAt);
  return new Map(members.map((m) => [m.id, m]));
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

export interface RecusalEntry {
  member: CouncilMember;
  nominationId: string;
  /** For the audit trail, which outlives renames. */
  nomineeName: string;
}

/**
 * Confirms proposed recusals (a member who is the nominee, or heads the nominated collective):
 * all of them in one write and one audit entry, so the trail says what the council accepted.
 */
export function confirmRecusals(sessionId: string, entries: readonly RecusalEntry[]) {
  const summary = `Xác nhận không biểu quyết: ${entries.map((e) => `${e.member.fullName} (cho ${e.nomineeName})`).join('; ')}`;
  return patchSession(sessionId, summary, ['recusals'], (s) => {
    for (const { member, nominationId } of entries) {
      s.recusals[member.id] = [...new Set([...(s.recusals[member.id] ?? []), nominationId])];
      s.recusalsDeclined[member.id] = (s.recusalsDeclined[member.id] ?? []).filter((id) => id !== nominationId);
    }
    s.recusalsDeclined = Object.fromEntries(Object.entries(s.recusalsDeclined).filter(([, ids]) => ids.length > 0));
    return s;
  });
}

/** Declines proposed recusals: those members still vote on those nominees, on the record. */
export function declineRecusals(sessionId: string, entries: readonly RecusalEntry[]) {
  const summary = `Không áp dụng đề xuất không biểu quyết: ${entries.map((e) => `${e.member.fullName} vẫn biểu quyết cho ${e.nomineeName}`).join('; ')}`;
  return patchSession(sessionId, summary, ['recusalsDeclined'], (s) => {
    for (const { member, nominationId } of entries) s.recusalsDeclined[member.id] = [...new Set([...(s.recusalsDeclined[member.id] ?? []), nominationId])];
    return s;
  });
}

export interface CountingCommittee {
  headId?: string | undefined;
  memberIds: readonly string[];
}

/**
 * Chooses the Ban kiểm phiếu among the members present at the session: a head and its members
 * (the head is not repeated among them). The biên bản kiểm phiếu names them.
 */
export function setCountingCommittee(sessionId: string, committee: CountingCommittee) {
  return patchSessionChecked(sessionId, ['countingCommittee'], async (s, database) => {
    const byId = await sessionMembers(database, s.campaignId);
    const { headId } = committee;
    const ids = [...new Set([...(headId ? [headId] : []), ...committee.memberIds])];
    for (const id of ids) {
      const member = byId.get(id);
      if (!member) throw new ValidationError('Ban kiểm phiếu chỉ gồm thành viên Hội đồng của phong trào này.');
      if (s.attendance[id] !== 'present') throw new ValidationError(`${member.fullName} không có mặt ở phiên họp nên không ở Ban kiểm phiếu được.`);
    }
    const memberIds = ids.filter((id) => id !== headId);
    s.countingCommittee = headId ? { headId, memberIds } : { memberIds };
    const name = (id: string) => byId.get(id)?.fullName ?? '';
    const head = headId ? `Trưởng ban ${name(headId)}` : 'chưa có Trưởng ban';
    return { next: s, summary: `Ban kiểm phiếu: ${head}${memberIds.length ? `; thành viên ${memberIds.map(name).join(', ')}` : ''}` };
  });
}

/** "HH:MM" on a 24-hour clock, as the minutes print it ("10 giờ 45 phút"). */
const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/**
 * Ends the session at `endTime` (HH:MM, and may be corrected later): refused while a round of
 * the session is still being prepared or voted on, since the minutes close on its result.
 */
export function endSession(sessionId: string, endTime: string) {
  return patchSessionChecked(sessionId, ['endTime'], async (s, database) => {
    const time = endTime.trim();
    const m = CLOCK.exec(time);
    if (!m) throw new ValidationError('Giờ kết thúc phải theo dạng giờ:phút, ví dụ 10:45.');
    const rounds = (await database.rounds.where('sessionId').equals(sessionId).toArray()).filter((r) => !r.deletedAt);
    const pending = rounds.filter((r) => r.status === 'prepared' || r.status === 'open').sort((a, b) => a.number - b.number);
    if (pending.length) {
      throw new StateError(`Còn vòng ${pending.map((r) => r.number).join(', ')} chưa kết thúc: hãy kết thúc (hoặc xoá vòng chưa mở) rồi mới kết thúc phiên họp.`);
    }
    const hhmm = `${m[1]?.padStart(2, '0')}:${m[2]}`;
    const summary = s.endTime ? `Sửa giờ kết thúc phiên họp: ${s.endTime} → ${hhmm}` : `Kết thúc phiên họp lúc ${hhmm}`;
    s.endTime = hhmm;
    return { next: s, summary };
  });
}

export type ProjectorState = CouncilSession['projector'];

/**
 * Moves the projector to a slide, or to a page of it. Not audited: it changes what is shown, not
 * what is decided — a page flip reads nothing and writes no round.
 */
export function setProjector(sessionId: string, projector: { slide: string; roundId?: string | undefined; page?: number | undefined; at?: string }) {
  return patchSession(
    sessionId,
    '',
    [],
    (s) => {
      const next: ProjectorState = { slide: projector.slide, updatedAt: projector.at ?? new Date().toISOString() };
      if (projector.roundId) next.roundId = projector.roundId;
      if (projector.page !== undefined && projector.page > 1) next.page = Math.trunc(projector.page);
      s.projector = next;
      return s;
    },
    false,
  );
}
