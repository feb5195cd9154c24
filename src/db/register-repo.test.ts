import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from './test-db';
import { applyImport, listPeople, listUnits, peopleRepo, removeOrArchivePerson, removeOrArchiveUnit, unitsRepo } from './register-repo';
import { listParticipants, registerByScope, registerOne, removeParticipant } from './participants-repo';
import { campaignsRepo } from './campaign-repo';
import { plan99Template } from '../domain/templates/plan-99';
import { dryRun } from '../domain/register-import';
import { StaleWriteError } from '../domain/errors';
import type { BinhXetDatabase } from './database';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});

const header = ['Họ và tên', 'Giới tính', 'Đối tượng', 'Đơn vị'];
const mapping = ['fullName', 'gender', 'kind', 'unit'] as const;

async function plan(rows: string[][]) {
  return dryRun({ rows: [header, ...rows], dataStart: 1, mapping: [...mapping], defaults: {}, existingPeople: await listPeople(), existingUnits: await listUnits() });
}

describe('import apply', () => {
  it('writes units and people in one go, and a second run changes nothing', async () => {
    const rows = [['Nguyễn Văn An', 'Nam', 'Cán bộ', 'Ấp Sơn Đông'], ['Lê Thị Bé', 'Nữ', 'Công chức', 'Ấp Sơn Đông']];
    const result = await applyImport(await plan(rows), 'ds.xlsx');
    expect(result).toEqual({ created: 2, updated: 0, units: 1 });
    const units = await listUnits();
    expect(units.map((u) => [u.name, u.kind])).toEqual([['Ấp Sơn Đông', 'ap']]);
    expect((await listPeople()).every((p) => p.unitId === units[0]?.id)).toBe(true);
    const again = await plan(rows);
    expect([again.created.length, again.updated.length, again.unchanged.length]).toEqual([0, 0, 2]);
    expect((await database.audit.toArray()).filter((a) => a.action === 'import')).toHaveLength(1);
  });

  it('changes nothing when one record is stale', async () => {
    await applyImport(await plan([['Nguyễn Văn An', 'Nam', 'Cán bộ', '']]), 'a.csv');
    const stalePlan = await plan([['Nguyễn Văn An', 'Nam', 'Công chức', ''], ['Người Mới', 'Nam', 'Cán bộ', 'Ấp Mới']]);
    const [an] = await listPeople();
    await peopleRepo.update(an?.id ?? '', an?.rev ?? 0, { position: 'Sửa ở tab khác' });
    await expect(applyImport(stalePlan, 'b.csv')).rejects.toBeInstanceOf(StaleWriteError);
    expect((await listPeople()).map((p) => p.fullName)).toEqual(['Nguyễn Văn An']);
    expect(await listUnits()).toEqual([]);
  });
});

describe('a 10,000-row sheet', () => {
  it('is applied in one transaction', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [`Nguyễn Văn Số ${i}`, i % 2 ? 'Nữ' : 'Nam', 'Công chức', `Ấp ${i % 20}`]);
    const result = await applyImport(await plan(rows), 'lon.xlsx');
    expect(result).toEqual({ created: 10_000, updated: 0, units: 20 });
    expect(await database.people.count()).toBe(10_000);
  }, 60_000);
});

async function newCampaign() {
  return campaignsRepo.create(plan99Template());
}

describe('participants', () => {
  it('registers by scope once, one by one, and removes with a tombstone', async () => {
    const ap = await unitsRepo.create({ name: 'Ấp Voi 1', kind: 'ap', note: '' });
    await unitsRepo.create({ name: 'Ấp cũ', kind: 'ap', note: '', archived: true });
    const khac = await unitsRepo.create({ name: 'Tổ tự quản', kind: 'khac', note: '' });
    await peopleRepo.create({ fullName: 'Nguyễn Văn An', gender: 'nam', kind: 'cong-chuc', unitId: ap.id });
    await peopleRepo.create({ fullName: 'Trần Văn Nghỉ', gender: 'nam', kind: 'cong-chuc', active: false });
    const campaign = await newCampaign();

    expect(await registerByScope(campaign.id)).toEqual({ units: 1, people: 1 });
    expect(await registerByScope(campaign.id)).toEqual({ units: 0, people: 0 });
    await registerOne(campaign.id, { unitId: khac.id });
    await expect(registerOne(campaign.id, { unitId: khac.id })).rejects.toThrow(/đã có trong danh sách/);
    const list = await listParticipants(campaign.id);
    expect(list.map((p) => p.displayName).sort()).toEqual(['Nguyễn Văn An', 'Tổ tự quản', 'Ấp Voi 1'].sort());

    const an = list.find((p) => p.category === 'individual');
    await removeParticipant(an?.id ?? '', an?.rev ?? 0);
    expect(await listParticipants(campaign.id)).toHaveLength(2);
    expect((await database.participants.get(an?.id ?? ''))?.deletedAt).toBeTruthy();
  });

  it('archives what a campaign uses and deletes what nobody uses', async () => {
    const used = await unitsRepo.create({ name: 'Công an xã', kind: 'co-quan', note: '' });
    const unused = await unitsRepo.create({ name: 'Đơn vị nhập nhầm', kind: 'khac', note: '' });
    const person = await peopleRepo.create({ fullName: 'Lý Văn Phước', gender: 'nam', kind: 'can-bo' });
    const loner = await peopleRepo.create({ fullName: 'Nhập Nhầm', gender: 'nam', kind: 'can-bo' });
    const campaign = await newCampaign();
    await registerOne(campaign.id, { unitId: used.id });
    await registerOne(campaign.id, { personId: person.id });

    expect(await removeOrArchiveUnit(used.id, used.rev)).toBe('archived');
    expect(await removeOrArchiveUnit(unused.id, unused.rev)).toBe('deleted');
    expect(await removeOrArchivePerson(person.id, person.rev)).toBe('archived');
    expect(await removeOrArchivePerson(loner.id, loner.rev)).toBe('deleted');
    expect((await unitsRepo.get(used.id))?.archived).toBe(true);
    expect(await unitsRepo.get(unused.id)).toBeUndefined();
    expect((await peopleRepo.get(person.id))?.archived).toBe(true);
  });
});
