// Runs inside Chromium on the app's own origin: seeds the dataset through the app's
// repositories and measures each operation against its physical baseline (raw IndexedDB,
// raw JSON) in the same page, so only ratios matter. Driven by bench/run.mjs.
import { BinhXetDatabase, db, setDatabase } from '../src/db/database';
import { campaignsRepo, participantsRepo } from '../src/db/campaign-repo';
import { peopleRepo, unitsRepo } from '../src/db/register-repo';
import { defineRepository, writeTransaction } from '../src/db/repository';
import { evidenceSchema, type Evidence } from '../src/domain/evidence';
import { nominationSchema, type Nomination } from '../src/domain/nomination';
import { councilMemberSchema, roundSchema, sessionSchema, type CouncilMember, type CouncilSession, type VotingRound } from '../src/domain/council';
import { makeDataset, scaleOf, type Dataset } from './dataset';
import { measureBackup } from './backup-bench';
import { importAwards } from '../src/db/award-history-repo';
import type { AwardEntryInput } from '../src/domain/award-history';

const evidenceRepo = defineRepository<Evidence>({ table: 'evidence', label: 'minh chứng', schema: evidenceSchema, campaignOf: (e) => e.campaignId });
const nominationRepo = defineRepository<Nomination>({ table: 'nominations', label: 'đề xuất', schema: nominationSchema, campaignOf: (n) => n.campaignId });
const councilRepo = defineRepository<CouncilMember>({ table: 'councilMembers', label: 'thành viên', schema: councilMemberSchema, campaignOf: (m) => m.campaignId });

const sessionRepo = defineRepository<CouncilSession>({ table: 'sessions', label: 'phiên họp', schema: sessionSchema, campaignOf: (s) => s.campaignId });
const roundRepo = defineRepository<VotingRound>({ table: 'rounds', label: 'vòng bỏ phiếu', schema: roundSchema, campaignOf: (r) => r.campaignId });

let dataset: Dataset | null = null;

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as unknown as ArrayBuffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const CHUNK = 5_000;
async function inChunks<T>(items: readonly T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) await write(items.slice(i, i + CHUNK));
}

/** Where the repositories' time goes: zod validation of every record alone, no IndexedDB. */
function validateOnly(d: Dataset): number {
  const at = new Date().toISOString();
  const t0 = performance.now();
  for (const [repo, rows] of [[campaignsRepo, [d.campaign]], [unitsRepo, d.units], [peopleRepo, d.people], [participantsRepo, d.participants], [evidenceRepo, d.evidence], [nominationRepo, d.nominations], [councilRepo, d.councilMembers], [sessionRepo, d.sessions], [roundRepo, d.rounds]] as const) {
    for (const r of rows) (repo.validate as (x: unknown) => unknown)({ ...r, createdAt: at, updatedAt: at, rev: 1 });
  }
  return performance.now() - t0;
}

/** Writes the whole dataset through the app's repositories (validation + audit). */
async function seedViaRepositories(d: Dataset): Promise<number> {
  const t0 = performance.now();
  await campaignsRepo.createMany([d.campaign], 'Bench');
  await inChunks(d.units, (c) => unitsRepo.createMany(c, 'Bench'));
  await inChunks(d.people, (c) => peopleRepo.createMany(c, 'Bench'));
  await inChunks(d.participants, (c) => participantsRepo.createMany(c, 'Bench'));
  await inChunks(d.evidence, (c) => evidenceRepo.createMany(c, 'Bench'));
  await nominationRepo.createMany(d.nominations, 'Bench');
  await councilRepo.createMany(d.councilMembers, 'Bench');
  await sessionRepo.createMany(d.sessions, 'Bench');
  await roundRepo.createMany(d.rounds, 'Bench');
  for (const a of d.attachments) {
    const sha256 = await sha256Hex(a.bytes);
    await writeTransaction(['attachments', 'blobs'], async (database) => {
      const at = new Date().toISOString();
      await database.attachments.add({ ...(a.meta as object), sha256, createdAt: at, updatedAt: at, rev: 1 } as never);
      await database.blobs.add({ id: a.meta.id as string, blob: new Blob([a.bytes as unknown as ArrayBuffer], { type: 'application/pdf' }) });
    });
  }
  return performance.now() - t0;
}

