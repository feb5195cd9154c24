// Nominations (đề xuất) and their dossiers: proposing (one or many at once), withdrawing,
// saving the dossier and moving its status. Each is one audited transaction that re-checks
// the rules (gates, quota, eligibility, rounds closed) against what is stored right now.
import { evaluateEligibility } from '../domain/eligibility';
import { titleEligibility, titleVerdicts } from '../domain/year-end';
import { evaluateGates } from '../domain/gates';
import { nominationSchema, NOMINATION_STATUS_LABELS, type Nomination, type NominationStatus } from '../domain/nomination';
import {
  appraisalTarget,
  bulkAppraisalInputProblems,
  bulkAppraisalProblem,
  bulkStepProblem,
  countsAgainstQuota,
  lockedMessage,
  lockingRound,
  nominationProblems,
  transitionProblem,
  withAppraisal,
  withReceived,
  type BulkAppraisal,
  type BulkStep,
  type ReceivedItem,
} from '../domain/nomination-rules';
import { DomainError, NotFoundError, StaleWriteError, StateError, ValidationError } from '../domain/errors';
import type { Category } from '../domain/rules';
import type { Participant, Reward } from '../domain/campaign';
import { CATEGORY_LABELS } from '../domain/rules';
import { newId } from '../lib/ids';
import type { BinhXetDatabase } from './database';
import { appendAudit, defineRepository, writeTransaction } from './repository';
import { requireStage } from './stage-guard';

export const nominationsRepo = defineRepository<Nomination>({
  table: 'nominations',
  label: 'đề xuất',
  schema: nominationSchema,
  campaignOf: (n) => n.campaignId,
});

export interface NominateRequest {
  participantId: string;
  rationale: string;
  overQuotaReason?: string;
  eligibilityOverrideReason?: string;
  /**
   * The award proposed; absent: the first of the participant's category. A year-end campaign has
   * two individual titles (LĐTT, CSTĐ cơ sở), so a person may be proposed for each.
   */
  rewardId?: string;
}

const TABLES = ['campaigns', 'participants', 'evidence', 'appraisals', 'complaints', 'nominations', 'rounds', 'people'] as const;
const live = <T extends { deletedAt?: string | undefined }>(xs: T[]) => xs.filter((x) => !x.deletedAt);

async function liveNominations(database: BinhXetDatabase, campaignId: string): Promise<Nomination[]> {
  return live(await database.nominations.where('campaignId').equals(campaignId).toArray());
}

/**
 * Proposes one or more participants. All are checked before any is written; the first
 * problem found refuses the whole request with a message naming who and why.
 */
