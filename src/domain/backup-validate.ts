// Checks a parsed backup before anything is written: every record against its domain
// schema, ids present and unique, references that lead somewhere, keys that could poison
// objects. Each problem is a Vietnamese sentence that says what is wrong and where.
import {
  BackupFormatError,
  COLLECTION_LABELS,
  COLLECTION_SCHEMAS,
  COLLECTIONS,
  type AttachmentEntryMeta,
  type BackupData,
  type BackupRecord,
  type Collection,
} from './backup-format';
import { ID_PATTERN } from '../lib/ids';
import { CHOOSE_AGAIN, collectionPart, damaged, fieldWords, memberPart } from './backup-wording';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DETAILS = 20;

/** A key that could change an object's prototype when copied, with the path where it is. */
export function findUnsafeKey(value: unknown, path: string): string | null {
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeKey(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  for (const k of Object.keys(value)) {
    if (UNSAFE_KEYS.has(k)) return `${path}.${k}`;
    const found = findUnsafeKey((value as Record<string, unknown>)[k], `${path}.${k}`);
    if (found) return found;
  }
  return null;
}

export function recordPlace(collection: Collection, index: number, id?: unknown): string {
  // Only a well-formed id is shown: a damaged one is whatever the damage left ("aA", a fragment of
  // another field), which would read as a word of the message rather than help find the record.
  const idText = typeof id === 'string' && ID_PATTERN.test(id) ? ` (mã ${id})` : '';
  return `${COLLECTION_LABELS[collection]} thứ ${index + 1}${idText}`;
}

/** Validates `data` (as parsed from the file) into domain records, or throws with every problem found. */
export function validateCollections(data: unknown): BackupData {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new BackupFormatError(damaged(memberPart('data'), 'phần này bị thiếu hoặc không đúng dạng'));
  }
  const known = new Set<string>(COLLECTIONS);
  const strange = Object.keys(data).filter((k) => !known.has(k));
  if (strange.length > 0) {
    throw new BackupFormatError(damaged(memberPart('data'), `có ${strange.length} loại dữ liệu mà Bình Xét không biết, tệp đã bị sửa hoặc do chương trình khác tạo ra`));
  }
  const problems: string[] = [];
  let firstPart = '';
  const add = (collection: Collection, problem: string) => {
    firstPart ||= collectionPart(collection);
    problems.push(problem);
  };
  const out = {} as BackupData;
  for (const collection of COLLECTIONS) {
    const raw = (data as Record<string, unknown>)[collection] ?? [];
    if (!Array.isArray(raw)) {
      add(collection, `${capitalise(collectionPart(collection))} không đúng dạng một danh sách.`);
      out[collection] = [];
      continue;
    }
    const seen = new Set<string>();
    const records: BackupRecord[] = [];
    raw.forEach((item: unknown, index) => {
      const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      const place = recordPlace(collection, index, id);
      if (id === undefined || id === null || id === '') {
        add(collection, `${place}: thiếu mã định danh.`);
        return;
      }
      const parsed = COLLECTION_SCHEMAS[collection].safeParse(item);
      if (!parsed.success) {
        add(collection, `${place}: ${fieldWords(parsed.error.issues[0]?.path[0])} bị thiếu hoặc sai.`);
        return;
      }
      const record = parsed.data as BackupRecord;
      if (seen.has(record.id)) add(collection, `${place}: trùng mã định danh với một bản ghi khác cùng loại.`);
      seen.add(record.id);
      records.push(record);
    });
    out[collection] = records;
  }
  if (problems.length > 0) throw tooMany(`Tệp sao lưu bị hỏng ở ${firstPart}`, problems);
  return out;
}

function tooMany(title: string, problems: string[]): BackupFormatError {
  const shown = problems.slice(0, MAX_DETAILS);
  if (problems.length > MAX_DETAILS) shown.push(`… và ${problems.length - MAX_DETAILS} lỗi khác.`);
  return new BackupFormatError(`${title}: ${problems[0] ?? ''} ${CHOOSE_AGAIN}`, shown);
}

