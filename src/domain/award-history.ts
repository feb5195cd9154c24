// The award history (sổ theo dõi thi đua, khen thưởng): one entry per award a person or unit
// received. Entries are never rewritten: a correction is a new entry that points at the one it
// corrects (and may annul it); the current view is resolved from the whole set (docs/award-history.md).
import { z } from 'zod';
import { idSchema, isoDateSchema, line, optionalLine, recordMeta } from './common';
import { categorySchema, type Category } from './rules';
import { foldForSearch } from '../lib/vi-text';

export const awardSourceSchema = z.discriminatedUnion('kind', [
  /** Written when the campaign's decision was recorded (council → decided). */
  z.object({ kind: z.literal('decision'), decisionId: idSchema, nominationId: idSchema }),
  /** A row of the office's ledger of past years, imported from a spreadsheet. */
  z.object({ kind: z.literal('import'), batchId: idSchema, fileName: optionalLine('Tên tệp', 255), row: z.number().int().min(1) }),
  /** Typed in by hand (a correction, or an award the app never saw). */
  z.object({ kind: z.literal('manual') }),
]);
export type AwardSource = z.infer<typeof awardSourceSchema>;

export const correctionSchema = z.object({
  entryId: idSchema,
  reason: line('Lý do điều chỉnh', 500),
  /** The corrected entry was wrong altogether (recorded by mistake, decision revoked). */
  annul: z.boolean().default(false),
});
export type Correction = z.infer<typeof correctionSchema>;

export const awardEntryFields = z
  .object({
    category: categorySchema,
    /** The person awarded (individual). */
    personId: idSchema.optional(),
    /** The unit awarded (collective), or the unit the person belonged to then (individual). */
    unitId: idSchema.optional(),
    /** The name as it was on the decision: names change, the ledger does not. */
    subjectName: line('Tên tập thể, cá nhân', 200),
    /** For a person, the unit's name then; for a unit, empty. */
    unitName: optionalLine('Đơn vị', 200),
    /** The award or title as written on the decision ("Giấy khen của Chủ tịch Ủy ban nhân dân xã"). */
    title: line('Hình thức khen thưởng, danh hiệu', 300),
    year: z.number({ message: 'Năm phải là số' }).int('Năm phải là số nguyên').min(1945, 'Năm không hợp lệ').max(2200, 'Năm không hợp lệ'),
    decisionNumber: optionalLine('Số quyết định', 60),
    decisionDate: isoDateSchema.optional(),
    /** Who gave it ("Chủ tịch Ủy ban nhân dân xã Văn Giáo"). */
    giver: optionalLine('Cấp khen', 200),
    amount: z.number({ message: 'Số tiền phải là số' }).int('Số tiền phải là số nguyên (đồng)').min(0, 'Số tiền không được âm').default(0),
    /** The campaign whose decision wrote the entry (an index: the campaign's awards are looked up by it). */
    campaignId: idSchema.optional(),
    source: awardSourceSchema,
    corrects: correctionSchema.optional(),
  });
const SUBJECT_MESSAGE = 'Mỗi dòng của sổ phải gắn với một cá nhân hoặc tập thể trong danh sách';
export const awardEntrySchema = awardEntryFields
  .extend(recordMeta)
  .refine((e) => (e.category === 'individual' ? !!e.personId : !!e.unitId), { message: SUBJECT_MESSAGE, path: ['personId'] });
export type AwardEntry = z.infer<typeof awardEntrySchema>;
export type AwardEntryInput = z.input<typeof awardEntryFields>;

export type EntryState = 'current' | 'corrected' | 'annulled' | 'annulment';

export const ENTRY_STATE_LABELS: Record<EntryState, string> = {
  current: 'Hiện hành',
  corrected: 'Đã điều chỉnh',
  annulled: 'Đã huỷ',
  annulment: 'Bản ghi huỷ',
};

export interface ResolvedEntry {
  entry: AwardEntry;
  state: EntryState;
  /** The entry that replaces this one (for corrected and annulled entries). */
  supersededBy?: string;
}

/** A later correction wins over an earlier one of the same entry (two PCs, merged); ties by id. */
function later(a: AwardEntry, b: AwardEntry): number {
  const by = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return by(a.createdAt, b.createdAt) || by(a.id, b.id);
}

/**
 * The ledger as it reads now: every live entry with its state. An entry with a correction is
 * `corrected` (or `annulled`) and names its latest correction. Should two PCs both correct the
 * same entry (merged later), one entry per chain still stands: the later of the last links, the
 * other shown as corrected by it. Independent of input order.
 */
export function resolveHistory(entries: readonly AwardEntry[]): ResolvedEntry[] {
  const live = [...entries.filter((e) => !e.deletedAt)].sort(later);
  const byId = new Map(live.map((e) => [e.id, e]));
  const target = (e: AwardEntry) => (e.corrects && e.corrects.entryId !== e.id ? byId.get(e.corrects.entryId) : undefined);
  const latestCorrection = new Map<string, AwardEntry>();
  for (const e of live) {
    const t = target(e);
    if (t) latestCorrection.set(t.id, e); // `live` is sorted: the last one set is the latest
  }
  const rootOf = (e: AwardEntry): string => {
    const seen = new Set<string>();
    let at = e;
    for (let t = target(at); t && !seen.has(t.id); t = target(at)) {
      seen.add(at.id);
      at = t;
    }
    return at.id;
  };
  const winner = new Map<string, AwardEntry>();
  for (const e of live) if (!latestCorrection.has(e.id)) winner.set(rootOf(e), e);
  return live.map((entry) => {
    const direct = latestCorrection.get(entry.id);
    if (direct) return { entry, state: direct.corrects?.annul ? ('annulled' as const) : ('corrected' as const), supersededBy: direct.id };
    const win = winner.get(rootOf(entry));
    if (win && win.id !== entry.id) return { entry, state: 'corrected' as const, supersededBy: win.id };
    return { entry, state: entry.corrects?.annul ? ('annulment' as const) : ('current' as const) };
  });
}