export async function nominate(campaignId: string, requests: readonly NominateRequest[]): Promise<Nomination[]> {
  return writeTransaction([...TABLES], async (database) => {
    const campaign = await requireStage(database, campaignId, 'nominate');
    const { nominationsOpen } = evaluateGates(campaign.gates);
    const existing = (await liveNominations(database, campaignId)).filter((n) => countsAgainstQuota(n.status));
    const participants: Participant[] = [];
    const rewards: Reward[] = [];
    for (const request of requests) {
      const participant = await database.participants.get(request.participantId);
      if (!participant || participant.deletedAt || participant.campaignId !== campaignId) throw new NotFoundError('đối tượng thi đua', request.participantId);
      const category = participant.category;
      const reward = request.rewardId ? campaign.rewards.find((r) => r.id === request.rewardId && r.category === category) : campaign.rewards.find((r) => r.category === category);
      if (!reward) throw new StateError(`Phong trào chưa có hình thức khen thưởng này cho ${CATEGORY_LABELS[category].toLowerCase()}. Hãy kiểm tra ở trang Kế hoạch.`);
      participants.push(participant);
      rewards.push(reward);
    }
    // Where a category has one award (plan 99), quota and "already proposed" are the category's, as
    // always; where it has several (LĐTT and CSTĐ cơ sở), each award's own.
    const perAward = (category: Category) => campaign.rewards.filter((r) => r.category === category).length > 1;
    const sameSlot = (n: { category: Category; rewardId: string }, category: Category, rewardId: string) => n.category === category && (!perAward(category) || n.rewardId === rewardId);
    const titled = campaign.rewards.some((r) => r.titleKey)
      ? titleVerdicts(campaign, live(await database.participants.where('campaignId').equals(campaignId).toArray()), await database.people.toArray())
      : undefined;
    const at = new Date().toISOString();
    const created: Nomination[] = [];
    for (const [i, request] of requests.entries()) {
      const participant = participants[i];
      const reward = rewards[i];
      if (!participant || !reward) continue;
      const category = participant.category;
      const [evidence, appraisals, complaints] = await Promise.all([
        database.evidence.where('participantId').equals(participant.id).toArray(),
        database.appraisals.where('participantId').equals(participant.id).toArray(),
        database.complaints.where('participantId').equals(participant.id).toArray(),
      ]);
      const eligibility = (titled && titleEligibility(titled, participant.id, reward.id)) ?? evaluateEligibility({ campaign, category, evidence, appraisals, complaints });
      const problems = nominationProblems({
        category,
        quota: reward.quota,
        alreadyNominated: existing.filter((n) => sameSlot(n, category, reward.id)).length,
        adding: requests.filter((_, j) => participants[j]?.category === category && sameSlot({ category, rewardId: rewards[j]?.id ?? '' }, category, reward.id)).length,
        eligible: eligibility.eligible,
        eligibilityReasons: eligibility.reasons,
        overQuotaReason: request.overQuotaReason ?? '',
        eligibilityOverrideReason: request.eligibilityOverrideReason ?? '',
        nominationsOpen,
        alreadyNominatedParticipant: existing.some((n) => n.participantId === participant.id && sameSlot(n, category, reward.id)),
        displayName: participant.displayName,
      });
      if (problems.length) throw new StateError(problems.join(' '));
      const record = nominationSchema.parse({
        campaignId,
        participantId: participant.id,
        rewardId: reward.id,
        category,
        rationale: request.rationale,
        overQuotaReason: request.overQuotaReason ?? '',
        eligibilityOverrideReason: eligibility.eligible ? '' : (request.eligibilityOverrideReason ?? ''),
        status: 'proposed',
        withdrawnReason: '',
        id: newId(),
        createdAt: at,
        updatedAt: at,
        rev: 1,
      });
      await database.nominations.add(record);
      const override = eligibility.eligible ? '' : ` — chưa đủ điều kiện, lý do vẫn đề xuất: ${record.eligibilityOverrideReason}`;
      await appendAudit(database, {
        action: 'create',
        entity: 'nominations',
        entityId: record.id,
        campaignId,
        summary: `Đề xuất ${participant.displayName}${override}`,
      });
      created.push(record);
    }
    return created;
  });
}

async function lockedCheck(database: BinhXetDatabase, nomination: Nomination): Promise<void> {
  const rounds = await database.rounds.where('campaignId').equals(nomination.campaignId).toArray();
  const round = lockingRound(nomination.id, rounds);
  if (round) throw new StateError(lockedMessage(round));
}

async function loadForChange(database: BinhXetDatabase, id: string, expectedRev: number): Promise<Nomination> {
  const before = await database.nominations.get(id);
  if (!before || before.deletedAt) throw new NotFoundError('đề xuất', id);
  if (before.rev !== expectedRev) throw new StaleWriteError('đề xuất', id, expectedRev, before.rev);
  await lockedCheck(database, before);
  return before;
}

async function save(database: BinhXetDatabase, before: Nomination, patch: Partial<Nomination>): Promise<Nomination> {
  const record = nominationSchema.parse({ ...before, ...patch, updatedAt: new Date().toISOString(), rev: before.rev + 1 });
  await database.nominations.put(record);
  return record;
}

