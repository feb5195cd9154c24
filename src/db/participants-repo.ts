// Registering units and people into a campaign (đối tượng thi đua): by the campaign's scope
// in one action, or one by one; removing leaves a tombstone.
import type { Participant } from '../domain/campaign';
import { NotFoundError, StateError } from '../domain/errors';
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