/** The awards that stand (neither corrected, annulled, nor an annulment). */
export function standingAwards(entries: readonly AwardEntry[]): AwardEntry[] {
  return resolveHistory(entries)
    .filter((r) => r.state === 'current')
    .map((r) => r.entry);
}

export type AwardSubject = { kind: 'person'; personId: string } | { kind: 'unit'; unitId: string };

export function isOfSubject(entry: AwardEntry, subject: AwardSubject): boolean {
  return subject.kind === 'person' ? entry.category === 'individual' && entry.personId === subject.personId : entry.category === 'collective' && entry.unitId === subject.unitId;
}

/** The subject's standing awards, oldest year first. */
export function priorAwards(entries: readonly AwardEntry[], subject: AwardSubject, options: { beforeYear?: number } = {}): AwardEntry[] {
  return standingAwards(entries)
    .filter((e) => isOfSubject(e, subject) && (options.beforeYear === undefined || e.year < options.beforeYear))
    .sort((a, b) => a.year - b.year || (a.decisionDate ?? '').localeCompare(b.decisionDate ?? ''));
}

/** Whether an entry's title is the title a rule asks for: accents, case and a leading "Danh hiệu" aside. */
export function isTitle(entryTitle: string, title: string): boolean {
  const strip = (s: string) => foldForSearch(s).replace(/^danh hieu /, '');
  return strip(entryTitle) === strip(title);
}

/**
 * How many years in a row, ending at `upToYear` inclusive, the subject holds `title` (0 when
 * not in `upToYear`). "2 consecutive years of Lao động tiên tiến up to 2025" means 2024 and 2025.
 */
export function consecutiveYears(entries: readonly AwardEntry[], subject: AwardSubject, title: string, upToYear: number): number {
  const years = new Set(priorAwards(entries, subject).filter((e) => isTitle(e.title, title)).map((e) => e.year));
  let count = 0;
  while (years.has(upToYear - count)) count++;
  return count;
}

export interface ConsecutiveCheck {
  ok: boolean;
  years: number;
  /** The check in words, for the proposal's explanation. */
  explanation: string;
}

/** "N consecutive years of title X up to year Y", checked and explained in Vietnamese. */
export function checkConsecutive(entries: readonly AwardEntry[], subject: AwardSubject, title: string, required: number, upToYear: number): ConsecutiveCheck {
  const years = consecutiveYears(entries, subject, title, upToYear);
  const from = upToYear - required + 1;
  const ok = years >= required;
  const held = years === 0 ? `không đạt “${title}” năm ${upToYear}` : `đạt “${title}” ${years} năm liên tục (${upToYear - years + 1}–${upToYear})`;
  const explanation = ok
    ? `Đạt: ${held}, đủ ${required} năm liên tục từ ${from} đến ${upToYear} theo sổ thi đua, khen thưởng.`
    : `Chưa đạt: cần ${required} năm liên tục “${title}” từ ${from} đến ${upToYear}; theo sổ thi đua, khen thưởng ${held}.`;
  return { ok, years, explanation };
}

export const CATEGORY_OF_SUBJECT: Record<AwardSubject['kind'], Category> = { person: 'individual', unit: 'collective' };

/** What a correction changes: the corrected values, or the whole entry annulled. */
export interface CorrectionInput {
  reason: string;
  annul: boolean;
  values?: Partial<Pick<AwardEntryInput, 'title' | 'year' | 'decisionNumber' | 'decisionDate' | 'giver' | 'amount' | 'subjectName' | 'unitName'>>;
}

/** The fields of the new entry that corrects `original` (its values carried over unless changed). */
export function correctionFields(original: AwardEntry, input: CorrectionInput): AwardEntryInput {
  const { id: _i, createdAt: _c, updatedAt: _u, rev: _r, deletedAt: _d, corrects: _k, source: _s, ...values } = original;
  return {
    ...values,
    ...(input.annul ? {} : input.values),
    source: { kind: 'manual' },
    corrects: { entryId: original.id, reason: input.reason, annul: input.annul },
  };
}

/**
 * A stable id for the entry a decision writes for one nomination: two PCs that record the same
 * decision (and later merge their backups) write the same entry, not two.
 */
export function decisionEntryId(decisionId: string, nominationId: string): string {
  const text = `award:${decisionId}:${nominationId}`;
  const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
      h ^= h >>> 13;
      h = Math.imul(h, 0x5bd1e995) >>> 0;
    }
    return (h ^ (h >>> 15)) >>> 0;
  });
  const hex = words.map((w) => w.toString(16).padStart(8, '0')).join('');
  // Shaped as a UUIDv4 so it passes the id schema (version 4, variant 10).
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
