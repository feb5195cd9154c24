// The award decision of a campaign (one per campaign): number, date, signer, and the
// awardees with amounts computed from the selected nominations on the decision date.
import { decisionFields, decisionSchema, type Decision } from '../domain/decision';
import { computeRewards } from '../domain/money';
import { signatureSchema, SETTINGS_ID, DEFAULT_SETTINGS, withDefaultBaseSalaries, type Signature } from '../domain/settings';
import { StaleWriteError, StateError } from '../domain/errors';
import { NO_PUBLISHED_ROUND } from '../domain/campaign-stage';
import { supersededRoundIds } from '../domain/council-results';
import { newId } from '../lib/ids';
import { isoDateSchema } from '../domain/common';
import { db } from './database';
import { fromZodError } from './errors';
import { appendAudit, writeTransaction } from './repository';
import { requireStage } from './stage-guard';

export interface DecisionInput {
  documentNumber: string;
  date?: string | undefined;
  signature: Signature;
}

/** The live decision of a campaign, if any. */
export async function decisionOf(campaignId: string): Promise<Decision | undefined> {
  const all = await db().decisions.where('campaignId').equals(campaignId).toArray();
  return all.filter((d) => !d.deletedAt).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

/**
 * Creates or updates the campaign's decision. The awardees are recomputed from the
 * nominations the council selected, with the base salary in force on the decision date.
 * `expectedRev` is the revision the form showed (0 for a new decision).
 */
export async function saveDecision(campaignId: string, input: DecisionInput, expectedRev: number): Promise<Decision> {
  const sig = signatureSchema.safeParse(input.signature);
  if (!sig.success) throw fromZodError('quyết định khen thưởng', sig.error);
  // A date typed wrongly must be reported as such, not as a missing base salary.
  const date = isoDateSchema.optional().safeParse(input.date || undefined);
  if (!date.success) throw fromZodError('quyết định khen thưởng', date.error);
  return writeTransaction(['decisions', 'campaigns', 'nominations', 'rounds'], async (database) => {
    const campaign = await requireStage(database, campaignId, 'save-decision');
    const rounds = await database.rounds.where('campaignId').equals(campaignId).toArray();
    const superseded = supersededRoundIds(rounds);
    if (!rounds.some((r) => !r.deletedAt && r.status === 'published' && !superseded.has(r.id))) {
      throw new StateError(NO_PUBLISHED_ROUND, { to: `/campaigns/${campaignId}/council`, label: 'Mở trang Hội đồng' });
    }
    const settings = (await database.settings.get(SETTINGS_ID)) ?? DEFAULT_SETTINGS;
    const existing = (await database.decisions.where('campaignId').equals(campaignId).toArray()).find((d) => !d.deletedAt);
    const actualRev = existing?.rev ?? 0;
    if (actualRev !== expectedRev) throw new StaleWriteError('quyết định khen thưởng', existing?.id ?? campaignId, expectedRev, actualRev);
    const chosen = (await database.nominations.where('campaignId').equals(campaignId).toArray()).filter(
      (n) => !n.deletedAt && (n.status === 'selected' || n.status === 'awarded'),
    );
    const inputs = chosen.flatMap((n) => {
      const reward = campaign.rewards.find((r) => r.id === n.rewardId);
      return reward ? [{ nominationId: n.id, rewardId: reward.id, coefficient: reward.coefficient, category: n.category }] : [];
    });
    // Collectives first, as in the decision's list.
    inputs.sort((a, b) => (a.category === b.category ? 0 : a.category === 'collective' ? -1 : 1));
    const money = computeRewards(inputs, input.date, withDefaultBaseSalaries(settings.baseSalaries), campaign.moneyRules);
    if (!money.ok && money.problem === 'no-base-salary') {
      throw new StateError('Chưa có mức lương cơ sở áp dụng cho ngày ký quyết định: hãy bổ sung ở mục Cài đặt.');
    }
    const awardees = money.ok ? money.awardees.map(({ nominationId, rewardId, coefficient, baseSalary, amount }) => ({ nominationId, rewardId, coefficient, baseSalary, amount })) : [];
    const at = new Date().toISOString();
    const fields = decisionFields.safeParse({ campaignId, documentNumber: input.documentNumber, date: input.date || undefined, signature: sig.data, awardees, status: existing?.status ?? 'draft' });
    if (!fields.success) throw fromZodError('quyết định khen thưởng', fields.error);
    const record = decisionSchema.parse({
      ...fields.data,
      id: existing?.id ?? newId(),
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
      rev: actualRev + 1,
    });
    await database.decisions.put(record);
    await appendAudit(database, {
      action: existing ? 'update' : 'create',
      entity: 'decisions',
      entityId: record.id,
      campaignId,
      summary: `${existing ? 'Sửa' : 'Lập'} quyết định khen thưởng (${awardees.length} tập thể, cá nhân)`,
    });
    return record;
  });
}
