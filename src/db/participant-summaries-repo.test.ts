// The participants' summaries against a fake-indexeddb database: whatever the sequence of writes
// through the repositories — evidence added, edited, moved to another criterion, deleted, files
// attached; appraisals given and changed; complaints recorded, verified, deleted — the stored
// summaries are the summaries made from the records. Built by the upgrade, rebuilt by a restore,
// a merge and the demo, never in a backup file, and not trusted once a record is written past them.
import Dexie from 'dexie';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { APPRAISAL_RESULTS, type AppraisalResult } from '../domain/evidence';
import { summarizeAll, type SummaryRecord } from '../domain/participant-summary';
import { newId, randomId } from '../lib/ids';
import { peopleRepo } from './register-repo';
import { exportBackup, mergeBackup, readBackupFile, restoreBackup } from './backup-repo';
import { participantsRepo } from './campaign-repo';
import { BinhXetDatabase } from './database';
import { loadDemoData, removeDemoData } from './demo-data';
import { addAttachment, complaintsRepo, evidenceRepo, removeAttachment, removeEvidence, saveAppraisal } from './evidence-repo';
import { readNominationTable } from './nomination-table-read';
import { checkCampaignSummaries, readCampaignSummaries, summariesWhole } from './participant-summaries-repo';
import { campaignAt, freshDatabase } from './test-db';
import { DB_VERSIONS } from './versions';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});

const byKey = (xs: SummaryRecord[]) => [...xs].sort((a, b) => `${a.campaignId}/${a.participantId}`.localeCompare(`${b.campaignId}/${b.participantId}`));

async function recomputed(db: BinhXetDatabase = database) {
  return byKey(summarizeAll({ evidence: await db.evidence.toArray(), appraisals: await db.appraisals.toArray(), complaints: await db.complaints.toArray() }));
}

/** The store holds exactly what the records make, and every campaign's summaries read as whole. */
async function expectSummariesMatchRecords() {
  expect(byKey(await database.participantSummaries.toArray())).toEqual(await recomputed());
  for (const campaign of await database.campaigns.toArray()) {
    expect(await summariesWhole(database, campaign.id), campaign.shortName).toBe(true);
    expect((await readCampaignSummaries(database, campaign.id)).stale, campaign.shortName).toBe(false);
  }
}

async function setup() {
  const campaign = await campaignAt('launched');
  const other = await campaignAt('launched');
  const people = [];
  for (const [i, displayName] of ['Nguyễn Văn An', 'Lê Thị Bình', 'Trần Văn Cường'].entries()) {
    const person = await peopleRepo.create({ fullName: displayName, gender: i === 1 ? 'nu' : 'nam', kind: 'cong-chuc', position: 'Công chức' });
    people.push(await participantsRepo.create({ campaignId: i < 2 ? campaign.id : other.id, category: 'individual', personId: person.id, displayName }));
  }
  const criteria = campaign.criteria.map((c) => c.id);
  return { campaign, other, people, criteria };
}

const description = 'Hoàn thành 12/12 nhiệm vụ được giao';

type Step =
  | { kind: 'evidence'; who: number; criterion: number; many: number }
  | { kind: 'edit-evidence'; pick: number; criterion: number }
  | { kind: 'remove-evidence'; pick: number; withFiles: boolean }
  | { kind: 'attach'; pick: number; detach: boolean }
  | { kind: 'appraise'; who: number; criterion: number; result: AppraisalResult }
  | { kind: 'complaint'; who: number; date: string; substantiated: boolean }
  | { kind: 'edit-complaint'; pick: number; substantiated: boolean; remove: boolean };

const who = fc.integer({ min: 0, max: 2 });
const criterion = fc.integer({ min: 0, max: 3 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('evidence' as const), who, criterion, many: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('edit-evidence' as const), pick: fc.nat(), criterion }),
  fc.record({ kind: fc.constant('remove-evidence' as const), pick: fc.nat(), withFiles: fc.boolean() }),
  fc.record({ kind: fc.constant('attach' as const), pick: fc.nat(), detach: fc.boolean() }),
  fc.record({ kind: fc.constant('appraise' as const), who, criterion, result: fc.constantFrom(...APPRAISAL_RESULTS) }),
  fc.record({ kind: fc.constant('complaint' as const), who, date: fc.constantFrom('2023-12-31', '2024-03-08', '2024-11-20'), substantiated: fc.boolean() }),
  fc.record({ kind: fc.constant('edit-complaint' as const), pick: fc.nat(), substantiated: fc.boolean(), remove: fc.boolean() }),
);

