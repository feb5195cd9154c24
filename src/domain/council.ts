// The council (Hội đồng Thi đua - Khen thưởng), its sessions, voting rounds and ballots.
import { z } from 'zod';
import { idSchema, isoDateSchema, line, optionalLine, paragraph, recordMeta, timestampSchema } from './common';
import { categorySchema, votingRulesSchema } from './rules';
import { electorateSchema, roundResultSchema } from './round-result-schema';

export const COUNCIL_ROLES = ['chu-tich', 'pho-chu-tich', 'uy-vien', 'thu-ky'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];
export const COUNCIL_ROLE_LABELS: Record<CouncilRole, string> = {
  'chu-tich': 'Chủ tịch Hội đồng',
  'pho-chu-tich': 'Phó Chủ tịch Hội đồng',
  'uy-vien': 'Ủy viên',
  'thu-ky': 'Thư ký',
};

export const councilMemberFields = z.object({
  campaignId: idSchema,
  fullName: line('Họ và tên', 120),
  position: optionalLine('Chức vụ', 200),
  role: z.enum(COUNCIL_ROLES),
  gender: z.enum(['nam', 'nu']).optional(),
  personId: idSchema.optional(),
  order: z.number().int().default(0),
});
export const councilMemberSchema = councilMemberFields.extend(recordMeta);
export type CouncilMember = z.infer<typeof councilMemberSchema>;

export const ATTENDANCE = ['present', 'absent-written', 'absent'] as const;
export type Attendance = (typeof ATTENDANCE)[number];
export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  present: 'Có mặt',
  'absent-written': 'Vắng, có ý kiến bằng văn bản',
  absent: 'Vắng',
};

export const sessionFields = z.object({
  campaignId: idSchema,
  date: isoDateSchema,
  startTime: optionalLine('Giờ bắt đầu', 10),
  endTime: optionalLine('Giờ kết thúc', 10),
  place: line('Địa điểm', 300),
  chairId: idSchema.optional(),
  secretaryId: idSchema.optional(),
  agenda: z.array(line('Nội dung', 1000)),
  attendance: z.record(idSchema, z.enum(ATTENDANCE)).default({}),
  /** Written opinions of absent members: memberId → nominationIds they agree with. */
  writtenOpinions: z.record(idSchema, z.array(idSchema)).default({}),
  /** memberId → nominationIds the member does not vote on (a nominee, or a declared conflict). */
  recusals: z.record(idSchema, z.array(idSchema)).default({}),
  /**
   * Proposed recusals the council declined (memberId → nominationIds): a member linked to a
   * nominee who still votes on them, on the record, and not proposed again.
   */
  recusalsDeclined: z.record(idSchema, z.array(idSchema)).default({}),
  /** Ban kiểm phiếu, chosen in the session: its head and members (council members' ids). */
  countingCommittee: z.object({ headId: idSchema.optional(), memberIds: z.array(idSchema).default([]) }).default({ memberIds: [] }),
  notes: paragraph('Diễn biến cuộc họp', 20_000),
  /** Which slide the projector shows, and which page of a long one (unset: the first); the operator advances it. */
  projector: z
    .object({ slide: z.string().default('title'), roundId: idSchema.optional(), page: z.number().int().min(1).optional(), updatedAt: timestampSchema.optional() })
    .default({ slide: 'title' }),
});
export const sessionSchema = sessionFields.extend(recordMeta);
export type CouncilSession = z.infer<typeof sessionSchema>;

export const ROUND_STATUSES = ['prepared', 'open', 'closed', 'published'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const tallySchema = z.object({
  issued: z.number().int().min(0),
  returned: z.number().int().min(0),
  valid: z.number().int().min(0),
  invalid: z.number().int().min(0),
  /**
   * nominationId → agree / disagree (and, when the committee records them, blank) counts.
   * `recusedValid`: how many of the valid ballots came from members recused on that candidate
   * (they do not vote on them, so those ballots are not in that candidate's base); unset means
   * every present recused member returned a valid ballot.
   */
  perCandidate: z.record(
    idSchema,
    z.object({
      agree: z.number().int().min(0),
      disagree: z.number().int().min(0),
      blank: z.number().int().min(0).optional(),
      recusedValid: z.number().int().min(0).optional(),
    }),
  ),
});
export type Tally = z.infer<typeof tallySchema>;

export const roundFields = z.object({
  campaignId: idSchema,
  sessionId: idSchema,
  number: z.number().int().min(1),
  category: categorySchema,
  candidateIds: z
    .array(idSchema)
    .min(1, 'Vòng bỏ phiếu cần ít nhất một ứng viên')
    .refine((ids) => new Set(ids).size === ids.length, 'Một ứng viên được ghi hai lần trong vòng bỏ phiếu'),
  quota: z.number().int().min(1, 'Số lượng được chọn phải từ 1 trở lên'),
  rules: votingRulesSchema,
  status: z.enum(ROUND_STATUSES).default('prepared'),
  tally: tallySchema.optional(),
  mismatchAcceptedReason: paragraph('Lý do chấp nhận sai lệch', 2000),
  /** A correction of a closed round is a new round that names the one it replaces. */
  replacesRoundId: idSchema.optional(),
  /** The award voted on (its own rules and quota); absent for rounds made before awards had rules. */
  rewardId: idSchema.optional(),
  /**
   * Written opinions given for this round only (memberId → nominationIds agreed with). A run-off
   * counts only these; a first round counts the session's opinions, given for its candidates.
   */
  writtenOpinions: z.record(idSchema, z.array(idSchema)).optional(),
  correctionReason: paragraph('Lý do điều chỉnh', 2000),
  runoffOf: idSchema.optional(),
  /** 1 for a first round, 2 for its run-off, ...; compared with rules.maxRounds. */
  attempt: z.number().int().min(1).default(1),
  /** Who could vote, frozen when the round opens, so a closed result never changes afterwards. */
  electorate: electorateSchema.optional(),
  /**
   * On-PC secret ballot: the members who have voted (sorted, so the order reveals nothing).
   * Ballots themselves never name a member, so this set cannot be joined to a ballot.
   */
  votedMemberIds: z.array(idSchema).default([]),
  /** The count, computed once when the round closes; every screen and paper reads it. */
  result: roundResultSchema.optional(),
  openedAt: timestampSchema.optional(),
  closedAt: timestampSchema.optional(),
  publishedAt: timestampSchema.optional(),
});
export const roundSchema = roundFields.extend(recordMeta);
export type VotingRound = z.infer<typeof roundSchema>;

/**
 * A secret ballot cast on this PC. Deliberately minimal: a random id (not time-ordered),
 * no member, no timestamp, no revision history — nothing that reveals who voted how.
 */
export const ballotSchema = z.object({
  id: z.string().uuid(),
  roundId: idSchema,
  agree: z.array(idSchema),
});
export type Ballot = z.infer<typeof ballotSchema>;
