// Writes for the year's record: evidence entries with their files (metadata + bytes in ONE
// transaction, so nothing is half-written), the officer's appraisals (one per participant and
// criterion, audited), complaints, and the campaign's gate values with their proof.
import { appraisalSchema, attachmentSchema, complaintSchema, evidenceSchema, APPRAISAL_LABELS, type Appraisal, type AppraisalResult, type Attachment, type Complaint, type Evidence } from '../domain/evidence';
import { attachmentProblem, AttachmentError, normalisedType } from '../domain/attachment-rules';
import { campaignSchema, gateSchema, type Gate } from '../domain/campaign';
import { NotFoundError, StaleWriteError, StateError } from '../domain/errors';
import { permissions } from '../domain/campaign-lifecycle';
import { SETTINGS_ID } from '../domain/settings';
import { newId } from '../lib/ids';
import { db, type BinhXetDatabase } from './database';
import { fromZodError } from './errors';
import { appendAudit, defineRepository, writeTransaction } from './repository';
import { requireStage } from './stage-guard';
import { noteSummaryChanges, SUMMARY_TABLES } from './participant-summaries-repo';

export const evidenceRepo = defineRepository<Evidence>({
  table: 'evidence',
  label: 'minh chứng',
  schema: evidenceSchema,
  campaignOf: (e) => e.campaignId,
  describe: (e) => `minh chứng “${e.description.slice(0, 60)}”`,
  guard: { tables: ['campaigns'], check: async (database, e) => void (await requireStage(database, e.campaignId, 'save-evidence')) },
});

export const complaintsRepo = defineRepository<Complaint>({
  table: 'complaints',
  label: 'phản ánh',
  schema: complaintSchema,
  campaignOf: (c) => c.campaignId,
  describe: (c) => `phản ánh ngày ${c.date}${c.substantiated ? ' (đã xác minh có căn cứ)' : ''}`,
});

const nowIso = () => new Date().toISOString();

/** The live appraisal of one participant for one criterion, if any. */
async function currentAppraisal(database: BinhXetDatabase, participantId: string, criterionId: string): Promise<Appraisal | undefined> {
  const all = await database.appraisals.where('[participantId+criterionId]').equals([participantId, criterionId]).toArray();
  return all.find((a) => !a.deletedAt);
}

export interface AppraisalInput {
  campaignId: string;
  participantId: string;
  criterionId: string;
  result: AppraisalResult;
  note: string;
}

/**
 * Records the officer's appraisal; `expectedRev` is the revision the officer saw (0 when there
 * was none), so two tabs never overwrite each other silently. Who and when are stamped here.
 */
export async function saveAppraisal(input: AppraisalInput, expectedRev: number): Promise<Appraisal> {
  return writeTransaction(['participants', ...SUMMARY_TABLES], async (database) => {
    const before = await currentAppraisal(database, input.participantId, input.criterionId);
    if ((before?.rev ?? 0) !== expectedRev) throw new StaleWriteError('đánh giá', before?.id ?? '', expectedRev, before?.rev ?? 0);
    const settings = await database.settings.get(SETTINGS_ID);
    const at = nowIso();
    const parsed = appraisalSchema.safeParse({
      ...input,
      appraisedBy: settings?.operatorName ?? '',
      appraisedAt: at,
      id: before?.id ?? newId(),
      createdAt: before?.createdAt ?? at,
      updatedAt: at,
      rev: (before?.rev ?? 0) + 1,
    });
    if (!parsed.success) throw fromZodError('đánh giá', parsed.error);
    const record = parsed.data;
    await database.appraisals.put(record);
    await noteSummaryChanges(database, 'appraisals', [{ before, after: record }]);
    const participant = await database.participants.get(input.participantId);
    const was = before ? ` (trước: ${APPRAISAL_LABELS[before.result]})` : '';
    await appendAudit(database, {
      action: before ? 'update' : 'create',
      entity: 'appraisals',
      entityId: record.id,
      campaignId: input.campaignId,
      summary: `Đánh giá “${participant?.displayName ?? ''}”: ${APPRAISAL_LABELS[record.result]}${was}`,
      fields: before ? ['result', 'note'].filter((k) => before[k as 'result'] !== record[k as 'result']) : [],
    });
    return record;
  });
}

/** SHA-256 of a file as hex, by the browser's own (asynchronous, off-thread) digest. */
export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Attaches one file to an evidence entry. Validated first (type, 0 byte, size); refused when
 * the same bytes are already attached to any evidence of this participant. Metadata, bytes and
 * the evidence's list change in one transaction: on any failure nothing is written.
 */