describe('the summaries kept in the write transactions', () => {
  it('equal the summaries made from the records after any sequence of writes through the repositories', async () => {
    let files = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (steps) => {
        database = freshDatabase();
        const { people, criteria } = await setup();
        for (const s of steps) {
          const live = <T extends { deletedAt?: string | undefined }>(xs: T[]) => xs.filter((x) => !x.deletedAt);
          const evidence = live(await database.evidence.toArray());
          const complaints = live(await database.complaints.toArray());
          if (s.kind === 'evidence') {
            const p = people[s.who];
            const fields = p && { campaignId: p.campaignId, participantId: p.id, criterionId: criteria[s.criterion] ?? '', description, attachmentIds: [] };
            if (!fields) continue;
            if (s.many === 1) await evidenceRepo.create(fields);
            else await evidenceRepo.createMany(Array.from({ length: s.many }, () => fields), 'Nhập minh chứng');
          } else if (s.kind === 'edit-evidence') {
            const e = evidence[s.pick % Math.max(1, evidence.length)];
            if (e) await evidenceRepo.update(e.id, e.rev, { criterionId: criteria[s.criterion], description: `${description} (sửa)` });
          } else if (s.kind === 'remove-evidence') {
            const e = evidence[s.pick % Math.max(1, evidence.length)];
            if (e && s.withFiles) await removeEvidence(e.id, e.rev);
            else if (e) await evidenceRepo.remove(e.id, e.rev);
          } else if (s.kind === 'attach') {
            const e = evidence[s.pick % Math.max(1, evidence.length)];
            const attached = e?.attachmentIds[0];
            if (e && s.detach && attached) await removeAttachment(attached);
            else if (e) await addAttachment(e.id, new File([`%PDF-1.4 tệp ${(files += 1)}`], `bien-ban-${files}.pdf`, { type: 'application/pdf' }));
          } else if (s.kind === 'appraise') {
            const p = people[s.who];
            const criterionId = criteria[s.criterion] ?? '';
            if (!p) continue;
            const current = live(await database.appraisals.where('[participantId+criterionId]').equals([p.id, criterionId]).toArray())[0];
            await saveAppraisal({ campaignId: p.campaignId, participantId: p.id, criterionId, result: s.result, note: '' }, current?.rev ?? 0);
          } else if (s.kind === 'complaint') {
            const p = people[s.who];
            if (p) await complaintsRepo.create({ campaignId: p.campaignId, participantId: p.id, date: s.date, content: 'Phản ánh về thái độ phục vụ', substantiated: s.substantiated, verificationNote: '' });
          } else {
            const c = complaints[s.pick % Math.max(1, complaints.length)];
            if (c && s.remove) await complaintsRepo.remove(c.id, c.rev);
            else if (c) await complaintsRepo.update(c.id, c.rev, { substantiated: s.substantiated });
          }
        }
        await expectSummariesMatchRecords();
      }),
      { numRuns: 20 },
    );
  });

  it('are not trusted once a record is written past them: the check a page makes finds it and rebuilds them', async () => {
    const { campaign, people, criteria } = await setup();
    const [an, binh] = people;
    if (!an || !binh) throw new Error('no participants');
    await evidenceRepo.create({ campaignId: campaign.id, participantId: an.id, criterionId: criteria[0], description, attachmentIds: [] });
    await expectSummariesMatchRecords();
    expect(await checkCampaignSummaries(campaign.id)).toBe(false);
    // Another program (an old copy of the app, a hand-made fix) adds evidence straight to the table.
    const stamp = new Date().toISOString();
    await database.evidence.add({ id: newId(), campaignId: campaign.id, participantId: binh.id, criterionId: criteria[1] ?? '', description, attachmentIds: [], selfComment: '', documentNumber: '', createdAt: stamp, updatedAt: stamp, rev: 1 });
    expect(await summariesWhole(database, campaign.id)).toBe(false);
    // A save through the repositories does not count the campaign (it stays quick), nor hide the gap.
    await evidenceRepo.create({ campaignId: campaign.id, participantId: an.id, criterionId: criteria[2], description, attachmentIds: [] });
    expect(await summariesWhole(database, campaign.id)).toBe(false);
    expect(await checkCampaignSummaries(campaign.id)).toBe(true);
    await expectSummariesMatchRecords();
    // A record taken out past them is caught the same way.
    const gone = (await database.evidence.toArray())[0];
    await database.evidence.delete(gone?.id ?? '');
    expect(await checkCampaignSummaries(campaign.id)).toBe(true);
    await expectSummariesMatchRecords();
  });

  it('never built for a campaign that has records: every read makes them from the records', async () => {
    const { campaign, people, criteria } = await setup();
    const [an] = people;
    if (!an) throw new Error('no participant');
    await evidenceRepo.create({ campaignId: campaign.id, participantId: an.id, criterionId: criteria[0], description, attachmentIds: [] });
    await database.participantSummaries.clear();
    const read = await readCampaignSummaries(database, campaign.id);
    expect(read.stale).toBe(true);
    expect(read.summaries.get(an.id)?.evidence).toBe(1);
    const table = await readNominationTable(campaign.id);
    expect(table?.stale).toBe(true);
    expect(table?.summaries.get(an.id)?.evidence).toBe(1);
    expect(await checkCampaignSummaries(campaign.id)).toBe(true);
    await expectSummariesMatchRecords();
  });
});

