// Voting rounds and on-PC secret ballots. A round moves prepared → open → closed → published;
// once closed it is immutable here, in the data layer: a correction is a new round naming the
// one it replaces. Ballots carry only {id: random, roundId, agree}; audit entries never hold
// ballot content or say which member a ballot came from.
import { roundSchema, type Tally, type VotingRound } from '../domain/council';
import { COUNCIL_DOSSIER_ITEM } from '../domain/nomination';
import { nominationVotes, statusAfterPublishing, supersededRoundIds } from '../domain/council-results';
import { NotFoundError, StateError, ValidationError } from '../domain/errors';
import { checkQuorum } from '../domain/quorum';
import type { VotingRules } from '../domain/rules';
import { canClose, checkTally, tallyContextOf } from '../domain/tally-check';
import { countRound, electorateAtOpening } from '../domain/vote-counting';
import { qualifiesForWomenPreference } from '../domain/women-preference';
import { newId, randomId } from '../lib/ids';
import { db, type BinhXetDatabase } from './database';
import { fromZodError } from './errors';
import { moveByCouncil } from './nomination-repo';
import { appendAudit, writeTransaction } from './repository';
import { requireStage } from './stage-guard';

const LOCKED = 'Vòng bỏ phiếu này đã kết thúc nên không sửa được. Nếu cần điều chỉnh, hãy tạo vòng điều chỉnh và ghi rõ lý do.';

function validate(candidate: unknown): VotingRound {
  const parsed = roundSchema.safeParse(candidate);
  if (!parsed.success) throw fromZodError('vòng bỏ phiếu', parsed.error);
  return parsed.data;
}

async function load(database: BinhXetDatabase, id: string): Promise<VotingRound> {
  const round = await database.rounds.get(id);
  if (!round || round.deletedAt) throw new NotFoundError('vòng bỏ phiếu', id);
  return round;
}

async function save(database: BinhXetDatabase, before: VotingRound, patch: Partial<VotingRound>, summary: string): Promise<VotingRound> {
  const next = validate({ ...before, ...patch, updatedAt: new Date().toISOString(), rev: before.rev + 1 });
  await database.rounds.put(next);
  await appendAudit(database, {
    action: 'transition',
    entity: 'rounds',
    entityId: before.id,
    campaignId: before.campaignId,
    summary,
    fields: Object.keys(patch),
  });
  return next;
}

async function electorateFor(database: BinhXetDatabase, round: VotingRound) {
  const session = await database.sessions.get(round.sessionId);
  if (!session || session.deletedAt) throw new NotFoundError('phiên họp Hội đồng', round.sessionId);
  const members = (await database.councilMembers.where('campaignId').equals(round.campaignId).toArray()).filter((m) => !m.deletedAt);
  return { session, members };
}

const label = (r: VotingRound) => `vòng ${r.number}`;

export interface NewRound {
  campaignId: string;
  sessionId: string;
  category: VotingRound['category'];
  candidateIds: string[];
  quota: number;
  rules: VotingRules;
  /** The award voted on, whose rules and quota the round starts from. */
  rewardId?: string | undefined;
}

async function insertRound(database: BinhXetDatabase, fields: NewRound & Partial<VotingRound>, summary: string) {
  const existing = await database.rounds.where('sessionId').equals(fields.sessionId).toArray();
  const at = new Date().toISOString();
  const round = validate({ status: 'prepared', ...fields, number: existing.length + 1, id: newId(), createdAt: at, updatedAt: at, rev: 1 });
  await database.rounds.add(round);
  await appendAudit(database, { action: 'create', entity: 'rounds', entityId: round.id, campaignId: round.campaignId, summary: `${summary} ${label(round)}` });
  return round;
}

/**
 * A new first round. Nominees already voted on in this session are refused: voting again is a
 * run-off (a tie, within the rounds allowed) or a correction, never a fresh round, which would
 * lift the limit on rounds and count first-round written opinions a second time.
 */
