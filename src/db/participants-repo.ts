// Registering units and people into a campaign (đối tượng thi đua): by the campaign's scope
// in one action, or one by one; removing leaves a tombstone.
import type { Participant } from '../domain/campaign';
import type { YearResult } from '../domain/annual-titles';
import { NotFoundError, StaleWriteError, StateError } from '../domain/errors';
import { newId } from '../lib/ids';
import { participantsRepo } from './campaign-repo';
import { db } from './database';
import { appendAudit, writeTransaction } from './repository';

export async function listParticipants(campaignId: string): Promise<Participant[]> {
  return (await db().participants.where('campaignId').equals(campaignId).toArray()).filter((p) => !p.deletedAt);
}

/**
 * Adds every non-archived unit and every active, non-archived person whose kind the
 * campaign's scope names, skipping those already registered. Returns how many were added.
 */
export async function registerByScope(campaignId: string): Promise<{ units: number; people: number }> {
  return writeTransaction(['campaigns', 'participants', 'units', 'people'], async (database) => {
    const campaign = await database.campaigns.get(campaignId);
    if (!campaign || campaign.deletedAt) throw new NotFoundError('phong trào', campaignId);
    const current = (await database.participants.where('campaignId').equals(campaignId).toArray()).filter((p) => !p.deletedAt);
    const hasUnit = new Set(current.map((p) => p.unitId).filter(Boolean));
    const hasPerson = new Set(current.map((p) => p.personId).filter(Boolean));
    const at = new Date().toISOString();
    const meta = () => ({ id: newId(), createdAt: at, updatedAt: at, rev: 1, campaignId });
    const units = (await database.units.toArray()).filter(
      (u) => !u.deletedAt && !u.archived && campaign.scope.unitKinds.includes(u.kind) && !hasUnit.has(u.id),
    );
    const people = (await database.people.toArray()).filter(
      (p) => !p.deletedAt && !p.archived && p.active && campaign.scope.personKinds.includes(p.kind) && !hasPerson.has(p.id),
    );
    const records = [
      ...units.map((u) => participantsRepo.validate({ ...meta(), category: 'collective', unitId: u.id, displayName: u.name })),
      ...people.map((p) => participantsRepo.validate({ ...meta(), category: 'individual', personId: p.id, displayName: p.fullName })),
    ];
    await database.participants.bulkAdd(records);
    await appendAudit(database, {
      action: 'create',
      entity: 'participants',
      entityId: campaignId,
      campaignId,
      summary: `Đăng ký theo phạm vi: ${units.length} tập thể, ${people.length} cá nhân`,
    });
    return { units: units.length, people: people.length };
  });
}

export type RegistrationTarget = { unitId: string } | { personId: string };

/** Registers one unit or one person; refuses a second registration of the same one. */
export async function registerOne(campaignId: string, target: RegistrationTarget): Promise<Participant> {
  const database = db();
  const current = await listParticipants(campaignId);
  if ('unitId' in target) {
    const unit = await database.units.get(target.unitId);
    if (!unit || unit.deletedAt) throw new NotFoundError('đơn vị', target.unitId);
    if (current.some((p) => p.unitId === unit.id)) throw new StateError(`Đơn vị “${unit.name}” đã có trong danh sách.`);
    return participantsRepo.create({ campaignId, category: 'collective', unitId: unit.id, displayName: unit.name });
  }
  const person = await database.people.get(target.personId);
  if (!person || person.deletedAt) throw new NotFoundError('cán bộ', target.personId);
  if (current.some((p) => p.personId === person.id)) throw new StateError(`“${person.fullName}” đã có trong danh sách.`);
  return participantsRepo.create({ campaignId, category: 'individual', personId: person.id, displayName: person.fullName });
}

export async function removeParticipant(id: string, rev: number): Promise<void> {
  await participantsRepo.remove(id, rev);
}

export interface YearResultWrite {
  participantId: string;
  /** The revision the officer saw; another tab's save in between is refused, never overwritten. */
  expectedRev: number;
  result: YearResult;
}

/**
 * Writes the year's rating, discipline and initiatives of many people at once (the fast-entry
 * table's save, a spreadsheet import): one transaction, one audit entry naming how many changed.
 * Rows whose data did not change are skipped. Refused once the campaign is decided: the decision
 * was made on the data as it stood.
 */
export async function saveYearResults(campaignId: string, rows: readonly YearResultWrite[], how: string): Promise<{ changed: number }> {
  return writeTransaction(['campaigns', 'participants'], async (database) => {
    const campaign = await database.campaigns.get(campaignId);
    if (!campaign || campaign.deletedAt) throw new NotFoundError('phong trào', campaignId);
    if (campaign.status === 'decided' || campaign.status === 'closed')
      throw new StateError('Phong trào đã có quyết định: không sửa được xếp loại của năm nữa. Nếu cần, hãy đưa phong trào về bước trước ở trang Tổng quan.');
    const at = new Date().toISOString();
    const changed: Participant[] = [];
    for (const row of rows) {
      const before = await database.participants.get(row.participantId);
      if (!before || before.deletedAt || before.campaignId !== campaignId) throw new NotFoundError('đối tượng thi đua', row.participantId);
      if (before.rev !== row.expectedRev) throw new StaleWriteError('đối tượng thi đua', before.id, row.expectedRev, before.rev);
      const after = participantsRepo.validate({ ...before, yearResult: row.result, updatedAt: at, rev: before.rev + 1 });
      if (JSON.stringify(before.yearResult ?? null) === JSON.stringify(after.yearResult)) continue;
      changed.push(after);
    }
    if (changed.length === 0) return { changed: 0 };
    await database.participants.bulkPut(changed);
    await appendAudit(database, {
      action: 'update',
      entity: 'participants',
      entityId: campaignId,
      campaignId,
      summary: `${how}: cập nhật xếp loại, kỷ luật, sáng kiến của ${changed.length} người`,
      fields: ['yearResult'],
    });
    return { changed: changed.length };
  });
}
