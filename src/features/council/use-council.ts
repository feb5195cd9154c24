// Live reads for the council screens and the projector: one campaign's members, sessions,
// rounds and candidates (nominations with their display names), all through liveQuery so the
// projector window follows the operator's writes by itself.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import type { Campaign } from '../../domain/campaign';
import type { CouncilMember, CouncilSession, VotingRound } from '../../domain/council';
import type { Nomination } from '../../domain/nomination';
import { qualifiesForWomenPreference } from '../../domain/women-preference';
import { compareUnitsThenPeople } from '../../lib/vi-text';

export interface Candidate {
  id: string;
  name: string;
  category: Nomination['category'];
  status: Nomination['status'];
  summary: string;
  /** Decree 152 art. 4 applies (a woman, or a collective with at least 70% women). */
  preferred: boolean;
  /** The award the nomination is for. */
  rewardId: string;
  /** The nominated person, or the person heading the nominated unit: who should not vote on it. */
  personId?: string | undefined;
  headPersonId?: string | undefined;
}

export interface CouncilData {
  campaign: Campaign | undefined;
  members: CouncilMember[];
  sessions: CouncilSession[];
  rounds: VotingRound[];
  candidates: Candidate[];
}

const alive = <T extends { deletedAt?: string | undefined }>(list: T[]) => list.filter((x) => !x.deletedAt);

/** Nominations that reach the council: appraised onwards, not withdrawn or still in preparation. */
const COUNCIL_STATUSES = new Set(['appraised', 'on-ballot', 'selected', 'not-selected', 'awarded']);

export async function loadCouncilData(campaignId: string): Promise<CouncilData> {
  const database = db();
  const [campaign, members, sessions, rounds, nominations] = await Promise.all([
    database.campaigns.get(campaignId),
    database.councilMembers.where('campaignId').equals(campaignId).toArray(),
    database.sessions.where('campaignId').equals(campaignId).toArray(),
    database.rounds.where('campaignId').equals(campaignId).toArray(),
    database.nominations.where('campaignId').equals(campaignId).toArray(),
  ]);
  // Only the nominees' participants and people: every projector move re-runs this query in
  // both windows, and a district campaign has 10,000 participants but a few hundred nominees.
  const reaching = alive(nominations).filter((n) => COUNCIL_STATUSES.has(n.status));
  const participants = (await database.participants.bulkGet([...new Set(reaching.map((n) => n.participantId))])).filter((p) => p !== undefined);
  const personIds = participants.map((p) => p.personId).filter((id): id is string => !!id);
  const unitIds = participants.filter((p) => p.category === 'collective' && p.unitId).map((p) => p.unitId as string);
  const [people, units] = await Promise.all([database.people.bulkGet(personIds), database.units.bulkGet(unitIds)]);
  const genderOf = new Map(people.filter((p) => p !== undefined).map((p) => [p.id, p.gender]));
  const womenPercentOf = new Map(units.filter((u) => u !== undefined).map((u) => [u.id, u.womenPercent]));
  const headOf = new Map(units.filter((u) => u !== undefined).map((u) => [u.id, u.headPersonId]));
  const byId = new Map(participants.map((p) => [p.id, p]));
  const candidates = reaching
    .map((n) => {
      const participant = byId.get(n.participantId);
      return {
        id: n.id,
        name: participant?.displayName ?? '(không rõ tên)',
        category: n.category,
        status: n.status,
        rewardId: n.rewardId,
        personId: participant?.category === 'individual' ? participant.personId : undefined,
        headPersonId: participant?.category === 'collective' && participant.unitId ? headOf.get(participant.unitId) : undefined,
        summary: n.dossier.report.summary || n.dossier.achievement || n.rationale,
        preferred:
          !!participant &&
          qualifiesForWomenPreference({
            category: participant.category,
            gender: participant.personId ? genderOf.get(participant.personId) : undefined,
            womenPercent: participant.unitId ? womenPercentOf.get(participant.unitId) : undefined,
          }),
      };
    })
    .sort((a, b) => compareUnitsThenPeople({ name: a.name, person: a.category === 'individual' }, { name: b.name, person: b.category === 'individual' }));
  return {
    campaign: campaign && !campaign.deletedAt ? campaign : undefined,
    members: alive(members).sort((a, b) => a.order - b.order || a.fullName.localeCompare(b.fullName, 'vi')),
    sessions: alive(sessions).sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)),
    rounds: alive(rounds).sort((a, b) => a.number - b.number),
    candidates,
  };
}

export function useCouncilData(campaignId: string | undefined): CouncilData | undefined {
  return useLiveQuery(() => (campaignId ? loadCouncilData(campaignId) : undefined), [campaignId]);
}

export function candidateName(data: CouncilData, id: string): string {
  return data.candidates.find((c) => c.id === id)?.name ?? '(ứng viên đã bị xoá)';
}

export function memberName(data: CouncilData, id: string): string {
  return data.members.find((m) => m.id === id)?.fullName ?? '(thành viên đã bị xoá)';
}

/** The award a round was prepared for, when it still is in the plan. */
export function awardOfRound(data: CouncilData, round: Pick<VotingRound, 'rewardId'>) {
  return round.rewardId ? data.campaign?.rewards.find((r) => r.id === round.rewardId) : undefined;
}

export function preferredSet(data: CouncilData): Set<string> {
  return new Set(data.candidates.filter((c) => c.preferred).map((c) => c.id));
}
