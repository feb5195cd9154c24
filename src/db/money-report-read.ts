// Reads the lines of the money report (domain/money-report.ts): the stored awardees of every
// decision the chair signed (its campaign moved to 'decided' or 'closed'), with the amounts frozen
// in the decision. Decisions still in draft are only counted, so the officer knows they exist.
// Years before the app come from the ledger imported from a spreadsheet (award history).
import { ledgerMoneyLines, type MoneyLine } from '../domain/money-report';
import { db } from './database';

export interface MoneyReportData {
  lines: MoneyLine[];
  /** Campaigns whose decision is drafted but not signed yet (not in the report). */
  drafts: { campaignId: string; name: string }[];
  /** Signed decisions left out because they carry no date (the year is unknown). */
  undated: { campaignId: string; name: string }[];
  /** Imported ledger lines of a decision already reported from the app (same year and number), left out. */
  alreadyReported: number;
}

export async function readMoneyReport(): Promise<MoneyReportData> {
  const database = db();
  const campaigns = (await database.campaigns.toArray()).filter((c) => !c.deletedAt);
  const data: MoneyReportData = { lines: [], drafts: [], undated: [], alreadyReported: 0 };
  for (const campaign of campaigns) {
    const decision = (await database.decisions.where('campaignId').equals(campaign.id).toArray())
      .filter((d) => !d.deletedAt)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    if (!decision || decision.awardees.length === 0) continue;
    const signed = campaign.status === 'decided' || campaign.status === 'closed';
    if (!signed) {
      data.drafts.push({ campaignId: campaign.id, name: campaign.shortName });
      continue;
    }
    if (!decision.date) {
      data.undated.push({ campaignId: campaign.id, name: campaign.shortName });
      continue;
    }
    const nominations = new Map((await database.nominations.where('campaignId').equals(campaign.id).toArray()).map((n) => [n.id, n]));
    const participants = new Map((await database.participants.where('campaignId').equals(campaign.id).toArray()).map((p) => [p.id, p]));
    for (const a of decision.awardees) {
      const nomination = nominations.get(a.nominationId);
      const participant = nomination && participants.get(nomination.participantId);
      const reward = campaign.rewards.find((r) => r.id === a.rewardId);
      data.lines.push({
        decisionKey: decision.id,
        decisionNumber: decision.documentNumber,
        decisionDate: decision.date,
        source: campaign.shortName,
        recipient: participant?.displayName ?? '(không rõ)',
        collective: (reward?.category ?? nomination?.category) === 'collective',
        award: reward?.form ?? '',
        coefficient: a.coefficient,
        baseSalary: a.baseSalary,
        amount: a.amount,
      });
    }
  }
  const ledger = ledgerMoneyLines(await database.awards.toArray(), data.lines);
  data.lines.push(...ledger.lines);
  data.alreadyReported = ledger.alreadyReported;
  return data;
}