export function createRound(fields: NewRound): Promise<VotingRound> {
  return writeTransaction(['rounds', 'nominations', 'participants', 'campaigns'], async (database) => {
    await requireStage(database, fields.campaignId, 'prepare-round');
    const existing = (await database.rounds.where('sessionId').equals(fields.sessionId).toArray()).filter((r) => !r.deletedAt && r.status !== 'prepared');
    const voted = fields.candidateIds.filter((id) => existing.some((r) => r.candidateIds.includes(id)));
    if (voted.length > 0) {
      const names = await nomineeNames(database, voted);
      throw new StateError(
        `${names} đã được bỏ phiếu trong phiên họp này. Muốn bỏ phiếu lại thì dùng «Bầu lại giữa những người bằng phiếu» (khi bằng phiếu, trong số vòng cho phép) hoặc «Điều chỉnh kết quả» (khi kiểm phiếu sai).`,
      );
    }
    return insertRound(database, fields, 'Chuẩn bị');
  });
}

async function nomineeNames(database: BinhXetDatabase, nominationIds: readonly string[]): Promise<string> {
  const nominations = (await database.nominations.bulkGet([...nominationIds])).filter((n) => n !== undefined);
  const participants = (await database.participants.bulkGet(nominations.map((n) => n.participantId))).filter((p) => p !== undefined);
  return participants.map((p) => p.displayName).join(', ') || `${nominationIds.length} ứng viên`;
}

/** Candidates, quota and rules can change only while the round is being prepared. */
export function updatePreparedRound(id: string, patch: Partial<Pick<VotingRound, 'candidateIds' | 'quota' | 'rules' | 'category'>>) {
  return writeTransaction(['rounds'], async (database) => {
    const round = await load(database, id);
    if (round.status !== 'prepared') throw new StateError('Vòng bỏ phiếu đã mở nên không đổi được ứng viên, số lượng hay cách bầu.');
    return save(database, round, patch, `Sửa ${label(round)}`);
  });
}

export function removePreparedRound(id: string) {
  return writeTransaction(['rounds'], async (database) => {
    const round = await load(database, id);
    if (round.status !== 'prepared') throw new StateError('Chỉ xoá được vòng bỏ phiếu chưa mở.');
    const at = new Date().toISOString();
    await database.rounds.put({ ...round, deletedAt: at, updatedAt: at, rev: round.rev + 1 });
    await appendAudit(database, { action: 'delete', entity: 'rounds', entityId: id, campaignId: round.campaignId, summary: `Xoá ${label(round)}` });
  });
}

/** Opens voting, refused without a quorum; freezes who may vote; appraised candidates go on the ballot. */
export function openRound(id: string) {
  return writeTransaction(['rounds', 'sessions', 'councilMembers', 'nominations', 'participants', 'campaigns'], async (database) => {
    const round = await load(database, id);
    if (round.status !== 'prepared') throw new StateError('Vòng bỏ phiếu này đã được mở trước đó.');
    await requireStage(database, round.campaignId, 'prepare-round');
    await refuseSuperseded(database, round);
    const nominations = await database.nominations.bulkGet(round.candidateIds);
    const gone = round.candidateIds.filter((_, i) => {
      const n = nominations[i];
      return !!n && (!!n.deletedAt || n.status === 'withdrawn');
    });
    if (gone.length > 0) {
      throw new StateError(`${await nomineeNames(database, gone)} đã rút đề xuất hoặc bị xoá nên không thể có tên trên phiếu. Hãy xoá vòng này rồi chuẩn bị lại vòng bỏ phiếu.`);
    }
    const { session, members } = await electorateFor(database, round);
    // A correction of a paper or show-of-hands round counts the same vote again: it carries the
    // electorate of the round it corrects. Any other round freezes who may vote now.
    const electorate = round.electorate ?? electorateAtOpening(round, session, members);
    const present = electorate.memberIds.filter((m) => electorate.attendance[m] === 'present').length;
    const quorum = checkQuorum(electorate.memberIds.length, present, round.rules.quorum);
    if (!quorum.met) {
      throw new StateError(
        `Chưa đủ số thành viên có mặt để biểu quyết: có mặt ${present}/${electorate.memberIds.length}, cần ít nhất ${quorum.required}. Hãy điểm danh lại hoặc chờ thêm thành viên.`,
      );
    }
    const opened = await save(database, round, { status: 'open', electorate, openedAt: new Date().toISOString() }, `Mở ${label(round)}`);
    for (const candidateId of round.candidateIds) {
      await moveByCouncil(database, candidateId, (status) => (status === 'appraised' ? 'on-ballot' : null), `khi mở ${label(round)}`);
    }
    return opened;
  });
}