describe('the summaries outside the repositories', () => {
  it('are built by the upgrade to version 6 from the records version 5 kept', async () => {
    const { campaign, people, criteria } = await setup();
    const [an] = people;
    if (!an) throw new Error('no participant');
    await evidenceRepo.create({ campaignId: campaign.id, participantId: an.id, criterionId: criteria[0], description, attachmentIds: [] });
    await saveAppraisal({ campaignId: campaign.id, participantId: an.id, criterionId: criteria[0] ?? '', result: 'dat', note: '' }, 0);
    await complaintsRepo.create({ campaignId: campaign.id, participantId: an.id, date: '2024-03-08', content: 'Phản ánh', substantiated: true, verificationNote: '' });
    const name = `summaries-${randomId()}`;
    const v5 = new Dexie(name);
    for (const v of DB_VERSIONS.filter((x) => x.version <= 5)) {
      const declared = v5.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    await v5.open();
    for (const t of ['evidence', 'appraisals', 'complaints'] as const) await v5.table(t).bulkAdd(await database[t].toArray());
    v5.close();
    const latest = new BinhXetDatabase(name);
    await latest.open();
    expect(byKey(await latest.participantSummaries.toArray())).toEqual(await recomputed());
    expect((await latest.participantSummaries.get([campaign.id, an.id]))?.kind).toBe('participant');
    latest.close();
  });

  it('are rebuilt by a restore and a merge, and never written into a backup file', async () => {
    const { campaign, people, criteria } = await setup();
    const [an, binh] = people;
    if (!an || !binh) throw new Error('no participants');
    await evidenceRepo.create({ campaignId: campaign.id, participantId: an.id, criterionId: criteria[0], description, attachmentIds: [] });
    await saveAppraisal({ campaignId: campaign.id, participantId: an.id, criterionId: criteria[0] ?? '', result: 'dat', note: '' }, 0);
    const file = await exportBackup();
    expect(await file.blob.text()).not.toContain('participantSummaries');
    const before = byKey(await database.participantSummaries.toArray());

    database = freshDatabase();
    await restoreBackup(await readBackupFile(file.blob));
    expect(byKey(await database.participantSummaries.toArray())).toEqual(before);
    await expectSummariesMatchRecords();

    // The other PC recorded a complaint and more evidence for Bình; merged here, Bình's summary shows them.
    await complaintsRepo.create({ campaignId: campaign.id, participantId: binh.id, date: '2024-03-08', content: 'Phản ánh', substantiated: true, verificationNote: '' });
    await evidenceRepo.create({ campaignId: campaign.id, participantId: binh.id, criterionId: criteria[1], description, attachmentIds: [] });
    const fromOther = await exportBackup();
    database = freshDatabase();
    await restoreBackup(await readBackupFile(file.blob));
    await mergeBackup(await readBackupFile(fromOther.blob));
    const merged = await readCampaignSummaries(database, campaign.id);
    expect(merged.summaries.get(binh.id)).toMatchObject({ evidence: 1, complaints: [{ date: '2024-03-08', substantiated: true }] });
    await expectSummariesMatchRecords();
  });

  it('are made for the demo when it is loaded, and go with it', async () => {
    const { campaign, people, criteria } = await setup();
    const [an] = people;
    await evidenceRepo.create({ campaignId: campaign.id, participantId: an?.id ?? '', criterionId: criteria[0], description, attachmentIds: [] });
    const demo = await loadDemoData();
    expect((await readCampaignSummaries(database, demo)).summaries.size).toBeGreaterThan(5);
    await expectSummariesMatchRecords();
    await removeDemoData();
    await expectSummariesMatchRecords();
    expect((await database.participantSummaries.toArray()).map((s) => s.campaignId)).toEqual([campaign.id, campaign.id]);
  });
});
