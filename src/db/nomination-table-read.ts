// What the nomination table reads for one campaign: the register, the participants, the
// nominations and the council's rounds (readNominationBase), and the participants' summaries
// (readNominationSummaries, participant-summary.ts) instead of the campaign's evidence,
// appraisals and complaints. Two reads, so a live page re-reads only the part a change touches:
// saving evidence re-reads the summaries, not the register.
import type { Campaign, Participant } from '../domain/campaign';
import type { VotingRound } from '../domain/council';
import type { Nomination } from '../domain/nomination';
import type { ParticipantSummary } from '../domain/participant-summary';
import type { Person, Unit } from '../domain/register';
import { db } from './database';
import { readCampaignSummaries, SUMMARY_TABLES, type CampaignSummaries } from './participant-summaries-repo';

export interface NominationTableBase {
  campaign: Campaign;
  participants: Participant[];
  people: Person[];
  units: Unit[];
  nominations: Nomination[];
  rounds: VotingRound[];
}

export interface NominationTableSource extends NominationTableBase {
  /** Each participant's summary, by participant id (none: no evidence, appraisal or complaint yet). */
  summaries: ReadonlyMap<string, ParticipantSummary>;
}

export interface NominationTableRead extends NominationTableSource {
  /** The campaign's summaries were never built: these were made from the records, and want building. */
  stale: boolean;
}

/** Everything but the summaries; null when the campaign does not exist (or was deleted). */
export async function readNominationBase(campaignId: string): Promise<NominationTableBase | null> {
  const database = db();
  const campaign = await database.campaigns.get(campaignId);
  if (!campaign || campaign.deletedAt) return null;
  const byCampaign = <K extends 'participants' | 'nominations' | 'rounds'>(table: K) => database[table].where('campaignId').equals(campaignId).toArray();
  const [participants, nominations, rounds, people, units] = await Promise.all([
    byCampaign('participants'),
    byCampaign('nominations'),
    byCampaign('rounds'),
    database.people.toArray(),
    database.units.toArray(),
  ]);
  return { campaign, participants, nominations, rounds, people, units } as NominationTableBase;
}

/** The participants' summaries of one campaign, in one read transaction. */
export async function readNominationSummaries(campaignId: string): Promise<CampaignSummaries> {
  const database = db();
  return database.transaction('r', SUMMARY_TABLES.map((t) => database.table(t)), () => readCampaignSummaries(database, campaignId));
}

/** Both reads at once (exports, tests); null when the campaign does not exist. */
export async function readNominationTable(campaignId: string): Promise<NominationTableRead | null> {
  const [base, { summaries, stale }] = await Promise.all([readNominationBase(campaignId), readNominationSummaries(campaignId)]);
  return base && { ...base, summaries, stale };
}
