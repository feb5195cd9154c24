// Repositories for the register: units and people; archiving what a campaign still refers
// to; applying a spreadsheet import as one transaction.
import { personSchema, unitSchema, type Person, type Unit } from '../domain/register';
import type { DryRun } from '../domain/register-import';
import { NotFoundError, StaleWriteError } from '../domain/errors';
import { foldForSearch } from '../lib/vi-text';
import { newId } from '../lib/ids';
import { db } from './database';
import { appendAudit, defineRepository, writeTransaction } from './repository';

export const unitsRepo = defineRepository<Unit>({
  table: 'units',
  label: 'đơn vị',
  schema: unitSchema,
  describe: (u) => `đơn vị “${u.name}”`,
});

export const peopleRepo = defineRepository<Person>({
  table: 'people',
  label: 'cán bộ',
  schema: personSchema,
  describe: (p) => `cán bộ “${p.fullName}”`,
});

export async function listUnits(): Promise<Unit[]> {
  return (await db().units.toArray()).filter((u) => !u.deletedAt);
}

export async function listPeople(): Promise<Person[]> {
  return (await db().people.toArray()).filter((p) => !p.deletedAt);
}

/** Used = registered in a campaign (or, for a unit, home of a person): then archive, never delete. */
export async function isUnitInUse(unitId: string): Promise<boolean> {
  const database = db();
  const inCampaign = (await database.participants.where('unitId').equals(unitId).toArray()).some((p) => !p.deletedAt);
  const members = (await database.people.where('unitId').equals(unitId).toArray()).some((p) => !p.deletedAt);
  return inCampaign || members;
}

export async function isPersonInUse(personId: string): Promise<boolean> {
  return (await db().participants.where('personId').equals(personId).toArray()).some((p) => !p.deletedAt);
}

export type RemovalOutcome = 'deleted' | 'archived';

export async function removeOrArchiveUnit(id: string, rev: number): Promise<RemovalOutcome> {
  if (await isUnitInUse(id)) {
    await unitsRepo.update(id, rev, { archived: true });
    return 'archived';
  }
  await unitsRepo.remove(id, rev);
  return 'deleted';
}

export async function removeOrArchivePerson(id: string, rev: number): Promise<RemovalOutcome> {
  if (await isPersonInUse(id)) {
    await peopleRepo.update(id, rev, { archived: true });
    return 'archived';
  }
  await peopleRepo.remove(id, rev);
  return 'deleted';
}

/**
 * Writes a reviewed dry run: new units, new people, updates, all in one transaction with
 * one audit entry. A person changed in another tab since the dry run aborts everything.
 */
export async function applyImport(plan: DryRun, fileName: string): Promise<{ created: number; updated: number; units: number }> {
  return writeTransaction(['units', 'people'], async (database) => {
    const at = new Date().toISOString();
    const unitIds = new Map<string, string>();
    for (const u of await database.units.toArray()) if (!u.deletedAt) unitIds.set(foldForSearch(u.name), u.id);
    for (const u of plan.newUnits) {
      const key = foldForSearch(u.name);
      if (unitIds.has(key)) continue;
      const unit = unitsRepo.validate({ name: u.name, kind: u.kind, note: '', archived: false, id: newId(), createdAt: at, updatedAt: at, rev: 1 });
      await database.units.add(unit);
      unitIds.set(key, unit.id);
    }
    const unitIdOf = (name: string) => (name ? unitIds.get(foldForSearch(name)) : undefined);
    const people: Person[] = plan.created.map(({ person: { unitName, ...fields } }) =>
      peopleRepo.validate({ ...fields, unitId: unitIdOf(unitName), archived: false, id: newId(), createdAt: at, updatedAt: at, rev: 1 }),
    );
    await database.people.bulkAdd(people);
    for (const u of plan.updated) {
      const before = await database.people.get(u.personId);
      if (!before || before.deletedAt) throw new NotFoundError('cán bộ', u.personId);
      if (before.rev !== u.expectedRev) throw new StaleWriteError('cán bộ', u.personId, u.expectedRev, before.rev);
      const { unitName, ...patch } = u.patch;
      const next = peopleRepo.validate({ ...before, ...patch, ...(unitName ? { unitId: unitIdOf(unitName) } : {}), updatedAt: at, rev: before.rev + 1 });
      await database.people.put(next);
    }
    const summary = `Nhập từ tệp “${fileName}”: ${plan.created.length} người mới, ${plan.updated.length} cập nhật, ${plan.newUnits.length} đơn vị mới`;
    await appendAudit(database, { action: 'import', entity: 'people', entityId: fileName, summary });
    return { created: people.length, updated: plan.updated.length, units: plan.newUnits.length };
  });
}