/** Withdraws nominations (one or many), with the reason in the audit trail. */
export async function withdraw(items: readonly { id: string; rev: number }[], reason: string): Promise<void> {
  if (!reason.trim()) throw new StateError('Hãy ghi lý do rút đề xuất.');
  await writeTransaction(['nominations', 'participants', 'rounds', 'campaigns'], async (database) => {
    for (const item of items) {
      const before = await loadForChange(database, item.id, item.rev);
      await requireStage(database, before.campaignId, 'withdraw');
      const problem = transitionProblem(before, 'withdrawn');
      const participant = await database.participants.get(before.participantId);
      const name = participant?.displayName ?? '';
      if (problem) throw new StateError(`${name}: ${problem}`);
      await save(database, before, { status: 'withdrawn', withdrawnReason: reason });
      await appendAudit(database, {
        action: 'transition',
        entity: 'nominations',
        entityId: before.id,
        campaignId: before.campaignId,
        summary: `Rút đề xuất ${name}: ${reason.trim()}`,
        fields: ['status', 'withdrawnReason'],
      });
    }
  });
}

/** Saves the dossier (checklist, report, appraisal); refused once a round has closed on it. */
export async function saveDossier(id: string, expectedRev: number, dossier: Nomination['dossier']): Promise<Nomination> {
  return writeTransaction(['nominations', 'rounds'], async (database) => {
    const before = await loadForChange(database, id, expectedRev);
    const record = await save(database, before, { dossier });
    await appendAudit(database, { action: 'update', entity: 'nominations', entityId: id, campaignId: before.campaignId, summary: 'Cập nhật hồ sơ đề xuất', fields: ['dossier'] });
    return record;
  });
}

/** Moves the nomination along its status flow (see domain/nomination-rules.ts). */
export async function changeStatus(id: string, expectedRev: number, to: NominationStatus, dossier?: Nomination['dossier']): Promise<Nomination> {
  return writeTransaction(['nominations', 'rounds', 'campaigns'], (database) => moveOne(database, id, expectedRev, to, transitionProblem, dossier));
}

/** The one write path of a status change, for one dossier or many. */
async function moveOne(
  database: BinhXetDatabase,
  id: string,
  expectedRev: number,
  to: NominationStatus,
  problemOf: (n: Nomination, to: NominationStatus) => string | null,
  /** The dossier to save with the move: as given, or made from the stored one (a bulk step adds to each its own). */
  dossierOf?: Nomination['dossier'] | ((before: Nomination) => Nomination['dossier']),
): Promise<Nomination> {
  const before = await loadForChange(database, id, expectedRev);
  await requireStage(database, before.campaignId, 'nominate');
  const dossier = typeof dossierOf === 'function' ? dossierOf(before) : dossierOf;
  const candidate = { ...before, ...(dossier ? { dossier } : {}) };
  const problem = problemOf(candidate, to);
  if (problem) throw new StateError(problem);
  const record = await save(database, before, { status: to, ...(dossier ? { dossier } : {}) });
  await appendAudit(database, {
    action: 'transition',
    entity: 'nominations',
    entityId: id,
    campaignId: before.campaignId,
    summary: `Chuyển đề xuất sang “${NOMINATION_STATUS_LABELS[to]}”`,
    fields: dossier ? ['status', 'dossier'] : ['status'],
  });
  return record;
}

export interface StepRefusal {
  id: string;
  name: string;
  /** Plain Vietnamese, to follow the name: "hồ sơ còn thiếu biên bản xét khen thưởng." */
  reason: string;
}

type Item = { id: string; rev: number };

/**
 * One write per item in one transaction: each one the rules allow is written, each one they
 * refuse (stale rev, locked round, wrong step) is returned with its reason, nothing else touched.
 */
