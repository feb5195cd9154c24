// What the nomination table reads for one campaign: the register, the participants, their
// summaries (participant-summary.ts) instead of the campaign's evidence, appraisals and
// complaints, the nominations and the council's rounds. One read transaction, so the summaries
// and the counts that vouch for them are of the same moment.
import type { Campaign, Participant } from '../domain/campaign';
import type { VotingRound } from '../domain/council';
import type { Nomination } from '../domain/nomination';
import type { ParticipantSummary } from '../domain/participant-summary';
import type { Person, Unit } from '../domain/register';
import { db } from './database';
import { readCampaignSummaries } from './participant-summaries-repo';

export interface NominationTableSource {
  campaign: Campaign;
  participants: Participant[];
  people: Person[];
  units: Unit[];
  /** Each participant's summary, by participant id (none: no evidence, appraisal or complaint yet). */
  summaries: ReadonlyMap<string, ParticipantSummary>;
  nominations: Nomination[];
  rounds: VotingRound[];
}

export interface NominationTableRead extends NominationTableSource {
  /** The stored summaries were not whole: these were made from the records, and want rebuilding. */
  stale: boolean;
}

/** null when the campaign does not exist (or was deleted). */
export async function readNominationTable(campaignId: string): Promise<NominationTableRead | null> {
  const database = db();
  const tables = ['campaigns', 'participants', 'participantSummaries', 'evidence', 'appraisals', 'complaints', 'nominations', 'rounds', 'people', 'units'];
  return database.transaction('r', tables, async () => {
    const campaign = await database.campaigns.get(campaignId);
    if (!campaign || campaign.deletedAt) return null;
    const [participants, { summaries, stale }, nominations, rounds, people, units] = await Promise.all([
      database.participants.where('campaignId').equals(campaignId).toArray(),
      readCampaignSummaries(database, campaignId),
      database.nominations.where('campaignId').equals(campaignId).toArray(),
      database.rounds.where('campaignId').equals(campaignId).toArray(),
      database.people.toArray(),
      database.units.toArray(),
    ]);
    return { campaign, participants, summaries, stale, nominations, rounds, people, units };
  });
}