/** A corrected round and every run-off descending from it can no longer be opened or published. */
async function refuseSuperseded(database: BinhXetDatabase, round: VotingRound) {
  const rounds = await database.rounds.where('campaignId').equals(round.campaignId).toArray();
  if (supersededRoundIds(rounds).has(round.id)) {
    throw new StateError(
      `${label(round)[0]?.toUpperCase()}${label(round).slice(1)} thuộc một vòng đã được điều chỉnh, nên không còn giá trị. Hãy xoá vòng này; kết quả được lấy theo vòng điều chỉnh.`,
    );
  }
}

/** Paper ballots or a show of hands: the counts as entered so far (sums checked on closing). */
export function enterTally(id: string, tally: Tally) {
  return writeTransaction(['rounds'], async (database) => {
    const round = await load(database, id);
    if (round.status === 'closed' || round.status === 'published') throw new StateError(LOCKED);
    if (round.status !== 'open') throw new StateError('Hãy mở vòng bỏ phiếu trước khi nhập kết quả.');
    if (round.rules.mode === 'pc-secret') throw new StateError('Vòng bỏ phiếu kín trên máy được đếm tự động, không nhập tay.');
    return save(database, round, { tally }, `Nhập kết quả ${label(round)}`);
  });
}

/** One member's secret ballot on this PC. */
export function castBallot(roundId: string, memberId: string, agreeIds: string[]) {
  return writeTransaction(['rounds', 'ballots'], async (database) => {
    const round = await load(database, roundId);
    if (round.status !== 'open') throw new StateError(round.status === 'prepared' ? 'Vòng bỏ phiếu chưa mở.' : LOCKED);
    if (round.rules.mode !== 'pc-secret') throw new StateError('Vòng này không bỏ phiếu trên máy.');
    const e = round.electorate;
    if (!e || !e.memberIds.includes(memberId) || e.attendance[memberId] !== 'present') {
      throw new StateError('Chỉ thành viên có mặt mới bỏ phiếu trên máy.');
    }
    if (round.votedMemberIds.includes(memberId)) throw new StateError('Thành viên này đã bỏ phiếu trong vòng này. Mỗi người chỉ bỏ một phiếu.');
    const agree = [...new Set(agreeIds)];
    if (agree.some((c) => !round.candidateIds.includes(c))) throw new ValidationError('Phiếu có người không thuộc danh sách bầu.');
    if (agree.some((c) => (e.recusals[memberId] ?? []).includes(c))) {
      throw new StateError('Thành viên không được biểu quyết cho người mà mình đã ghi không biểu quyết (là ứng viên hoặc có xung đột lợi ích).');
    }
    if (agree.length > round.quota) throw new ValidationError(`Chỉ được chọn tối đa ${round.quota} người.`);
    // A random id and a sorted set of voters: neither the ballots' order nor the voters' order tells who chose what.
    await database.ballots.add({ id: randomId(), roundId, agree: agree.sort() });
    const votedMemberIds = [...round.votedMemberIds, memberId].sort();
    const voters = e.memberIds.filter((m) => e.attendance[m] === 'present').length;
    return save(database, round, { votedMemberIds }, `Ghi nhận một phiếu bầu trên máy (${votedMemberIds.length}/${voters})`);
  });
}

/**
 * On-PC ballots as a tally: every ballot is valid; a recused member's ballot is not in that
 * candidate's base (its `recusedValid`), and an entitled ballot that did not agree disagrees.
 */
function tallyOfBallots(round: VotingRound, ballots: readonly { agree: readonly string[] }[]): Tally {
  const recusals = round.electorate?.recusals ?? {};
  const perCandidate = Object.fromEntries(
    round.candidateIds.map((c) => {
      const agree = ballots.filter((b) => b.agree.includes(c)).length;
      const recusedValid = round.votedMemberIds.filter((m) => recusals[m]?.includes(c)).length;
      return [c, { agree, disagree: Math.max(0, ballots.length - recusedValid - agree), recusedValid }];
    }),
  );
  return { issued: ballots.length, returned: ballots.length, valid: ballots.length, invalid: 0, perCandidate };
}

/** Who qualified for the Decree 152 art. 4 preference, read from the register when the round closes. */
async function preferredAmong(database: BinhXetDatabase, nominationIds: readonly string[]): Promise<string[]> {
  const nominations = (await database.nominations.bulkGet([...nominationIds])).filter((n) => n !== undefined);
  const participants = new Map(
    (await database.participants.bulkGet(nominations.map((n) => n.participantId))).filter((p) => p !== undefined).map((p) => [p.id, p]),
  );
  const preferred: string[] = [];
  for (const n of nominations) {
    const p = participants.get(n.participantId);
    if (!p) continue;
    const person = p.personId ? await database.people.get(p.personId) : undefined;
    const unit = p.category === 'collective' && p.unitId ? await database.units.get(p.unitId) : undefined;
    if (qualifiesForWomenPreference({ category: p.category, gender: person?.gender, womenPercent: unit?.womenPercent })) preferred.push(n.id);
  }
  return preferred;
}