/** For a full restore: references must be satisfied by the file alone. */
export const noDatabase = (): boolean => false;

type RefRule = [child: Collection, field: string, parent: Collection, many?: boolean];
/** Which field of which record must name a record of another collection. */
export const REFERENCES: readonly RefRule[] = [
  ['people', 'unitId', 'units'],
  ['participants', 'campaignId', 'campaigns'],
  ['participants', 'unitId', 'units'],
  ['participants', 'personId', 'people'],
  ['evidence', 'campaignId', 'campaigns'],
  ['evidence', 'participantId', 'participants'],
  ['evidence', 'attachmentIds', 'attachments', true],
  ['attachments', 'campaignId', 'campaigns'],
  ['appraisals', 'campaignId', 'campaigns'],
  ['appraisals', 'participantId', 'participants'],
  ['complaints', 'campaignId', 'campaigns'],
  ['complaints', 'participantId', 'participants'],
  ['nominations', 'campaignId', 'campaigns'],
  ['nominations', 'participantId', 'participants'],
  ['councilMembers', 'campaignId', 'campaigns'],
  ['councilMembers', 'personId', 'people'],
  ['sessions', 'campaignId', 'campaigns'],
  ['rounds', 'campaignId', 'campaigns'],
  ['rounds', 'sessionId', 'sessions'],
  ['ballots', 'roundId', 'rounds'],
  ['decisions', 'campaignId', 'campaigns'],
  ['awards', 'campaignId', 'campaigns'],
  ['awards', 'personId', 'people'],
  ['awards', 'unitId', 'units'],
];

/**
 * References must lead to a record in the file, or (for a partial file merged into this PC)
 * to one already here: `alsoExists` answers for the database.
 */
export function checkReferences(data: BackupData, alsoExists: (collection: Collection, id: string) => boolean = noDatabase): void {
  const ids = new Map<Collection, Set<string>>(COLLECTIONS.map((c) => [c, new Set(data[c].map((r) => r.id))]));
  const problems: string[] = [];
  let firstPart = '';
  for (const [child, field, parent, many] of REFERENCES) {
    data[child].forEach((record, index) => {
      const value = record[field];
      const targets = many ? ((value as string[] | undefined) ?? []) : value === undefined ? [] : [value as string];
      for (const target of targets) {
        if (ids.get(parent)?.has(target) || alsoExists(parent, target)) continue;
        firstPart ||= collectionPart(child);
        problems.push(
          `${recordPlace(child, index, record.id)}: nhắc tới ${COLLECTION_LABELS[parent].toLowerCase()} mã ${target}, nhưng bản ghi đó không có trong tệp${alsoExists === noDatabase ? '' : ' lẫn trên máy này'}.`,
        );
      }
    });
  }
  if (problems.length > 0) throw tooMany(`Tệp sao lưu thiếu dữ liệu ở ${firstPart}`, problems);
}

/** Attachment bytes must belong to an attachment record and agree with its size and hash. */
export function checkAttachmentEntries(data: BackupData, entries: readonly AttachmentEntryMeta[]): void {
  const records = new Map(data.attachments.map((a) => [a.id, a]));
  const seen = new Set<string>();
  const problems: string[] = [];
  entries.forEach((entry, index) => {
    const place = `Tệp đính kèm thứ ${index + 1} ("${entry.name}")`;
    const record = records.get(entry.id);
    if (seen.has(entry.id)) problems.push(`${place}: trùng mã với một tệp đính kèm khác.`);
    seen.add(entry.id);
    if (!record) problems.push(`${place}: không có thông tin của tệp này (mã ${entry.id}) trong phần dữ liệu.`);
    else if (record.sha256 !== entry.sha256 || record.size !== entry.size) {
      problems.push(`${place}: mã kiểm tra hoặc kích thước không khớp với thông tin của tệp trong phần dữ liệu.`);
    }
  });
  if (problems.length > 0) throw tooMany(`Tệp sao lưu bị hỏng ở ${memberPart('attachments')}`, problems);
}
