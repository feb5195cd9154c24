// Reads everything a campaign's documents need, live: a change anywhere re-renders the preview.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { settingsOrDefaults } from '../../db/settings-repo';
import { decisionOf } from '../../db/decision-repo';
import { SETTINGS_ID } from '../../domain/settings';
import { localDateOf } from '../../domain/campaign-documents';
import { NOMINATION_STATUS_LABELS } from '../../domain/nomination';
import type { DocumentData } from './models/document-data';

const live = <T extends { deletedAt?: string | undefined }>(rows: T[]) => rows.filter((r) => !r.deletedAt);

export async function loadDocumentData(campaignId: string): Promise<DocumentData | null> {
  const database = db();
  const campaign = await database.campaigns.get(campaignId);
  if (!campaign || campaign.deletedAt) return null;
  const [settings, participants, nominations, members, sessions, rounds, decision, units, people, audit] = await Promise.all([
    database.settings.get(SETTINGS_ID),
    database.participants.where('campaignId').equals(campaignId).toArray().then(live),
    database.nominations.where('campaignId').equals(campaignId).toArray().then(live),
    database.councilMembers.where('campaignId').equals(campaignId).toArray().then(live),
    database.sessions.where('campaignId').equals(campaignId).toArray().then(live),
    database.rounds.where('campaignId').equals(campaignId).toArray().then(live),
    decisionOf(campaignId),
    database.units.toArray(),
    database.people.toArray(),
    database.audit.where('campaignId').equals(campaignId).toArray(),
  ]);
  // The day each dossier was marked complete: the last such move wins (it may go back and forth).
  const completed = `Chuyển đề xuất sang “${NOMINATION_STATUS_LABELS['dossier-complete']}”`;
  const dossierCompleted: Record<string, string> = {};
  for (const e of [...audit].sort((a, b) => a.at.localeCompare(b.at))) {
    const day = e.entity === 'nominations' && e.action === 'transition' && e.summary === completed ? localDateOf(e.at) : undefined;
    if (day) dossierCompleted[e.entityId] = day;
  }
  // The ledger of the campaign's nominees only (their reports and the proposal upward read it), not
  // of every participant: a district campaign has 10,000 participants and a few hundred nominees.
  const nominated = new Set(nominations.map((n) => n.participantId));
  const nominees = participants.filter((x) => nominated.has(x.id));
  const personIds = nominees.flatMap((x) => (x.personId ? [x.personId] : []));
  const unitIds = nominees.flatMap((x) => (x.category === 'collective' && x.unitId ? [x.unitId] : []));
  const [ofPeople, ofUnits] = await Promise.all([database.awards.where('personId').anyOf(personIds).toArray(), database.awards.where('unitId').anyOf(unitIds).toArray()]);
  const awards = [...new Map([...ofPeople, ...ofUnits].filter((e) => !e.deletedAt).map((e) => [e.id, e])).values()];
  return {
    awards,
    settings: settingsOrDefaults(settings),
    campaign,
    participants,
    nominations,
    members,
    sessions: [...sessions].sort((a, b) => a.date.localeCompare(b.date)),
    rounds: [...rounds].sort((a, b) => a.number - b.number || a.createdAt.localeCompare(b.createdAt)),
    decision,
    units,
    people,
    dossierCompleted,
  };
}

/** undefined while loading, null when the campaign does not exist. */
export function useDocumentData(campaignId: string): DocumentData | null | undefined {
  return useLiveQuery(() => loadDocumentData(campaignId), [campaignId]);
}