async function eachOf(items: readonly Item[], write: (database: BinhXetDatabase, item: Item) => Promise<Nomination>): Promise<{ moved: Nomination[]; refused: StepRefusal[] }> {
  return writeTransaction(['campaigns', 'nominations', 'participants', 'rounds'], async (database) => {
    const moved: Nomination[] = [];
    const refused: StepRefusal[] = [];
    for (const item of items) {
      const participantId = (await database.nominations.get(item.id))?.participantId;
      const name = (participantId && (await database.participants.get(participantId))?.displayName) || 'Đề xuất';
      try {
        moved.push(await write(database, item));
      } catch (error) {
        // Every refusal is thrown before its write, so catching it here keeps the others.
        if (!(error instanceof DomainError)) throw error;
        refused.push({ id: item.id, name, reason: lowerFirstSentence(error.message) });
      }
    }
    return { moved, refused };
  });
}

/**
 * Moves many dossiers one step forward in one transaction. For "Đủ hồ sơ", `received` ticks
 * those papers on each dossier as it moves (the officer has them in hand for all).
 */
export async function stepMany(items: readonly Item[], to: BulkStep, received: readonly ReceivedItem[] = []): Promise<{ moved: Nomination[]; refused: StepRefusal[] }> {
  const dossierOf = to === 'dossier-complete' && received.length ? (n: Nomination) => withReceived(n.dossier, received) : undefined;
  return eachOf(items, (database, item) => moveOne(database, item.id, item.rev, to, (n) => bulkStepProblem(n, to), dossierOf));
}

/**
 * Records one appraisal (result, date, note) on many dossiers at "Đủ hồ sơ" in one transaction,
 * each audited as its own page does: "Đạt" moves it to "Đã thẩm định" (as “Xác nhận đã thẩm
 * định”), "Không đạt" is saved on the dossier, which stays (as “Lưu hồ sơ”).
 */
export async function appraiseMany(items: readonly Item[], appraisal: BulkAppraisal): Promise<{ moved: Nomination[]; refused: StepRefusal[] }> {
  const problems = Object.values(bulkAppraisalInputProblems(appraisal));
  if (problems.length) throw new ValidationError('Kết quả thẩm định chưa ghi được.', problems);
  const to = appraisalTarget(appraisal);
  return eachOf(items, async (database, item) => {
    if (to === 'appraised') return moveOne(database, item.id, item.rev, to, (n) => bulkAppraisalProblem(n, appraisal), (n) => withAppraisal(n.dossier, appraisal));
    const before = await loadForChange(database, item.id, item.rev);
    await requireStage(database, before.campaignId, 'nominate');
    const problem = bulkAppraisalProblem(before, appraisal);
    if (problem) throw new StateError(problem);
    const record = await save(database, before, { dossier: withAppraisal(before.dossier, appraisal) });
    await appendAudit(database, { action: 'update', entity: 'nominations', entityId: item.id, campaignId: before.campaignId, summary: 'Cập nhật hồ sơ đề xuất', fields: ['dossier'] });
    return record;
  });
}

const lowerFirstSentence = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/**
 * A status the council's rounds decide (on the ballot, chosen, not chosen), written inside the
 * round's own transaction. It passes the rounds' lock on purpose: the result is what that
 * lock protects. A candidate that is not a nomination is skipped.
 */
export async function moveByCouncil(database: BinhXetDatabase, id: string, next: (status: NominationStatus) => NominationStatus | null, why: string): Promise<void> {
  const before = await database.nominations.get(id);
  if (!before || before.deletedAt) return;
  const to = next(before.status);
  if (!to) return;
  await save(database, before, { status: to });
  const name = (await database.participants.get(before.participantId))?.displayName ?? '';
  await appendAudit(database, {
    action: 'transition',
    entity: 'nominations',
    entityId: id,
    campaignId: before.campaignId,
    summary: `${name}: chuyển sang “${NOMINATION_STATUS_LABELS[to]}” ${why}`.trim(),
    fields: ['status'],
  });
}
