// Test data for backups: one of every kind of record, valid against the domain schemas,
// with an attachment's bytes, and a helper that seals a hand-made file with a correct digest.
import { backupDigest, COLLECTION_SCHEMAS, COLLECTIONS, emptyBackupData, sha256Hex, type AttachmentEntryMeta, type BackupData, type BackupRecord } from '../domain/backup-format';
import { DEFAULT_SETTINGS, SETTINGS_ID } from '../domain/settings';
import { DEFAULT_MONEY_RULES, DEFAULT_VOTING_RULES } from '../domain/rules';
import { bytesToBase64 } from '../lib/base64';
import { newId, randomId } from '../lib/ids';
import type { BinhXetDatabase } from './database';

const T = '2025-01-10T08:00:00.000Z';
const meta = (id = newId(), at = T) => ({ id, createdAt: at, updatedAt: at, rev: 1 });

export function minimalCampaign(id = newId(), shortName = 'Thi đua CCHC 2024') {
  return {
    ...meta(id),
    documentNumber: '99/KH-UBND',
    issuingBody: 'Ủy ban nhân dân xã Văn Giáo',
    higherBody: '',
    place: 'Văn Giáo',
    issueDate: '2024-04-26',
    documentType: 'KẾ HOẠCH',
    title: 'Phát động phong trào thi đua cải cách hành chính năm 2024',
    shortName,
    year: 2024,
    intro: '',
    basis: [],
    purposes: { id: newId(), heading: 'Mục đích', items: ['Đẩy mạnh cải cách hành chính'] },
    requirements: { id: newId(), heading: 'Yêu cầu', items: ['Thiết thực'] },
    scope: { unitKinds: ['co-quan'], personKinds: ['can-bo'], text: ['Cán bộ, công chức xã'] },
    criteria: [{ id: newId(), shortName: 'Chấp hành', text: 'Chấp hành tốt chủ trương', appliesTo: 'both', kind: 'required' }],
    gates: [],
    rewards: [],
    rewardText: '',
    procedure: [],
    timeline: { launchText: '', reviewMonth: '', reviewText: '' },
    funding: { level: '', source: '' },
    duties: [],
    closing: '',
    recipients: ['Lưu: VT'],
    signature: { prefix: 'KT.', position: 'PHÓ CHỦ TỊCH', signerName: 'Nguyễn Văn A' },
    votingRules: DEFAULT_VOTING_RULES,
    moneyRules: DEFAULT_MONEY_RULES,
    status: 'draft',
  };
}

export interface Dataset {
  data: BackupData;
  bytes: Map<string, Uint8Array<ArrayBuffer>>;
  ids: { campaign: string; participant: string; unit: string; person: string; evidence: string; attachment: string };
}

