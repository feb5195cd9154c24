import { beforeEach, describe, expect, it } from 'vitest';
import { campaignAt, freshDatabase, moveCampaignTo } from './test-db';
import type { BinhXetDatabase } from './database';
import { campaignsRepo, participantsRepo } from './campaign-repo';
import { saveSettings } from './settings-repo';
import { addAttachment, evidenceRepo, loadAttachmentBlob, removeAttachment, removeEvidence, saveAppraisal, saveGate, sha256Hex } from './evidence-repo';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { ATTACHMENT_MAX_BYTES } from '../domain/evidence';
import { AttachmentError } from '../domain/attachment-rules';
import { StaleWriteError, StateError } from '../domain/errors';
import { evaluateGates } from '../domain/gates';
import { newId } from '../lib/ids';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});

async function setup() {
  await saveSettings({ ...DEFAULT_SETTINGS, operatorName: 'Trần Thị Thu Hà', placeName: 'Văn Giáo' }, 0);
  const campaign = await campaignAt('launched');
  const an = await participantsRepo.create({ campaignId: campaign.id, category: 'individual', personId: newId(), displayName: 'Nguyễn Văn An' });
  const binh = await participantsRepo.create({ campaignId: campaign.id, category: 'individual', personId: newId(), displayName: 'Lê Thị Bình' });
  const criterionId = campaign.criteria[1]?.id ?? '';
  const evidence = (participantId: string) =>
    evidenceRepo.create({ campaignId: campaign.id, participantId, criterionId, description: 'Hoàn thành 12/12 nhiệm vụ', attachmentIds: [] });
  return { campaign, an, binh, criterionId, evidence };
}

const pdf = (name: string, text = 'nội dung') => new File([`%PDF-1.4 ${text}`], name, { type: 'application/pdf' });
const counts = async () => ({ attachments: await database.attachments.count(), blobs: await database.blobs.count() });