export async function addAttachment(evidenceId: string, file: File, sha256?: string): Promise<Attachment> {
  const problem = attachmentProblem(file);
  if (problem) throw new AttachmentError(problem);
  const hash = sha256 ?? (await sha256Hex(file));
  return writeTransaction(['attachments', 'blobs', 'campaigns', ...SUMMARY_TABLES], async (database) => {
    const evidence = await database.evidence.get(evidenceId);
    if (!evidence || evidence.deletedAt) throw new NotFoundError('minh chứng', evidenceId);
    await requireStage(database, evidence.campaignId, 'save-evidence');
    const same = (await database.attachments.where('sha256').equals(hash).toArray()).filter((a) => !a.deletedAt);
    for (const other of same) {
      const owner = await database.evidence.get(other.ownerId);
      if (owner && !owner.deletedAt && owner.participantId === evidence.participantId) {
        throw new AttachmentError(`Tệp “${file.name}” trùng nội dung với tệp “${other.name}” đã đính kèm cho đối tượng này, nên không thêm lại.`);
      }
    }
    const at = nowIso();
    const parsed = attachmentSchema.safeParse({
      campaignId: evidence.campaignId,
      ownerId: evidence.id,
      name: file.name.normalize('NFC'),
      type: normalisedType(file.name, file.type) ?? file.type,
      size: file.size,
      sha256: hash,
      id: newId(),
      createdAt: at,
      updatedAt: at,
      rev: 1,
    });
    if (!parsed.success) throw fromZodError('tệp đính kèm', parsed.error);
    const record = parsed.data;
    await database.attachments.add(record);
    await database.blobs.add({ id: record.id, blob: file });
    const after = { ...evidence, attachmentIds: [...evidence.attachmentIds, record.id], updatedAt: at, rev: evidence.rev + 1 };
    await database.evidence.put(after);
    await noteSummaryChanges(database, 'evidence', [{ before: evidence, after }]);
    await appendAudit(database, { action: 'create', entity: 'attachments', entityId: record.id, campaignId: evidence.campaignId, summary: `Đính kèm tệp “${record.name}”` });
    return record;
  });
}

async function dropAttachment(database: BinhXetDatabase, attachment: Attachment, at: string): Promise<void> {
  await database.attachments.put({ ...attachment, deletedAt: at, updatedAt: at, rev: attachment.rev + 1 });
  // The bytes go: a tombstone needs only the metadata, and the browser's space is limited.
  await database.blobs.delete(attachment.id);
}

export async function removeAttachment(attachmentId: string): Promise<void> {
  await writeTransaction(['attachments', 'blobs', ...SUMMARY_TABLES], async (database) => {
    const attachment = await database.attachments.get(attachmentId);
    if (!attachment || attachment.deletedAt) throw new NotFoundError('tệp đính kèm', attachmentId);
    const at = nowIso();
    await dropAttachment(database, attachment, at);
    const evidence = await database.evidence.get(attachment.ownerId);
    if (evidence && !evidence.deletedAt) {
      const after = { ...evidence, attachmentIds: evidence.attachmentIds.filter((id) => id !== attachmentId), updatedAt: at, rev: evidence.rev + 1 };
      await database.evidence.put(after);
      await noteSummaryChanges(database, 'evidence', [{ before: evidence, after }]);
    }
    await appendAudit(database, { action: 'delete', entity: 'attachments', entityId: attachmentId, campaignId: attachment.campaignId, summary: `Xoá tệp “${attachment.name}”` });
  });
}

/** Deletes an evidence entry and its files together. */
export async function removeEvidence(evidenceId: string, expectedRev: number): Promise<void> {
  await writeTransaction(['attachments', 'blobs', ...SUMMARY_TABLES], async (database) => {
    const evidence = await database.evidence.get(evidenceId);
    if (!evidence || evidence.deletedAt) throw new NotFoundError('minh chứng', evidenceId);
    if (evidence.rev !== expectedRev) throw new StaleWriteError('minh chứng', evidenceId, expectedRev, evidence.rev);
    const at = nowIso();
    for (const attachment of await database.attachments.where('ownerId').equals(evidenceId).toArray()) {
      if (!attachment.deletedAt) await dropAttachment(database, attachment, at);
    }
    const after = { ...evidence, deletedAt: at, updatedAt: at, rev: evidence.rev + 1 };
    await database.evidence.put(after);
    await noteSummaryChanges(database, 'evidence', [{ before: evidence, after }]);
    await appendAudit(database, { action: 'delete', entity: 'evidence', entityId: evidenceId, campaignId: evidence.campaignId, summary: 'Xoá minh chứng và các tệp đính kèm' });
  });
}

export async function loadAttachmentBlob(attachmentId: string): Promise<Blob | undefined> {
  return (await db().blobs.get(attachmentId))?.blob;
}

/** Records a gate's value and proof inside the campaign (at the revision the officer saw). */
export async function saveGate(campaignId: string, expectedRev: number, gate: Gate): Promise<void> {
  await writeTransaction(['campaigns'], async (database) => {
    const before = await database.campaigns.get(campaignId);
    if (!before || before.deletedAt) throw new NotFoundError('phong trào', campaignId);
    if (before.rev !== expectedRev) throw new StaleWriteError('phong trào', campaignId, expectedRev, before.rev);
    if (!permissions(before.status).recordGates) throw new StateError('Phong trào đã kết thúc nên không ghi nhận kết quả điều kiện được nữa.');
    const parsedGate = gateSchema.safeParse(gate);
    if (!parsedGate.success) throw fromZodError('điều kiện', parsedGate.error);
    const index = before.gates.findIndex((g) => g.id === gate.id);
    if (index < 0) throw new NotFoundError('điều kiện', gate.id);
    const gates = before.gates.map((g, i) => (i === index ? parsedGate.data : g));
    const parsed = campaignSchema.safeParse({ ...before, gates, updatedAt: nowIso(), rev: before.rev + 1 });
    if (!parsed.success) throw fromZodError('phong trào', parsed.error);
    await database.campaigns.put(parsed.data);
    const value = gate.value === undefined ? 'chưa rõ' : gate.value === true ? 'đạt' : gate.value === false ? 'không đạt' : `hạng ${gate.value}`;
    await appendAudit(database, { action: 'update', entity: 'campaigns', entityId: campaignId, campaignId, summary: `Ghi nhận điều kiện ${index + 1}: ${value}`, fields: ['gates'] });
  });
}
