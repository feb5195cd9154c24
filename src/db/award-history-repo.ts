// The award history's door: entries are only ever added (a decision's awards, an import of
// past years, a correction); none is edited or deleted here. Reads for the ledger and the pages.
import { awardEntrySchema, correctionFields, decisionEntryId, type AwardEntry, type AwardEntryInput, type CorrectionInput } from '../domain/award-history';
import type { Campaign } from '../domain/campaign';
import type { Decision } from '../domain/decision';
import { NotFoundError, StateError } from '../domain/errors';
import { newId } from '../lib/ids';
import { db, type BinhXetDatabase } from './database';
import { fromZodError } from './errors';
import { appendAudit, writeTransaction } from './repository';
import { addToLedgerPages, ledgerCorrections } from './ledger-pages-repo';

const LABEL = 'sổ thi đua, khen thưởng';

function stored(fields: AwardEntryInput, id: string, at: string): AwardEntry {
  const parsed = awardEntrySchema.safeParse({ ...fields, id, createdAt: at, updatedAt: at, rev: 1 });
  if (!parsed.success) throw fromZodError(LABEL, parsed.error);
  return parsed.data;
}

/** The tables writeDecisionAwards reads and writes; a caller's transaction must include them. */
export const DECISION_AWARD_TABLES = ['awards', 'ledgerPages', 'nominations', 'participants', 'people', 'units'] as const;

/**
 * Writes one entry per awardee of the campaign's decision, inside the caller's transaction (the
 * move to "decided"). Idempotent: an awardee whose entry is there already is skipped, and the
 * entry's id is derived from the decision and nomination, so two PCs write the same entry.
 */
export async function writeDecisionAwards(database: BinhXetDatabase, campaign: Campaign, decision: Decision): Promise<AwardEntry[]> {
  if (!decision.documentNumber.trim() || !decision.date) {
    throw new StateError('Quyết định khen thưởng chưa ghi đủ số và ngày ký nên chưa ghi được vào sổ thi đua, khen thưởng. Hãy ghi số và ngày ký ở trang Văn bản.', {
      to: `/campaigns/${campaign.id}/documents`,
      label: 'Mở trang Văn bản',
    });
  }
  const at = new Date().toISOString();
  const written: AwardEntry[] = [];
  for (const awardee of decision.awardees) {
    const id = decisionEntryId(decision.id, awardee.nominationId);
    if (await database.awards.get(id)) continue;
    const nomination = await database.nominations.get(awardee.nominationId);
    const participant = nomination && (await database.participants.get(nomination.participantId));
    const reward = campaign.rewards.find((r) => r.id === awardee.rewardId);
    if (!nomination || !participant || !reward) continue; // the decision's own check refuses such a list; nothing to name here
    const person = participant.personId ? await database.people.get(participant.personId) : undefined;
    const unitId = participant.category === 'collective' ? participant.unitId : (person?.unitId ?? participant.unitId);
    const unit = unitId ? await database.units.get(unitId) : undefined;
    const entry = stored(
      {
        category: participant.category,
        personId: participant.category === 'individual' ? participant.personId : undefined,
        unitId,
        subjectName: participant.displayName,
        unitName: participant.category === 'individual' ? (unit?.name ?? '') : '',
        title: reward.form,
        year: campaign.year,
        decisionNumber: decision.documentNumber,
        decisionDate: decision.date,
        giver: `Chủ tịch ${campaign.issuingBody}`,
        amount: awardee.amount,
        campaignId: campaign.id,
        source: { kind: 'decision', decisionId: decision.id, nominationId: awardee.nominationId },
      },
      id,
      at,
    );
    await database.awards.add(entry);
    written.push(entry);
  }
  await addToLedgerPages(database, written);
  if (written.length > 0) {
    await appendAudit(database, {
      action: 'create',
      entity: 'awards',
      entityId: written[0]?.id ?? decision.id,
      campaignId: campaign.id,
      summary: `Ghi vào sổ thi đua, khen thưởng ${written.length} khen thưởng theo quyết định số ${decision.documentNumber}`,
    });
  }
  return written;
}

/** Records a correction (or an annulment) of `entryId` as a new entry; the old one stays as it was. */
export async function recordCorrection(entryId: string, input: CorrectionInput): Promise<AwardEntry> {
  return writeTransaction(['awards', 'ledgerPages'], async (database) => {
    const original = await database.awards.get(entryId);
    if (!original || original.deletedAt) throw new NotFoundError('khen thưởng trong sổ', entryId);
    const already = (await ledgerCorrections(database)).some((e) => e.corrects?.entryId === entryId);
    if (already) throw new StateError('Khen thưởng này đã được điều chỉnh. Hãy điều chỉnh bản ghi mới nhất (dòng “Hiện hành”).');
    const entry = stored(correctionFields(original, input), newId(), new Date().toISOString());
    await database.awards.add(entry);
    await addToLedgerPages(database, [entry]);
    await appendAudit(database, {
      action: 'create',
      entity: 'awards',
      entityId: entry.id,
      campaignId: entry.campaignId,
      summary: `${input.annul ? 'Huỷ' : 'Điều chỉnh'} khen thưởng “${original.title}” năm ${original.year} của ${original.subjectName}: ${entry.corrects?.reason ?? ''}`,
    });
    return entry;
  });
}

/** Adds the rows of a ledger of past years, all or nothing, with one audit entry. */
export async function importAwards(rows: readonly AwardEntryInput[], fileName: string): Promise<AwardEntry[]> {
  const batchId = newId();
  const at = new Date().toISOString();
  const entries = rows.map((fields, i) => stored({ ...fields, source: { kind: 'import', batchId, fileName, row: fields.source.kind === 'import' ? fields.source.row : i + 1 } }, newId(), at));
  return writeTransaction(['awards', 'ledgerPages'], async (database) => {
    await database.awards.bulkAdd(entries);
    await addToLedgerPages(database, entries);
    await appendAudit(database, {
      action: 'import',
      entity: 'awards',
      entityId: batchId,
      summary: `Nhập sổ thi đua, khen thưởng từ tệp “${fileName}” (${entries.length} dòng)`,
    });
    return entries;
  });
}

/** Every live entry of the ledger. */
export async function listAwards(): Promise<AwardEntry[]> {
  return (await db().awards.toArray()).filter((e) => !e.deletedAt);
}

/** The entries about a person (as an individual). */
export async function awardsOfPerson(personId: string): Promise<AwardEntry[]> {
  return (await db().awards.where('personId').equals(personId).toArray()).filter((e) => !e.deletedAt);
}

/** The entries about a unit (its own, as a collective). */
export async function awardsOfUnit(unitId: string): Promise<AwardEntry[]> {
  return (await db().awards.where('unitId').equals(unitId).toArray()).filter((e) => !e.deletedAt && e.category === 'collective');
}