/**
 * Closes voting and counts it, once: the result is frozen on the round with the rules and
 * inputs it used, and every screen and paper reads it. An impossible tally never closes; a
 * mismatch closes only when accepted with a reason, which the result and the minutes carry.
 */
export function closeRound(id: string, acceptMismatchReason = '') {
  return writeTransaction(['rounds', 'ballots', 'sessions', 'councilMembers', 'nominations', 'participants', 'people', 'units'], async (database) => {
    const round = await load(database, id);
    if (round.status !== 'open') throw new StateError(round.status === 'prepared' ? 'Vòng bỏ phiếu chưa mở.' : LOCKED);
    const electorate = round.electorate;
    if (!electorate) throw new StateError('Vòng bỏ phiếu chưa được mở đúng cách (thiếu danh sách người được bỏ phiếu). Hãy tạo vòng điều chỉnh.');
    const reason = acceptMismatchReason.trim();
    let tally = round.tally;
    let accepted: string[] = [];
    if (round.rules.mode === 'pc-secret') {
      tally = tallyOfBallots(round, await database.ballots.where('roundId').equals(id).toArray());
    } else {
      const issues = checkTally(tally, tallyContextOf(round));
      if (!canClose(issues, reason)) {
        const shown = issues.some((i) => i.severity === 'impossible') ? issues.filter((i) => i.severity === 'impossible') : issues;
        throw new StateError(`Kết quả kiểm phiếu chưa khớp nên chưa kết thúc được vòng: ${shown.map((i) => i.message).join(' ')}`);
      }
      accepted = issues.map((i) => i.message);
    }
    if (!tally) throw new StateError('Chưa nhập kết quả kiểm phiếu.');
    const closedAt = new Date().toISOString();
    const count = countRound({
      rules: round.rules,
      quota: round.quota,
      candidateIds: round.candidateIds,
      attempt: round.attempt,
      electorate,
      tally,
      preferredIds: await preferredAmong(database, round.candidateIds),
      acceptedIssues: accepted,
      mismatchAcceptedReason: accepted.length > 0 ? reason : '',
    });
    const result = { ...count, computedAt: closedAt };
    const patch: Partial<VotingRound> = { status: 'closed', closedAt, tally, result, ...(accepted.length > 0 ? { mismatchAcceptedReason: reason } : {}) };
    return save(database, round, patch, accepted.length > 0 ? `Kết thúc ${label(round)} (chấp nhận sai lệch: ${reason})` : `Kết thúc ${label(round)}`);
  });
}

/**
 * Publishes the frozen result and writes it onto the nominations in the same transaction:
 * chosen → "được chọn", tied at the edge → stays on the ballot for the run-off, the rest →
 * "không được chọn". This is what the decision and the documents read.
 */
export function publishRound(id: string) {
  return writeTransaction(['rounds', 'nominations', 'participants'], async (database) => {
    const round = await load(database, id);
    if (round.status !== 'closed') throw new StateError(round.status === 'published' ? 'Kết quả đã được công bố.' : 'Hãy kết thúc vòng bỏ phiếu trước khi công bố.');
    await refuseSuperseded(database, round);
    if (!round.result) throw new StateError('Vòng này chưa có kết quả kiểm phiếu đã chốt. Hãy tạo vòng điều chỉnh để kiểm lại.');
    const published = await save(database, round, { status: 'published', publishedAt: new Date().toISOString() }, `Công bố kết quả ${label(round)}`);
    const votes = nominationVotes(await database.rounds.where('campaignId').equals(round.campaignId).toArray());
    for (const candidateId of round.candidateIds) {
      await moveByCouncil(database, candidateId, (status) => statusAfterPublishing(status, votes.get(candidateId)), `theo kết quả ${label(round)}`);
      // The council's minutes now exist: they join each candidate's dossier.
      const n = await database.nominations.get(candidateId);
      if (n && !n.deletedAt && !n.dossier.checklist[COUNCIL_DOSSIER_ITEM]) {
        await database.nominations.put({ ...n, dossier: { ...n.dossier, checklist: { ...n.dossier.checklist, [COUNCIL_DOSSIER_ITEM]: true } }, updatedAt: new Date().toISOString(), rev: n.rev + 1 });
      }
    }
    return published;
  });
}

