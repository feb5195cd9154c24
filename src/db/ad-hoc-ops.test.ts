import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from './test-db';
import { createAdHocCampaign } from './ad-hoc-ops';
import { peopleRepo } from './register-repo';
import { newId } from '../lib/ids';
import { campaignFields } from '../domain/campaign';
import { adHocTemplate } from '../domain/templates/ad-hoc';
import type { BinhXetDatabase } from './database';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});

const options = { achievement: 'dũng cảm cứu người bị đuối nước trên kênh Vĩnh Tế.', date: '2026-03-12', organisationName: 'Ủy ban nhân dân xã Văn Giáo', place: 'Văn Giáo' };

describe('khen thưởng đột xuất', () => {
  it('is a valid campaign of the event’s year, one day long, one criterion, Giấy khen at 0,3 and 0,6', () => {
    const c = campaignFields.parse(adHocTemplate(options));
    expect(c).toMatchObject({ year: 2026, shortName: 'Khen thưởng đột xuất: dũng cảm cứu người bị đuối nước trên kênh Vĩnh Tế', gates: [] });
    expect(c.timeline).toMatchObject({ launch: '2026-03-12', end: '2026-03-12' });
    expect(c.criteria).toHaveLength(1);
    expect(c.criteria[0]?.text).toContain('(ngày 12/03/2026)');
    expect(c.rewards.map((r) => [r.category, r.coefficient])).toEqual([['individual', 0.3], ['collective', 0.6]]);
  });

  it('is created at the evaluation stage with the person who did it registered, in one step', async () => {
    const person = await peopleRepo.create({ fullName: 'Lê Văn Tám', gender: 'nam', kind: 'nhdkct', active: true });
    const c = await createAdHocCampaign(options, [{ personId: person.id }]);
    expect(c.status).toBe('evaluating');
    const participants = await database.participants.where('campaignId').equals(c.id).toArray();
    expect(participants.map((p) => [p.category, p.displayName])).toEqual([['individual', 'Lê Văn Tám']]);
  });

  it('leaves nothing behind when the person named no longer exists', async () => {
    await expect(createAdHocCampaign(options, [{ personId: newId() }])).rejects.toThrow();
    expect(await database.campaigns.count()).toBe(0);
    expect(await database.participants.count()).toBe(0);
  });
});
