// The award history against a real (fake-indexeddb) database: the move to "decided" writes the
// decision's awards once, a correction is a new entry, an import is all or nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { resolveHistory } from '../domain/award-history';
import { StateError, ValidationError } from '../domain/errors';
import { awardsOfPerson, awardsOfUnit, importAwards, listAwards, recordCorrection, writeDecisionAwards } from './award-history-repo';
import { transitionCampaign } from './campaign-ops';
import type { BinhXetDatabase } from './database';
import { saveDecision } from './decision-repo';
import { loadDemoData } from './demo-data';
import { councilVotes, freshDatabase } from './test-db';
import { writeTransaction } from './repository';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});

const signature = { prefix: '', position: 'Chủ tịch', signerName: 'Nguyễn Văn Thành' };

/** The practice campaign with one individual selected by the council, at the council stage. */
async function oneSelected() {
  const campaignId = await loadDemoData();
  const nomination = (await database.nominations.where('campaignId').equals(campaignId).toArray()).find((n) => n.category === 'individual');
  if (!nomination) throw new Error('no individual nomination');
  await councilVotes(campaignId, [nomination.id]);
  return { campaignId, nomination };
}

describe('the decision writes the award history', () => {
  it('moving to "decided" writes one entry per awardee, named as on the decision', async () => {
    const { campaignId, nomination } = await oneSelected();
    const decision = await saveDecision(campaignId, { documentNumber: '07/QĐ-UBND', date: '2025-01-20', signature }, 0);
    const before = await database.campaigns.get(campaignId);
    if (!before) throw new Error('no campaign');
    await transitionCampaign(campaignId, before.rev, 'decided');
    const entries = await database.awards.where('campaignId').equals(campaignId).toArray();
    expect(entries).toHaveLength(1);
    const participant = await database.participants.get(nomination.participantId);
    expect(entries[0]).toMatchObject({
      category: 'individual',
      personId: participant?.personId,
      subjectName: participant?.displayName,
      title: before.rewards.find((r) => r.id === nomination.rewardId)?.form,
      year: before.year,
      decisionNumber: '07/QĐ-UBND',
      decisionDate: '2025-01-20',
      amount: decision.awardees[0]?.amount,
      source: { kind: 'decision', decisionId: decision.id, nominationId: nomination.id },
    });
    expect(entries[0]?.unitName).not.toBe('');
    const audit = await database.audit.where('campaignId').equals(campaignId).toArray();
    expect(audit.filter((a) => a.entity === 'awards').map((a) => a.summary)).toEqual(['Ghi vào sổ thi đua, khen thưởng 1 khen thưởng theo quyết định số 07/QĐ-UBND']);
  });

  it('writing again does not duplicate', async () => {
    const { campaignId } = await oneSelected();
    const decision = await saveDecision(campaignId, { documentNumber: '07/QĐ-UBND', date: '2025-01-20', signature }, 0);
    const campaign = await database.campaigns.get(campaignId);
    if (!campaign) throw new Error('no campaign');
    await transitionCampaign(campaignId, campaign.rev, 'decided');
    const again = await writeTransaction(['awards', 'nominations', 'participants', 'people', 'units'], (d) => writeDecisionAwards(d, campaign, decision));
    expect(again).toEqual([]);
    expect(await database.awards.where('campaignId').equals(campaignId).count()).toBe(1);
  });

  it('a decision without number or date is refused, says what to fill in, and writes nothing', async () => {
    const { campaignId } = await oneSelected();
    await saveDecision(campaignId, { documentNumber: '', date: '2025-01-20', signature }, 0);
    const campaign = await database.campaigns.get(campaignId);
    if (!campaign) throw new Error('no campaign');
    const refusal = await transitionCampaign(campaignId, campaign.rev, 'decided').catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(StateError);
    expect((refusal as StateError).message).toContain('ghi số và ngày ký');
    expect((refusal as StateError).link?.to).toBe(`/campaigns/${campaignId}/documents`);
    expect(await database.awards.where('campaignId').equals(campaignId).count()).toBe(0);
    expect((await database.campaigns.get(campaignId))?.status).toBe('council');
  });
});

describe('corrections and imports', () => {
  async function demoEntries() {
    await loadDemoData();
    return listAwards();
  }

  it('a correction is a new entry pointing at the old one, which stays as it was', async () => {
    const [first] = await demoEntries();
    if (!first) throw new Error('the demo wrote no award');
    const fixed = await recordCorrection(first.id, { reason: 'Ghi sai số tiền', annul: false, values: { amount: 999_000 } });
    expect(fixed).toMatchObject({ amount: 999_000, title: first.title, corrects: { entryId: first.id, reason: 'Ghi sai số tiền', annul: false } });
    expect(await database.awards.get(first.id)).toEqual(first);
    const view = resolveHistory(await listAwards());
    expect(view.find((r) => r.entry.id === first.id)).toMatchObject({ state: 'corrected', supersededBy: fixed.id });
    // Only the latest entry may be corrected: a second correction of the old one is refused.
    await expect(recordCorrection(first.id, { reason: 'Lần nữa', annul: true })).rejects.toBeInstanceOf(StateError);
    // A correction without a reason is refused in words.
    await expect(recordCorrection(fixed.id, { reason: ' ', annul: true })).rejects.toBeInstanceOf(ValidationError);
  });

  it('the person and unit pages read their own entries', async () => {
    const entries = await demoEntries();
    const person = entries.find((e) => e.category === 'individual');
    const unit = entries.find((e) => e.category === 'collective');
    expect((await awardsOfPerson(person?.personId ?? '')).map((e) => e.id)).toEqual([person?.id]);
    expect((await awardsOfUnit(unit?.unitId ?? '')).map((e) => e.id)).toEqual([unit?.id]);
  });

  it('an import writes every row or none', async () => {
    const first = (await demoEntries()).find((e) => e.category === 'individual');
    if (!first?.personId) throw new Error('no person');
    const row = { category: 'individual' as const, personId: first.personId, subjectName: first.subjectName, title: 'Lao động tiên tiến', year: 2023, source: { kind: 'manual' as const } };
    await expect(importAwards([row, { ...row, year: 1800 }], 'so-2023.xlsx')).rejects.toBeInstanceOf(ValidationError);
    expect(await database.awards.count()).toBe(4);
    const written = await importAwards([row, { ...row, year: 2022 }], 'so-2023.xlsx');
    expect(written.map((e) => e.source)).toMatchObject([{ kind: 'import', fileName: 'so-2023.xlsx', row: 1 }, { kind: 'import', row: 2 }]);
    expect(await database.awards.count()).toBe(6);
  });
});