/** One record of every kind, linked as in real use. */
export async function fullDataset(): Promise<Dataset> {
  const data = emptyBackupData();
  const unit = newId();
  const person = newId();
  const campaign = minimalCampaign();
  const criterion = campaign.criteria[0]?.id ?? '';
  const participant = newId();
  const evidence = newId();
  const attachment = newId();
  const session = newId();
  const round = newId();
  const nomination = newId();
  const member = newId();
  const bytes = new TextEncoder().encode('%PDF-1.4 biên bản họp — minh chứng');
  data.settings = [{ ...DEFAULT_SETTINGS, ...meta(SETTINGS_ID), placeName: 'Văn Giáo', organisationName: 'Ủy ban nhân dân xã Văn Giáo' }];
  data.units = [{ ...meta(unit), name: 'Văn phòng - Thống kê', kind: 'bo-phan', note: '', archived: false }];
  data.people = [{ ...meta(person), fullName: 'Trần Thị Bình', gender: 'nu', position: 'Công chức', kind: 'cong-chuc', unitId: unit, active: true }];
  data.campaigns = [campaign];
  data.participants = [{ ...meta(participant), campaignId: campaign.id, category: 'individual', personId: person, displayName: 'Trần Thị Bình' }];
  data.evidence = [
    { ...meta(evidence), campaignId: campaign.id, participantId: participant, criterionId: criterion, description: 'Hoàn thành đúng hạn', documentNumber: '', attachmentIds: [attachment], selfComment: '' },
  ];
  data.attachments = [{ ...meta(attachment), campaignId: campaign.id, ownerId: evidence, name: 'bien-ban.pdf', type: 'application/pdf', size: bytes.length, sha256: await sha256Hex(bytes) }];
  data.appraisals = [{ ...meta(), campaignId: campaign.id, participantId: participant, criterionId: criterion, result: 'dat', note: '', appraisedBy: '' }];
  data.complaints = [{ ...meta(), campaignId: campaign.id, participantId: participant, date: '2024-06-01', content: 'Phản ánh thử', source: '', substantiated: false, verificationNote: '' }];
  data.nominations = [
    {
      ...meta(nomination),
      campaignId: campaign.id,
      participantId: participant,
      rewardId: newId(),
      category: 'individual',
      rationale: '',
      overQuotaReason: '',
      eligibilityOverrideReason: '',
      status: 'proposed',
      withdrawnReason: '',
      dossier: { checklist: {}, report: { summary: '', sections: [] }, appraisalNote: '', achievement: '' },
    },
  ];
  data.councilMembers = [{ ...meta(member), campaignId: campaign.id, fullName: 'Lê Văn Chủ', position: 'Chủ tịch UBND', role: 'chu-tich', order: 0 }];
  data.sessions = [
    {
      ...meta(session), campaignId: campaign.id, date: '2025-01-15', startTime: '', endTime: '', place: 'Hội trường', agenda: [],
      attendance: { [member]: 'present' }, writtenOpinions: {}, recusals: {}, notes: '', projector: { slide: 'title' },
    },
  ];
  data.rounds = [
    {
      ...meta(round), campaignId: campaign.id, sessionId: session, number: 1, category: 'individual', candidateIds: [nomination], quota: 3,
      rules: DEFAULT_VOTING_RULES, status: 'prepared', mismatchAcceptedReason: '', correctionReason: '',
    },
  ];
  data.ballots = [{ id: randomId(), roundId: round, agree: [nomination] }];
  data.decisions = [{ ...meta(), campaignId: campaign.id, documentNumber: '', signature: { prefix: '', position: 'Chủ tịch', signerName: 'Lê Văn Chủ' }, awardees: [], status: 'draft' }];
  data.awards = [
    {
      ...meta(), category: 'individual', personId: person, unitId: unit, subjectName: 'Trần Thị Bình', unitName: 'Văn phòng - Thống kê',
      title: 'Giấy khen của Chủ tịch Ủy ban nhân dân xã', year: 2024, decisionNumber: '125/QĐ-UBND', decisionDate: '2025-01-20',
      giver: 'Chủ tịch Ủy ban nhân dân xã Văn Giáo', amount: 710_000, campaignId: campaign.id, source: { kind: 'decision', decisionId: newId(), nominationId: nomination },
    },
  ];
  data.audit = [{ id: newId(), at: T, actor: 'Cán bộ', action: 'create', entity: 'units', entityId: unit, summary: 'Thêm đơn vị', fields: [] }];
  // Stored as a repository would store it: through the schema, defaults filled in.
  for (const c of COLLECTIONS) data[c] = data[c].map((r) => COLLECTION_SCHEMAS[c].parse(r) as BackupRecord);
  return { data, bytes: new Map([[attachment, bytes]]), ids: { campaign: campaign.id, participant, unit, person, evidence, attachment } };
}

export async function writeDataset(database: BinhXetDatabase, dataset: Dataset): Promise<void> {
  for (const c of COLLECTIONS) await database.table(c).bulkPut(dataset.data[c]);
  for (const [id, bytes] of dataset.bytes) await database.blobs.put({ id, blob: new Blob([bytes]) });
}

/** Every table's rows (blobs as their bytes' hash), to compare a database before and after. */
export async function dumpDatabase(database: BinhXetDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of database.tables) {
    const rows = await table.toArray();
    out[table.name] =
      table.name === 'blobs' || table.name === 'snapshots'
        ? await Promise.all(rows.map(async (r: { id: string; blob?: Blob; file?: Blob }) => ({ id: r.id, sha: await sha256Hex(await (r.blob ?? r.file ?? new Blob()).arrayBuffer()) })))
        : rows;
  }
  return out;
}

/** A backup file made by hand (for bad-input tests), with a correct digest unless told otherwise. */
export async function sealFile(data: unknown, attachments: (AttachmentEntryMeta & { base64?: string })[] = [], patch: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const metas = attachments.map(({ base64: _b, ...m }) => m);
  return {
    format: 'binh-xet-backup',
    formatVersion: 1,
    exportedAt: T,
    app: { name: 'Bình Xét', version: '0.1.0' },
    scope: { kind: 'all' },
    data,
    attachments,
    integrity: { algorithm: 'SHA-256', digest: await backupDigest(data, metas) },
    ...patch,
  };
}

export function entryFor(id: string, name: string, bytes: Uint8Array, sha256: string): AttachmentEntryMeta & { base64: string } {
  return { id, name, type: 'application/pdf', size: bytes.length, sha256, base64: bytesToBase64(bytes) };
}
