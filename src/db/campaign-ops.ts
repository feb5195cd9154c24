// Campaign operations beyond plain edits: clone to a new year, delete a draft, move
// through the lifecycle (audited as a transition), and the counts shown on the overview.
import { campaignSchema, CAMPAIGN_STATUS_LABELS, type Campaign, type CampaignStatus } from '../domain/campaign';
import { cloneCampaignFields } from '../domain/campaign-clone';
import { canTransition, permissions } from '../domain/campaign-lifecycle';
import { transitionRefusal } from '../domain/campaign-stage';
import { NotFoundError, StaleWriteError, StateError } from '../domain/errors';
import { DECISION_AWARD_TABLES, writeDecisionAwards } from './award-history-repo';
import { campaignsRepo, participantsRepo } from './campaign-repo';
import { db } from './database';
import { fromZodError } from './errors';
import { appendAudit, writeTransaction } from './repository';

/**
 * Copies a campaign to the next year as a new draft, with its units and people (those still in
 * the register, under their current names) registered again; returns the new campaign. What a
 * participant did in the year (evidence, ratings, nominations) stays with the year it belongs to.
 */
export async function cloneCampaign(sourceId: string, years = 1): Promise<Campaign> {
  return writeTransaction(['campaigns', 'rounds', 'participants', 'units', 'people'], async (database) => {
    const source = await database.campaigns.get(sourceId);
    if (!source || source.deletedAt) throw new NotFoundError('phong trào', sourceId);
    const { id: _id, createdAt: _c, updatedAt: _u, rev: _r, deletedAt: _d, ...fields } = source;
    const copy = await campaignsRepo.create({ ...cloneCampaignFields(fields, years), clonedFrom: source.id });
    const [units, people] = await Promise.all([database.units.toArray(), database.people.toArray()]);
    const unitById = new Map(units.filter((u) => !u.deletedAt && !u.archived).map((u) => [u.id, u]));
    const personById = new Map(people.filter((p) => !p.deletedAt && !p.archived && p.active).map((p) => [p.id, p]));
    const carried = (await database.participants.where('campaignId').equals(source.id).toArray()).flatMap((p): Record<string, unknown>[] => {
      if (p.deletedAt) return [];
      if (p.category === 'collective') {
        const unit = p.unitId ? unitById.get(p.unitId) : undefined;
        return unit ? [{ campaignId: copy.id, category: 'collective', unitId: unit.id, displayName: unit.name }] : [];
      }
      const person = p.personId ? personById.get(p.personId) : undefined;
      return person ? [{ campaignId: copy.id, category: 'individual', personId: person.id, displayName: person.fullName }] : [];
    });
    if (carried.length) await participantsRepo.createMany(carried, `Mang ${carried.length} đối tượng sang từ “${source.shortName}”`);
    return copy;
  });
}

/** Deletes a campaign, which is allowed only while it is a draft. */
export async function deleteDraftCampaign(id: string, expectedRev: number): Promise<void> {
  const campaign = await campaignsRepo.get(id);
  if (!campaign) throw new NotFoundError('phong trào', id);
  if (!permissions(campaign.status).remove) {
    throw new StateError(`Chỉ xoá được phong trào ở trạng thái Dự thảo. Phong trào này đang “${CAMPAIGN_STATUS_LABELS[campaign.status]}”.`);
  }
  await campaignsRepo.remove(id, expectedRev);
}

/**
 * Moves a campaign to `to` if the lifecycle allows it; one transaction with its audit entry.
 * Moving to "decided" also writes the decision's awards into the award history, in the same
 * transaction: a decision recorded is a decision in the ledger.
 */
export async function transitionCampaign(id: string, expectedRev: number, to: CampaignStatus): Promise<Campaign> {
  return writeTransaction(['campaigns', 'decisions', ...DECISION_AWARD_TABLES], async (database) => {
    const before = await database.campaigns.get(id);
    if (!before || before.deletedAt) throw new NotFoundError('phong trào', id);
    if (before.rev !== expectedRev) throw new StaleWriteError('phong trào', id, expectedRev, before.rev);
    if (!canTransition(before.status, to)) {
      throw new StateError(
        `Không thể chuyển phong trào từ “${CAMPAIGN_STATUS_LABELS[before.status]}” sang “${CAMPAIGN_STATUS_LABELS[to]}”.`,
      );
    }
    const decisions = await database.decisions.where('campaignId').equals(id).toArray();
    const signed = decisions.find((d) => !d.deletedAt && !!d.documentNumber.trim() && !!d.date);
    const refusal = transitionRefusal(to, { decisionSigned: !!signed });
    if (refusal) throw new StateError(refusal, { to: `/campaigns/${id}/documents`, label: 'Mở trang Văn bản' });
    if (to === 'decided' && signed) await writeDecisionAwards(database, before, signed);
    const parsed = campaignSchema.safeParse({ ...before, status: to, updatedAt: new Date().toISOString(), rev: before.rev + 1 });
    if (!parsed.success) throw fromZodError('phong trào', parsed.error);
    await database.campaigns.put(parsed.data);
    await appendAudit(database, {
      action: 'transition',
      entity: 'campaigns',
      entityId: id,
      campaignId: id,
      summary: `Chuyển phong trào “${before.shortName}” từ “${CAMPAIGN_STATUS_LABELS[before.status]}” sang “${CAMPAIGN_STATUS_LABELS[to]}”`,
      fields: ['status'],
    });
    return parsed.data;
  });
}

export interface CampaignCounts {
  participants: number;
  collectives: number;
  individuals: number;
  evidence: number;
  nominations: number;
  councilMembers: number;
  decisions: number;
}

/** Live counts for one campaign, read by its campaignId index; tombstones excluded. */
export async function campaignCounts(campaignId: string): Promise<CampaignCounts> {
  const database = db();
  const live = <T extends { deletedAt?: string | undefined }>(rows: T[]) => rows.filter((r) => !r.deletedAt);
  const [participants, evidence, nominations, councilMembers, decisions] = await Promise.all([
    database.participants.where('campaignId').equals(campaignId).toArray().then(live),
    database.evidence.where('campaignId').equals(campaignId).toArray().then(live),
    database.nominations.where('campaignId').equals(campaignId).toArray().then(live),
    database.councilMembers.where('campaignId').equals(campaignId).toArray().then(live),
    database.decisions.where('campaignId').equals(campaignId).toArray().then(live),
  ]);
  return {
    participants: participants.length,
    collectives: participants.filter((p) => p.category === 'collective').length,
    individuals: participants.filter((p) => p.category === 'individual').length,
    evidence: evidence.length,
    nominations: nominations.length,
    councilMembers: councilMembers.length,
    decisions: decisions.length,
  };
}

/** Every live campaign, newest year first. */
export async function listCampaigns(): Promise<Campaign[]> {
  const all = await db().campaigns.toArray();
  return all.filter((c) => !c.deletedAt).sort((a, b) => b.year - a.year || b.updatedAt.localeCompare(a.updatedAt));
}

