import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from './test-db';
import { peopleRepo, unitsRepo } from './register-repo';
import { saveSettings } from './settings-repo';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { StaleWriteError, ValidationError } from '../domain/errors';
import { writeTransaction } from './repository';
import type { BinhXetDatabase } from './database';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});

const person = { fullName: 'Nguyễn Văn An', gender: 'nam', kind: 'cong-chuc', position: 'Công chức Tư pháp' };

describe('repositories', () => {
  it('creates a record with meta and an audit entry naming the operator', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, operatorName: 'Trần Thị Bình', placeName: 'Văn Giáo' }, 0);
    const created = await peopleRepo.create(person);
    expect(created.rev).toBe(1);
    expect(created.createdAt).toBe(created.updatedAt);
    expect(await database.people.get(created.id)).toEqual(created);
    const audit = await database.audit.where('entityId').equals(created.id).toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', entity: 'people', actor: 'Trần Thị Bình' });
    expect(audit[0]?.summary).toContain('Nguyễn Văn An');
  });

  it('normalises pasted text: NFD becomes NFC and stray spaces go', async () => {
    const created = await peopleRepo.create({ ...person, fullName: '  Nguye\u0302\u0303n   Va\u0306n\u00A0An ' });
    expect(created.fullName).toBe('Nguyễn Văn An');
    expect(created.fullName).toBe(created.fullName.normalize('NFC'));
  });

  it('refuses invalid data with Vietnamese messages and writes nothing, audit included', async () => {
    await expect(peopleRepo.create({ ...person, fullName: '   ' })).rejects.toBeInstanceOf(ValidationError);
    await expect(peopleRepo.create({ ...person, fullName: '' })).rejects.toThrow(/Họ và tên/);
    expect(await database.people.count()).toBe(0);
    expect(await database.audit.count()).toBe(0);
  });

  it('updates with a revision check and records which fields changed', async () => {
    const created = await peopleRepo.create(person);
    const updated = await peopleRepo.update(created.id, 1, { position: 'Chủ tịch UBND xã' });
    expect(updated.rev).toBe(2);
    expect(updated.position).toBe('Chủ tịch UBND xã');
    const entries = await database.audit.where('entityId').equals(created.id).sortBy('at');
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    expect(entries[1]?.fields).toEqual(['position']);
  });

  it('refuses a stale save from another tab and keeps the newer data', async () => {
    const created = await peopleRepo.create(person);
    await peopleRepo.update(created.id, 1, { position: 'Tab A' });
    const stale = peopleRepo.update(created.id, 1, { position: 'Tab B' });
    await expect(stale).rejects.toBeInstanceOf(StaleWriteError);
    await expect(stale).rejects.toThrow('Dữ liệu đã được thay đổi ở cửa sổ khác');
    expect((await database.people.get(created.id))?.position).toBe('Tab A');
  });

  it('deletes as a tombstone that get() no longer returns', async () => {
    const unit = await unitsRepo.create({ name: 'Ấp Sơn Đông', kind: 'ap' });
    await unitsRepo.remove(unit.id, 1);
    expect(await unitsRepo.get(unit.id)).toBeUndefined();
    const stored = await database.units.get(unit.id);
    expect(stored?.deletedAt).toBeDefined();
    expect(stored?.rev).toBe(2);
  });

  it('rolls back the record and its audit entry when a later step of the transaction fails', async () => {
    await expect(
      writeTransaction(['people'], async (db) => {
        await db.people.add({ ...person, id: '01900000-0000-7000-8000-000000000000', createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(), rev: 1, gender: 'nam', kind: 'cong-chuc', active: true });
        await db.audit.add({ id: '01900000-0000-7000-8000-000000000001', at: new Date().toISOString(), actor: '', action: 'create', entity: 'people', entityId: 'x', summary: 'x', fields: [] });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await database.people.count()).toBe(0);
    expect(await database.audit.count()).toBe(0);
  });

  it('counts changes since the last backup', async () => {
    await unitsRepo.create({ name: 'Văn phòng - Thống kê', kind: 'bo-phan' });
    await unitsRepo.create({ name: 'Ấp Voi 1', kind: 'ap' });
    expect((await database.meta.get('changesSinceBackup'))?.value).toBe(2);
  });
});

describe('settings', () => {
  it('saves, then refuses a save based on an old revision', async () => {
    const first = await saveSettings({ ...DEFAULT_SETTINGS, placeName: 'Văn Giáo' }, 0);
    expect(first.rev).toBe(1);
    await expect(saveSettings({ ...DEFAULT_SETTINGS, placeName: 'Khác' }, 0)).rejects.toBeInstanceOf(StaleWriteError);
    const second = await saveSettings({ ...DEFAULT_SETTINGS, placeName: 'Tịnh Biên' }, 1);
    expect(second.placeName).toBe('Tịnh Biên');
    expect(second.rev).toBe(2);
  });

  it('refuses an empty place name with a Vietnamese message', async () => {
    await expect(saveSettings({ ...DEFAULT_SETTINGS, placeName: ' ' }, 0)).rejects.toThrow(/Địa danh/);
  });
});

describe('createMany', () => {
  it('writes all records with one audit entry, or none when one is invalid', async () => {
    const made = await unitsRepo.createMany([{ name: 'Ấp Sơn Đông', kind: 'ap' }, { name: 'Ấp Voi 1', kind: 'ap' }], 'Nhập đơn vị');
    expect(made).toHaveLength(2);
    expect(await database.units.count()).toBe(2);
    expect(await database.audit.count()).toBe(1);
    await expect(unitsRepo.createMany([{ name: 'Ấp Voi 2', kind: 'ap' }, { name: '', kind: 'ap' }], 'Nhập đơn vị')).rejects.toBeInstanceOf(ValidationError);
    expect(await database.units.count()).toBe(2);
    expect(await database.audit.count()).toBe(1);
  });
});
