import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from './test-db';
import { loadDemoData, removeDemoData } from './demo-data';
import { isDemoLoaded } from './demo-status';
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
    expect(await database.councilMembers.count()).toBe(9);
    const nominations = await database.nominations.toArray();
    expect(nominations.filter((n) => n.category === 'collective')).toHaveLength(2);
    expect(nominations.filter((n) => n.category === 'individual')).toHaveLength(5);
    expect(await isDemoLoaded()).toBe(true);
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
});
