// The frozen result of a voting round: what closing the round computed, once, with every rule
// and input it used. The projector, the operator screen, both biên bản, the nomination table and
// its exports, and the decision read this record; none of them counts again.
import { z } from 'zod';
import { idSchema, timestampSchema } from './common';
import { votingRulesSchema } from './rules';

export const ATTENDANCE_VALUES = ['present', 'absent-written', 'absent'] as const;

/** Who could vote, frozen when the round opened. */
export const electorateSchema = z.object({
  memberIds: z.array(idSchema),
  attendance: z.record(idSchema, z.enum(ATTENDANCE_VALUES)),
  recusals: z.record(idSchema, z.array(idSchema)),
  writtenOpinions: z.record(idSchema, z.array(idSchema)),
});
export type FrozenElectorate = z.infer<typeof electorateSchema>;

export const CANDIDATE_OUTCOMES = ['chosen', 'tied', 'passed-over-quota', 'failed'] as const;
export type CandidateOutcome = (typeof CANDIDATE_OUTCOMES)[number];

export const frozenCandidateSchema = z.object({
  candidateId: idSchema,
  /** Agree votes, written opinions included. */
  agree: z.number().int().min(0),
  disagree: z.number().int().min(0),
  /** Ballots of entitled voters that marked neither (abstentions). */
  blank: z.number().int().min(0),
  /** Of `agree` / `disagree`, how many came from written opinions. */
  writtenAgree: z.number().int().min(0),
  writtenDisagree: z.number().int().min(0),
  /** Members recused on this candidate (all of them, present or not). */
  recused: z.number().int().min(0),
  /** What the threshold is taken of, for this candidate. */
  base: z.number().int().min(0),
  required: z.number().int().min(0),
  /** agree ÷ base, as printed everywhere ("57,14%"); "—" when the base is 0. */
  percent: z.string(),
  passes: z.boolean(),
  outcome: z.enum(CANDIDATE_OUTCOMES),
  /** Chosen over an equal by Decree 152 art. 4 (a woman, or a collective with ≥ 70% women). */
  preferred: z.boolean().default(false),
});
export type FrozenCandidate = z.infer<typeof frozenCandidateSchema>;

export const WRITTEN_OPINION_STATUSES = ['applied', 'rejected', 'not-counted'] as const;
export const writtenOpinionUseSchema = z.object({
  memberId: idSchema,
  status: z.enum(WRITTEN_OPINION_STATUSES),
  /** The round's candidates the opinion agrees with. */
  agreeIds: z.array(idSchema),
  /** Why it was rejected or not counted, in Vietnamese, for the minutes. */
  reason: z.string().default(''),
});
export type WrittenOpinionUse = z.infer<typeof writtenOpinionUseSchema>;

const seatsSchema = z.object({ candidateIds: z.array(idSchema), seats: z.number().int().min(0) });

export const roundResultSchema = z.object({
  /**
   * Which counting rules made this: 1 = this version's; 0 = a round closed by an earlier version,
   * whose result is kept as that version counted and published it. A later change never rewrites it.
   */
  algorithm: z.union([z.literal(0), z.literal(1)]),
  computedAt: timestampSchema,
  rules: votingRulesSchema,
  quota: z.number().int().min(0),
  attempt: z.number().int().min(1),
  electorate: electorateSchema,
  quorum: z.object({ total: z.number().int(), present: z.number().int(), required: z.number().int(), met: z.boolean() }),
  /** Ballot totals as counted (paper), as cast (on this PC), or the members present (hands). */
  ballots: z.object({ issued: z.number().int(), returned: z.number().int(), valid: z.number().int(), invalid: z.number().int() }),
  writtenOpinions: z.array(writtenOpinionUseSchema),
  /** Nominations that qualified for the Decree 152 art. 4 preference when the round closed. */
  preferredIds: z.array(idSchema),
  /** Sorted by agree votes, most first (ties by the order on the ballot). */
  candidates: z.array(frozenCandidateSchema),
  winners: z.array(idSchema),
  tie: seatsSchema.optional(),
  runoff: seatsSchema.optional(),
  tieUnresolved: z.boolean(),
  /** Decree 152 art. 4 where it decided: who it chose among the equals, or to whom it narrowed the run-off. */
  preference: z.object({ chosen: z.array(idSchema), among: z.array(idSchema), narrowedTo: z.array(idSchema).optional() }).optional(),
  /** Tally checks that failed and were accepted with a reason. */
  acceptedIssues: z.array(z.string()).default([]),
  mismatchAcceptedReason: z.string().default(''),
});
export type RoundResult = z.infer<typeof roundResultSchema>;