describe('attachments', () => {
  it('stores metadata with SHA-256 and the bytes, and lists it on the evidence', async () => {
    const { an, evidence } = await setup();
    const e = await evidence(an.id);
    const file = pdf('Báo cáo.pdf');
    const a = await addAttachment(e.id, file);
    expect(a).toMatchObject({ name: 'Báo cáo.pdf', type: 'application/pdf', size: file.size, sha256: await sha256Hex(file), ownerId: e.id });
    expect((await database.evidence.get(e.id))?.attachmentIds).toEqual([a.id]);
    expect(await (await loadAttachmentBlob(a.id))?.text()).toBe('%PDF-1.4 nội dung');
    expect((await database.audit.where('entityId').equals(a.id).toArray())[0]?.summary).toContain('Báo cáo.pdf');
  });

  it('accepts a .docx that Windows reports without a type, and refuses other types, empty and oversized files', async () => {
    const { an, evidence } = await setup();
    const e = await evidence(an.id);
    const docx = await addAttachment(e.id, new File(['PK...'], 'Tờ trình.docx', { type: '' }));
    expect(docx.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    await expect(addAttachment(e.id, new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }))).rejects.toThrow(/không đúng loại/);
    await expect(addAttachment(e.id, new File([], 'rong.pdf', { type: 'application/pdf' }))).rejects.toThrow(/rỗng \(0 byte\)/);
    const big = { name: 'to.pdf', type: 'application/pdf', size: ATTACHMENT_MAX_BYTES + 1, arrayBuffer: () => Promise.resolve(new ArrayBuffer(1)) } as unknown as File;
    await expect(addAttachment(e.id, big)).rejects.toThrow(/vượt giới hạn 25 MB/);
    expect(await counts()).toEqual({ attachments: 1, blobs: 1 });
  });

  it('refuses the same bytes twice for one participant, even on another evidence, but not for another participant', async () => {
    const { an, binh, evidence } = await setup();
    const e1 = await evidence(an.id);
    const e2 = await evidence(an.id);
    await addAttachment(e1.id, pdf('a.pdf'));
    const error = await addAttachment(e2.id, pdf('copy of a.pdf')).catch((x: unknown) => x);
    expect(error).toBeInstanceOf(AttachmentError);
    expect(String(error)).toMatch(/trùng nội dung với tệp “a.pdf”/);
    expect((await database.evidence.get(e2.id))?.attachmentIds).toEqual([]);
    const e3 = await evidence(binh.id);
    await addAttachment(e3.id, pdf('a.pdf'));
    expect(await counts()).toEqual({ attachments: 2, blobs: 2 });
  });

  it('writes nothing when the blob cannot be stored (one transaction)', async () => {
    const { an, evidence } = await setup();
    const e = await evidence(an.id);
    const original = database.blobs.add.bind(database.blobs);
    database.blobs.add = (() => Promise.reject(Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' }))) as unknown as typeof original;
    await expect(addAttachment(e.id, pdf('a.pdf'))).rejects.toThrow(/Bộ nhớ của trình duyệt đã đầy/);
    database.blobs.add = original;
    expect(await counts()).toEqual({ attachments: 0, blobs: 0 });
    expect((await database.evidence.get(e.id))?.rev).toBe(e.rev);
    expect(await database.audit.where('entity').equals('attachments').count()).toBe(0);
  });

  it('removing a file or its evidence drops the bytes and keeps a tombstone; the same file can then come back', async () => {
    const { an, evidence } = await setup();
    const e = await evidence(an.id);
    const a = await addAttachment(e.id, pdf('a.pdf'));
    await removeAttachment(a.id);
    expect((await database.attachments.get(a.id))?.deletedAt).toBeDefined();
    expect(await database.blobs.get(a.id)).toBeUndefined();
    expect((await database.evidence.get(e.id))?.attachmentIds).toEqual([]);
    const b = await addAttachment(e.id, pdf('a.pdf'));
    const fresh = await database.evidence.get(e.id);
    await removeEvidence(e.id, fresh?.rev ?? 0);
    expect((await database.evidence.get(e.id))?.deletedAt).toBeDefined();
    expect(await database.blobs.get(b.id)).toBeUndefined();
  });
});

describe('appraisals', () => {
  it('keeps one appraisal per participant and criterion, stamps who and when, and audits each change', async () => {
    const { campaign, an, criterionId } = await setup();
    const input = { campaignId: campaign.id, participantId: an.id, criterionId, result: 'chua-dat' as const, note: 'Thiếu báo cáo' };
    const first = await saveAppraisal(input, 0);
    expect(first).toMatchObject({ rev: 1, appraisedBy: 'Trần Thị Thu Hà' });
    expect(first.appraisedAt).toBeDefined();
    const second = await saveAppraisal({ ...input, result: 'dat', note: '' }, 1);
    expect(second).toMatchObject({ id: first.id, rev: 2, result: 'dat' });
    expect(await database.appraisals.count()).toBe(1);
    await expect(saveAppraisal({ ...input, result: 'khong-dat' }, 1)).rejects.toBeInstanceOf(StaleWriteError);
    const audit = await database.audit.where('entity').equals('appraisals').toArray();
    expect(audit.map((a) => a.summary)).toEqual(['Đánh giá “Nguyễn Văn An”: Chưa đạt', 'Đánh giá “Nguyễn Văn An”: Đạt (trước: Chưa đạt)']);
  });
});

describe('gates', () => {
  it('records a gate value with its proof and re-evaluates', async () => {
    const { campaign } = await setup();
    const [giayKhen, rank] = campaign.gates;
    if (!giayKhen || !rank) throw new Error('plan 99 has two gates');
    await saveGate(campaign.id, campaign.rev, { ...rank, value: 5, score: 80.2, proof: { documentNumber: '45/TB-PNV', documentDate: '2025-01-08', issuer: 'Phòng Nội vụ', note: '' } });
    const stored = await database.campaigns.get(campaign.id);
    expect(stored?.gates[1]).toMatchObject({ value: 5, score: 80.2, proof: { documentNumber: '45/TB-PNV' } });
    expect(evaluateGates(stored?.gates ?? []).status).toBe('fail');
    await expect(saveGate(campaign.id, campaign.rev, { ...giayKhen, value: true })).rejects.toBeInstanceOf(StaleWriteError);
    await expect(campaignsRepo.update(campaign.id, stored?.rev ?? 0, { status: 'closed' })).rejects.toThrow(/chỉ đổi bằng các nút chuyển bước/);
    // A campaign closed the long way (decision and all) is simulated by writing the stage directly.
    if (stored) await database.campaigns.put({ ...stored, status: 'closed' });
    await expect(saveGate(campaign.id, stored?.rev ?? 0, { ...giayKhen, value: true })).rejects.toThrow(/đã kết thúc/);
  });
});

describe('the stage for evidence', () => {
  it('is "Đã phát động" or "Đang đánh giá": before and after, saving and attaching are refused with a link to the overview', async () => {
    const { campaign, an, evidence } = await setup();
    const e = await evidence(an.id);
    await moveCampaignTo(campaign.id, 'evaluating');
    const edited = await evidenceRepo.update(e.id, e.rev, { description: 'Hoàn thành 13/13 nhiệm vụ' });
    await moveCampaignTo(campaign.id, 'council');
    const refused = await evidence(an.id).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StateError);
    expect((refused as StateError).message).toMatch(/^Phong trào đang ở bước “Hội đồng xét” nên không ghi minh chứng được nữa/);
    expect((refused as StateError).link).toEqual({ to: `/campaigns/${campaign.id}`, label: 'Mở Tổng quan phong trào' });
    await expect(evidenceRepo.update(e.id, edited.rev, { description: 'sửa sau khi Hội đồng họp' })).rejects.toThrow(/không ghi minh chứng được nữa/);
    await expect(addAttachment(e.id, pdf('muộn.pdf'))).rejects.toThrow(/không ghi minh chứng được nữa/);
    expect(await database.evidence.where('campaignId').equals(campaign.id).count()).toBe(1);
    expect((await database.evidence.get(e.id))?.description).toBe('Hoàn thành 13/13 nhiệm vụ');
    expect(await database.attachments.count()).toBe(0);
  });

  it('a draft takes no evidence yet: the refusal says to launch the campaign first', async () => {
    const draft = await campaignAt('draft');
    const p = await participantsRepo.create({ campaignId: draft.id, category: 'individual', personId: newId(), displayName: 'Nguyễn Văn An' });
    const attempt = evidenceRepo.create({ campaignId: draft.id, participantId: p.id, criterionId: draft.criteria[0]?.id ?? '', description: 'x', attachmentIds: [] });
    await expect(attempt).rejects.toThrow('Hãy mở Tổng quan phong trào và bấm “Phát động phong trào” trước.');
  });
});