/**
 * An empty database with the app's stores AND indexes (made by Dexie, then closed), opened with
 * raw IndexedDB: the baselines pay for the same index upkeep as the app, nothing else.
 */
async function openRawLikeApp(name: string): Promise<IDBDatabase> {
  const schema = new BinhXetDatabase(name);
  await schema.open();
  schema.close();
  const open = indexedDB.open(name);
  return new Promise((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

/** The physical baseline: the same records put straight into IndexedDB, one transaction per store. */
async function seedRaw(d: Dataset): Promise<number> {
  const name = `bench-raw-${Date.now()}`;
  const idb = await openRawLikeApp(name);
  const at = new Date().toISOString();
  const stamp = (r: Record<string, unknown>) => ({ ...r, createdAt: at, updatedAt: at, rev: 1 });
  const putAll = (store: string, rows: readonly Record<string, unknown>[]) =>
    new Promise<void>((resolve, reject) => {
      const tx = idb.transaction(store, 'readwrite');
      const os = tx.objectStore(store);
      for (const r of rows) os.put(stamp(r));
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  const t0 = performance.now();
  await putAll('campaigns', [d.campaign]);
  await putAll('units', d.units);
  await putAll('people', d.people);
  await putAll('participants', d.participants);
  await putAll('evidence', d.evidence);
  await putAll('nominations', d.nominations);
  await putAll('councilMembers', d.councilMembers);
  await putAll('sessions', d.sessions);
  await putAll('rounds', d.rounds);
  for (const a of d.attachments) {
    const sha256 = await sha256Hex(a.bytes);
    await putAll('attachments', [{ ...a.meta, sha256 }]);
    await putAll('blobs', [{ id: a.meta.id, blob: new Blob([a.bytes as unknown as ArrayBuffer], { type: 'application/pdf' }) }]);
  }
  const ms = performance.now() - t0;
  idb.close();
  await new Promise<void>((resolve, reject) => {
    const del = indexedDB.deleteDatabase(name);
    del.onsuccess = () => resolve();
    del.onerror = () => reject(del.error);
  });
  return ms;
}

async function resetAppDatabase(): Promise<void> {
  db().close();
  await new BinhXetDatabase().delete();
  setDatabase(new BinhXetDatabase());
  await db().open();
}

const api = {
  async prepare(scaleName: 'full' | 'smoke', factor = 1) {
    dataset = makeDataset(scaleOf(scaleName, factor));
    return { participants: dataset.participants.length, evidence: dataset.evidence.length };
  },
  /**
   * The baseline of measurement 1. bench/run.mjs calls it on another origin than the app's:
   * Chromium keeps one LevelDB per origin, and a second bulk write into the same LevelDB pays
   * for compacting the first one's (deleted) data, so whichever side ran second was slower.
   */
  async measureRawWrite() {
    if (!dataset) throw new Error('prepare first');
    return { raw: await seedRaw(dataset) };
  },
  /** Measurement 1 through the app's repositories; leaves the app database seeded. */
  async measureRepoWrite() {
    if (!dataset) throw new Error('prepare first');
    await resetAppDatabase();
    const repo = await seedViaRepositories(dataset);
    return { repo, validate: validateOnly(dataset), campaignId: dataset.campaign.id };
  },
  /** Leaves the app database seeded with the dataset (for the page measurements). */
  async seed() {
    if (!dataset) throw new Error('prepare first');
    await resetAppDatabase();
    await seedViaRepositories(dataset);
    return { campaignId: dataset.campaign.id };
  },
  /** The seeded campaign and council session, for the page measurements. */
  async seededIds() {
    if (!db().isOpen()) await db().open();
    const campaign = (await db().campaigns.toArray())[0];
    const session = (await db().sessions.toArray())[0];
    const participant = await db().participants.limit(1).first();
    const nomination = await db().nominations.limit(1).first();
    return { campaignId: campaign?.id ?? null, sessionId: session?.id ?? null, participantId: participant?.id ?? null, nominationId: nomination?.id ?? null, participants: await db().participants.count() };
  },
  /**
   * Measurement 9: one evidence saved for the participant named `displayName`, as another tab's
   * save would be; returns the moment the write committed, on the clock shared by every tab.
   */
  async addEvidenceFor(displayName: string) {
    if (!db().isOpen()) await db().open();
    const participant = await db().participants.filter((p) => p.displayName === displayName).first();
    const campaign = participant && (await db().campaigns.get(participant.campaignId));
    const criterionId = campaign?.criteria[0]?.id;
    if (!participant || !criterionId) throw new Error(`no participant named ${displayName}`);
    await evidenceRepo.create({
      campaignId: participant.campaignId,
      participantId: participant.id,
      criterionId,
      description: 'Minh chứng bổ sung lưu từ một thẻ khác (đo cập nhật trực tiếp).',
      date: '2024-11-20',
      documentNumber: '',
      attachmentIds: [],
      selfAssessment: 'dat',
      selfComment: '',
    });
    return performance.timeOrigin + performance.now();
  },
  /**
   * Measurement 10: the award history of the seeded register, five years per person (2021–2025),
   * imported through the ledger's repository in chunks, unless already there.
   */
  async ensureHistory(years = 5) {
    if (!db().isOpen()) await db().open();
    const people = (await db().people.toArray()).filter((p) => !p.deletedAt);
    const units = new Map((await db().units.toArray()).map((u) => [u.id, u.name]));
    const expected = people.length * years;
    if ((await db().awards.count()) === expected) return { entries: expected, seeded: false };
    await db().awards.clear();
    const titles = ['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở', 'Giấy khen của Chủ tịch Ủy ban nhân dân xã'];
    const rows: AwardEntryInput[] = people.flatMap((p, i) =>
      Array.from({ length: years }, (_, k) => {
        const year = 2021 + k;
        return {
          category: 'individual' as const,
          personId: p.id,
          unitId: p.unitId,
          subjectName: p.fullName,
          unitName: (p.unitId && units.get(p.unitId)) || '',
          title: titles[(i + k) % titles.length] as string,
          year,
          decisionNumber: `${(i % 90) + 10}/QĐ-UBND`,
          decisionDate: `${year + 1}-01-15`,
          giver: 'Chủ tịch Ủy ban nhân dân xã',
          amount: [710_000, 2_340_000, 710_000][(i + k) % 3] as number,
          source: { kind: 'manual' as const },
        };
      }),
    );
    await inChunks(rows, (c) => importAwards(c, 'so-thi-dua-bench.xlsx'));
    return { entries: rows.length, seeded: true };
  },
  /** Seeds unless the app database already holds this dataset's evidence (seeded by measurement 1). */
  async ensureSeeded(scaleName: 'full' | 'smoke', factor = 1) {
    const expected = scaleOf(scaleName, factor).evidence;
    if (!db().isOpen()) await db().open();
    if ((await db().evidence.count()) === expected) return { seeded: false };
    if (!dataset) await api.prepare(scaleName, factor);
    await api.seed();
    dataset = null; // the page keeps no copy of the data while the backup is measured
    return { seeded: true };
  },
  measureBackup,
  heap(): number | null {
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return memory ? memory.usedJSHeapSize : null;
  },
};

(window as unknown as { bench: typeof api }).bench = api;
document.body.dataset.ready = 'true';