/** A new round among the candidates tied at the quota edge, when the rules allow one. */
export function createRunoff(id: string) {
  return writeTransaction(['rounds', 'campaigns'], async (database) => {
    const round = await load(database, id);
    if (round.status !== 'closed' && round.status !== 'published') throw new StateError('Chỉ bầu lại sau khi đã kết thúc vòng bỏ phiếu.');
    await requireStage(database, round.campaignId, 'prepare-round');
    await refuseSuperseded(database, round);
    const runoff = round.result?.runoff;
    if (!runoff) throw new StateError('Vòng này không có trường hợp bằng phiếu cần bầu lại (hoặc đã hết số vòng cho phép).');
    const existing = await database.rounds.where('sessionId').equals(round.sessionId).toArray();
    if (existing.some((r) => !r.deletedAt && r.runoffOf === round.id && !r.replacesRoundId)) throw new StateError('Vòng bầu lại cho vòng này đã được tạo.');
    const { campaignId, sessionId, category, rules } = round;
    return insertRound(
      database,
      { campaignId, sessionId, category, rules, candidateIds: runoff.candidateIds, quota: runoff.seats, runoffOf: round.id, attempt: round.attempt + 1, ...(round.rewardId ? { rewardId: round.rewardId } : {}) },
      'Bầu lại giữa những người bằng phiếu:',
    );
  });
}

/** A correction of a closed round: a new prepared round that names the one it replaces and why. */
export function correctRound(id: string, reason: string) {
  return writeTransaction(['rounds', 'campaigns'], async (database) => {
    const round = await load(database, id);
    if (round.status !== 'closed' && round.status !== 'published') throw new StateError('Vòng chưa kết thúc thì sửa trực tiếp, không cần vòng điều chỉnh.');
    await requireStage(database, round.campaignId, 'prepare-round');
    if (!reason.trim()) throw new ValidationError('Hãy ghi lý do điều chỉnh để đưa vào biên bản.');
    const existing = await database.rounds.where('sessionId').equals(round.sessionId).toArray();
    if (existing.some((r) => !r.deletedAt && r.replacesRoundId === round.id)) throw new StateError('Vòng này đã có vòng điều chỉnh.');
    const { campaignId, sessionId, category, rules, candidateIds, quota, attempt } = round;
    // A correction of a run-off is still that run-off: same place in the chain, same written opinions.
    const chain = {
      ...(round.runoffOf ? { runoffOf: round.runoffOf } : {}),
      // Paper ballots or hands counted again: the same people voted. On this PC a correction is a new vote.
      ...(round.rules.mode !== 'pc-secret' && round.electorate ? { electorate: round.electorate } : {}),
      ...(round.writtenOpinions ? { writtenOpinions: round.writtenOpinions } : {}),
      ...(round.rewardId ? { rewardId: round.rewardId } : {}),
    };
    return insertRound(
      database,
      { campaignId, sessionId, category, rules, candidateIds, quota, attempt, replacesRoundId: round.id, correctionReason: reason, ...chain },
      `Điều chỉnh ${label(round)} (lý do: ${reason.trim()}) bằng`,
    );
  });
}

/** A written opinion given for one round only (a run-off), entered before it opens. */
export function setRoundWrittenOpinion(roundId: string, memberId: string, agreeIds: string[] | null) {
  return writeTransaction(['rounds'], async (database) => {
    const round = await load(database, roundId);
    if (round.status !== 'prepared') throw new StateError('Ý kiến bằng văn bản cho vòng này phải ghi trước khi mở vòng.');
    const opinions = Object.fromEntries(Object.entries(round.writtenOpinions ?? {}).filter(([id]) => id !== memberId));
    if (agreeIds !== null) opinions[memberId] = [...new Set(agreeIds)].filter((c) => round.candidateIds.includes(c));
    return save(database, round, { writtenOpinions: opinions }, `Ý kiến bằng văn bản cho ${label(round)}`);
  });
}

export async function listRounds(sessionId: string): Promise<VotingRound[]> {
  const all = await db().rounds.where('sessionId').equals(sessionId).toArray();
  return all.filter((r) => !r.deletedAt).sort((a, b) => a.number - b.number);
}
