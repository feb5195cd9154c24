// Reads everything the evidence pages show for one campaign, live (other tabs and the
// projector follow), and works out each participant's eligibility with the domain rule.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import type { Campaign, Participant } from '../../domain/campaign';
import type { Appraisal, Complaint, Evidence } from '../../domain/evidence';
import { evaluateEligibility, type EligibilityResult } from '../../domain/eligibility';
import { compareText, compareVietnameseNames } from '../../lib/vi-text';

export interface ParticipantRow {
  participant: Participant;
  unitName: string;
  eligibility: EligibilityResult;
  evidenceCount: number;
  /** criterionId → the officer's appraisal result, when there is one. */
  appraisalOf: Map<string, string>;
}

export interface EvidenceData {
  campaign: Campaign;
  rows: ParticipantRow[];
  evidence: Evidence[];
  appraisals: Appraisal[];
  complaints: Complaint[];
  units: { id: string; name: string }[];
}

const live = <T extends { deletedAt?: string | undefined }>(xs: T[]) => xs.filter((x) => !x.deletedAt);

/** undefined while loading, null when the campaign does not exist. */
export function useEvidenceData(campaignId: string): EvidenceData | null | undefined {
  return useLiveQuery(async () => {
    const database = db();
    const campaign = await database.campaigns.get(campaignId);
    if (!campaign || campaign.deletedAt) return null;
    const [participants, evidence, appraisals, complaints, units, people] = await Promise.all([
      database.participants.where('campaignId').equals(campaignId).toArray(),
      database.evidence.where('campaignId').equals(campaignId).toArray(),
      database.appraisals.where('campaignId').equals(campaignId).toArray(),
      database.complaints.where('campaignId').equals(campaignId).toArray(),
      database.units.toArray(),
      database.people.toArray(),
    ]);
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    const personUnit = new Map(people.map((p) => [p.id, p.unitId]));
    const liveEvidence = live(evidence);
    const liveAppraisals = live(appraisals);
    const liveComplaints = live(complaints);
    const rows = live(participants)
      .sort((a, b) =>
        a.category !== b.category ? (a.category === 'collective' ? -1 : 1) : a.category === 'collective' ? compareText(a.displayName, b.displayName) : compareVietnameseNames(a.displayName, b.displayName),
      )
      .map((participant): ParticipantRow => {
        const unitId = participant.category === 'collective' ? participant.unitId : personUnit.get(participant.personId ?? '');
        const own = <T extends { participantId: string }>(xs: T[]) => xs.filter((x) => x.participantId === participant.id);
        const ownEvidence = own(liveEvidence);
        const ownAppraisals = own(liveAppraisals);
        return {
          appraisalOf: new Map(ownAppraisals.map((a) => [a.criterionId, a.result])),
          participant,
          unitName: unitName.get(unitId ?? '') ?? '',
          evidenceCount: ownEvidence.length,
          eligibility: evaluateEligibility({ campaign, category: participant.category, evidence: ownEvidence, appraisals: ownAppraisals, complaints: own(liveComplaints) }),
        };
      });
    const usedUnits = [...new Set(rows.map((r) => r.unitName).filter(Boolean))].sort(compareText);
    return {
      campaign,
      rows,
      evidence: liveEvidence,
      appraisals: liveAppraisals,
      complaints: liveComplaints,
      units: usedUnits.map((name) => ({ id: name, name })),
    };
  }, [campaignId]);
}
