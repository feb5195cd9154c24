// Data written by each released schema version must open intact in the next one.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BinhXetDatabase } from './database';
import { DB_VERSIONS, LATEST_DB_VERSION } from './versions';
import { randomId } from '../lib/ids';

function databaseAtVersion(name: string, version: number): Dexie {
  const old = new Dexie(name);
  for (const v of DB_VERSIONS.filter((x) => x.version <= version)) {
    const declared = old.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  return old;
}

describe('migrations', () => {
  it('opens data written by version 1 in the latest version, intact and indexed', async () => {
    const name = `migrate-${randomId()}`;
    const v1 = databaseAtVersion(name, 1);
    const at = '2024-05-01T08:00:00.000Z';
    const campaignId = '018f2d3c-0000-7000-8000-000000000001';
    const participant = { id: '018f2d3c-0000-7000-8000-000000000002', campaignId, category: 'individual', personId: '018f2d3c-0000-7000-8000-000000000003', displayName: 'Lê Thị Hoa', createdAt: at, updatedAt: at, rev: 1 };
    const evidence = { id: '018f2d3c-0000-7000-8000-000000000004', campaignId, participantId: participant.id, criterionId: '018f2d3c-0000-7000-8000-000000000005', description: 'Hoàn thành đúng hạn', attachmentIds: [], selfComment: '', documentNumber: '', createdAt: at, updatedAt: at, rev: 1 };
    await v1.table('participants').add(participant);
    await v1.table('evidence').add(evidence);
    await v1.table('audit').add({ id: '018f2d3c-0000-7000-8000-000000000006', at, actor: 'A', action: 'create', entity: 'campaigns', entityId: campaignId, summary: 'Thêm', fields: [] });
    v1.close();

    const latest = new BinhXetDatabase(name);
    await latest.open();
    expect(latest.verno).toBe(LATEST_DB_VERSION);
    expect(await latest.participants.get(participant.id)).toEqual(participant);
    expect(await latest.evidence.get(evidence.id)).toEqual(evidence);
    const byCell = await latest.evidence.where('[participantId+criterionId]').equals([participant.id, evidence.criterionId]).toArray();
    expect(byCell).toHaveLength(1);
    const audit = await latest.audit.where('campaignId').equals(campaignId).toArray();
    expect(audit).toHaveLength(1);
    latest.close();
  });

  it('declares versions in increasing order, each keeping every table', () => {
    const versions = DB_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});
