import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from './test-db';
import { demoRemovalMessage, loadDemoData, removeDemoData } from './demo-data';
import { campaignsRepo } from './campaign-repo';
import { plan99Template } from '../domain/templates/plan-99';
import { registerOne } from './participants-repo';
import { DEMO_KEY, isDemoLoaded } from './demo-status';
import { peopleRepo } from './register-repo';
import { saveSettings } from './settings-repo';
import { DEFAULT_SETTINGS, SETTINGS_ID } from '../domain/settings';
import { evaluateEligibility } from '../domain/eligibility';
import { evaluateGates } from '../domain/gates';
import type { BinhXetDatabase } from './database';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});

describe('demo data', () => {
  it('loads the plan-99 campaign with staff, evidence, nominations and a council of 9', async () => {
    const campaignId = await loadDemoData();
    const campaign = await database.campaigns.get(campaignId);
    expect(campaign?.documentNumber).toBe('99/KH-UBND');
    expect(evaluateGates(campaign?.gates ?? []).nominationsOpen).toBe(true);
    expect(await database.people.count()).toBe(24);
    expect(await database.participants.where('campaignId').equals(campaignId).count()).toBe(32);
    expect(await database.councilMembers.where('campaignId').equals(campaignId).count()).toBe(9);
    const nominations = await database.nominations.where('campaignId').equals(campaignId).toArray();
    expect(nominations.filter((n) => n.category === 'collective')).toHaveLength(2);
    expect(nominations.filter((n) => n.category === 'individual')).toHaveLength(5);
    expect(await isDemoLoaded()).toBe(true);
  });

  it('links the council to the register: two members are nominees, one heads a nominated unit', async () => {
    const campaignId = await loadDemoData();
    const members = await database.councilMembers.where('campaignId').equals(campaignId).toArray();
    expect(members.every((m) => m.personId)).toBe(true);
    const people = new Map((await database.people.toArray()).map((p) => [p.id, p.fullName]));
    const participants = new Map((await database.participants.toArray()).map((p) => [p.id, p]));
    const units = new Map((await database.units.toArray()).map((u) => [u.id, u]));
    const nominated = (await database.nominations.where('campaignId').equals(campaignId).toArray()).map((n) => participants.get(n.participantId));
    const personIds = new Set(members.map((m) => m.personId));
    const nominees = nominated.filter((p) => p?.personId && personIds.has(p.personId)).map((p) => people.get(p?.personId ?? ''));
    expect(nominees.sort()).toEqual(['Trần Thị Thu Hà', 'Đặng Thị Bích'].sort());
    const headed = nominated.filter((p) => p?.unitId && personIds.has(units.get(p.unitId)?.headPersonId)).map((p) => p?.displayName);
    expect(headed).toEqual(['Bộ phận Tiếp nhận và Trả kết quả']);
  });

  it('has exactly one documented participant disqualified by a complaint', async () => {
    const campaignId = await loadDemoData();
    const campaign = await database.campaigns.get(campaignId);
    if (!campaign) throw new Error('no campaign');
    const participants = await database.participants.where('campaignId').equals(campaignId).toArray();
    const verdicts = await Promise.all(
      participants.map(async (p) =>
        evaluateEligibility({
          campaign,
          category: p.category,
          evidence: await database.evidence.where('participantId').equals(p.id).toArray(),
          appraisals: await database.appraisals.where('participantId').equals(p.id).toArray(),
          complaints: await database.complaints.where('participantId').equals(p.id).toArray(),
        }),
      ),
    );
    expect(verdicts.filter((v) => v.eligible)).toHaveLength(9);
    expect(verdicts.filter((v) => v.disqualified)).toHaveLength(1);
  });

  it('refuses to load twice, and removal leaves real data and real settings alone', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, placeName: 'Nhơn Hưng', organisationName: 'Ủy ban nhân dân xã Nhơn Hưng' }, 0);
    const real = await peopleRepo.create({ fullName: 'Người Thật', gender: 'nu', kind: 'cong-chuc' });
    await loadDemoData();
    await expect(loadDemoData()).rejects.toThrow('Dữ liệu mẫu đã có sẵn');
    await removeDemoData();
    expect(await database.people.toArray()).toEqual([real]);
    expect(await database.campaigns.count()).toBe(0);
    expect(await database.nominations.count()).toBe(0);
    expect((await database.settings.get(SETTINGS_ID))?.placeName).toBe('Nhơn Hưng');
    expect(await isDemoLoaded()).toBe(false);
  });

  it('keeps the demo people and units that real data uses, and settings edited since, so nothing real dangles', async () => {
    const demoCampaign = await loadDemoData();
    const demoUnit = (await database.units.toArray())[0];
    const demoPerson = (await database.people.toArray()).find((p) => p.unitId && p.unitId !== demoUnit?.id);
    if (!demoUnit || !demoPerson) throw new Error('demo has units and people');
    // The officer made a real campaign and registered a demo person into it, placed a real
    // person in a demo unit, and changed the settings the demo wrote.
    const real = await campaignsRepo.create(plan99Template());
    await registerOne(real.id, { personId: demoPerson.id });
    const newcomer = await peopleRepo.create({ fullName: 'Người Thật', gender: 'nam', kind: 'cong-chuc', unitId: demoUnit.id });
    const settings = await database.settings.get(SETTINGS_ID);
    await saveSettings({ ...DEFAULT_SETTINGS, ...settings, placeName: 'Nhơn Hưng' }, settings?.rev ?? 1);

    const removal = await removeDemoData();
    expect(removal).toEqual({ keptUnits: 2, keptPeople: 1, keptSettings: true });
    expect(demoRemovalMessage(removal)).toBe('Đã xoá dữ liệu mẫu. Giữ lại 2 đơn vị và 1 cán bộ của dữ liệu mẫu vì phong trào hoặc cán bộ của bạn đang dùng. Giữ lại phần Cài đặt vì bạn đã sửa.');
    expect(await database.campaigns.get(demoCampaign)).toBeUndefined();
    expect(await database.participants.where('campaignId').equals(demoCampaign).count()).toBe(0);
    // Every reference left in real data resolves.
    for (const p of await database.participants.toArray()) {
      if (p.personId) expect(await database.people.get(p.personId), p.displayName).toBeDefined();
      if (p.unitId) expect(await database.units.get(p.unitId), p.displayName).toBeDefined();
    }
    for (const person of await database.people.toArray()) {
      if (person.unitId) expect(await database.units.get(person.unitId), person.fullName).toBeDefined();
    }
    expect(await database.people.get(newcomer.id)).toBeDefined();
    expect((await database.settings.get(SETTINGS_ID))?.placeName).toBe('Nhơn Hưng');
    expect(await isDemoLoaded()).toBe(false);
  });

  it('an untouched demo leaves nothing behind', async () => {
    await loadDemoData();
    expect(demoRemovalMessage(await removeDemoData())).toBe('Đã xoá dữ liệu mẫu.');
    for (const table of ['units', 'people', 'campaigns', 'participants', 'settings', 'attachments', 'blobs', 'evidence', 'nominations', 'councilMembers', 'sessions', 'rounds', 'decisions', 'awards'] as const) {
      expect(await database[table].count(), table).toBe(0);
    }
  });

  it('beside the practice campaign, has a finished one: council met, results published, decision signed, campaign closed', async () => {
    const practiceId = await loadDemoData();
    const practice = await database.campaigns.get(practiceId);
    const finished = (await database.campaigns.toArray()).find((c) => c.id !== practiceId);
    if (!finished) throw new Error('no finished campaign');
    expect(practice?.status).toBe('evaluating');
    expect(finished.status).toBe('closed');
    // Its papers read as real ones: no "(dữ liệu mẫu)" in their titles.
    expect(finished.shortName).toBe('Phong trào thi đua đẩy mạnh cải cách hành chính năm 2024');
    // The practice campaign has no council work yet: nothing in it is decided for the officer.
    expect(await database.sessions.where('campaignId').equals(practiceId).count()).toBe(0);
    const [session, ...moreSessions] = await database.sessions.where('campaignId').equals(finished.id).toArray();
    expect(moreSessions).toEqual([]);
    expect(session?.date).toBe('2025-01-14');
    const rounds = await database.rounds.where('campaignId').equals(finished.id).toArray();
    expect(rounds.map((r) => [r.category, r.status, r.result?.winners.length])).toEqual([
      ['collective', 'published', 1],
      ['individual', 'published', 3],
    ]);
    // Counted during the session (8:00–10:30 on 14/01/2025, Vietnam time), not when the demo was loaded.
    for (const r of rounds) expect(r.closedAt && r.closedAt >= '2025-01-14T01:00:00.000Z' && r.closedAt <= '2025-01-14T03:30:00.000Z', r.closedAt).toBe(true);
    const nominations = await database.nominations.where('campaignId').equals(finished.id).toArray();
    expect(nominations.filter((n) => n.status === 'selected')).toHaveLength(4);
    // The minutes joined every dossier when the results were published.
    expect(nominations.every((n) => n.dossier.checklist['bien-ban'])).toBe(true);
    const decision = await database.decisions.where('campaignId').equals(finished.id).first();
    expect(decision).toMatchObject({ documentNumber: '125/QĐ-UBND', date: '2025-01-20' });
    expect(decision?.awardees).toHaveLength(4);
    expect(finished.documents.proposal).toEqual({ number: '02/TTr-HĐTĐKT', date: '2025-01-15' });
    // Its decision is in the award history: one entry per awardee, with the decision's number, date and amounts.
    const awards = await database.awards.where('campaignId').equals(finished.id).toArray();
    expect(awards).toHaveLength(4);
    expect(awards.map((a) => a.amount).sort()).toEqual(decision?.awardees.map((a) => a.amount).sort());
    for (const a of awards) expect(a).toMatchObject({ year: 2024, decisionNumber: '125/QĐ-UBND', decisionDate: '2025-01-20', giver: 'Chủ tịch Ủy ban nhân dân xã Văn Giáo' });
    expect(awards.filter((a) => a.category === 'collective')).toHaveLength(1);
    expect(awards.filter((a) => a.category === 'individual').every((a) => a.personId && a.unitName)).toBe(true);
  });

  it('removes everything of a demo whose manifest names only one campaign (as versions before the finished campaign wrote it)', async () => {
    const practiceId = await loadDemoData();
    const entry = await database.meta.get(DEMO_KEY);
    const { campaignIds, ...oldManifest } = entry?.value as { campaignIds: string[]; campaignId: string };
    expect(campaignIds).toContain(practiceId);
    // An older version wrote only the practice campaign's id; its records list still names both campaigns.
    await database.meta.put({ key: DEMO_KEY, value: oldManifest });
    await removeDemoData();
    for (const table of ['campaigns', 'participants', 'evidence', 'nominations', 'councilMembers', 'sessions', 'rounds', 'decisions'] as const) {
      expect(await database[table].count(), table).toBe(0);
    }
  });
});
