// Import step 2: turn the mapped rows of a staff sheet into a dry run: who is new, who is
// updated (and what changes), who is skipped and why, which units are created, which
// names were converted from a legacy encoding. Nothing is written here.
import { cleanLine, compareText, foldForSearch } from '../lib/vi-text';
import { formatDate, parseVietnameseDate } from '../lib/vi-date';
import { toUnicodeVietnamese, type LegacyEncoding } from '../lib/legacy-vietnamese';
import { GENDER_LABELS, PERSON_KIND_LABELS, type Gender, type Person, type PersonKind, type Unit, type UnitKind } from './register';
import { cellText, type Cell, type ColumnMapping, type ImportField, type SheetRows } from './register-import-columns';

export interface ImportDefaults {
  kind?: PersonKind | undefined;
  gender?: Gender | undefined;
}

export interface ImportedPerson {
  fullName: string;
  gender: Gender;
  dateOfBirth?: string | undefined;
  position: string;
  kind: PersonKind;
  unitName: string;
  active: boolean;
}

export interface Conversion {
  rowNumber: number;
  original: string;
  converted: string;
  from: LegacyEncoding;
}

export interface PersonUpdate {
  rowNumber: number;
  personId: string;
  expectedRev: number;
  name: string;
  changes: string[];
  patch: Partial<ImportedPerson>;
}

export interface DryRun {
  created: { rowNumber: number; person: ImportedPerson }[];
  updated: PersonUpdate[];
  unchanged: { rowNumber: number; name: string }[];
  skipped: { rowNumber: number; name: string; reason: string }[];
  warnings: { rowNumber: number; text: string }[];
  newUnits: { name: string; kind: UnitKind }[];
  conversions: Conversion[];
}

const MAX_ROWS = 20_000;
export const TOO_MANY_ROWS = `Tệp có hơn ${MAX_ROWS.toLocaleString('vi-VN')} dòng; hãy chia nhỏ tệp rồi nhập từng phần.`;

export function parseGender(text: string): Gender | undefined {
  const k = foldForSearch(text);
  if (k === 'nam' || k === 'm' || k === 'male') return 'nam';
  if (k === 'nu' || k === 'f' || k === 'female') return 'nu';
  return undefined;
}

export function parsePersonKind(text: string): PersonKind | undefined {
  const k = foldForSearch(text);
  if (!k) return undefined;
  if (/khong chuyen trach|nhdkct|hoat dong/.test(k)) return 'nhdkct';
  if (/cong chuc/.test(k)) return 'cong-chuc';
  if (/can bo/.test(k)) return 'can-bo';
  // The abbreviations the column hint lists, as offices write them: "CC", "CB", "NHĐKCT", "NHDKCT".
  const abbreviation = k.replace(/[^a-z]/g, '');
  if (abbreviation === 'cc') return 'cong-chuc';
  if (abbreviation === 'cb') return 'can-bo';
  if (abbreviation === 'nhdkct' || abbreviation === 'khongchuyentrach') return 'nhdkct';
  return undefined;
}

export function parseActive(text: string): boolean | undefined {
  const k = foldForSearch(text);
  if (!k) return undefined;
  if (/^(co|x|dang cong tac|con cong tac|true|1)$/.test(k)) return true;
  if (/^(khong|nghi|da nghi|nghi viec|false|0)$/.test(k)) return false;
  return undefined;
}

/** Guesses a unit's kind from its name ("Ấp Sóc Triết" → ấp). */
export function guessUnitKind(name: string): UnitKind {
  const k = foldForSearch(name);
  if (/^ap\b/.test(k)) return 'ap';
  if (/^bo phan|^van phong|^phong\b/.test(k)) return 'bo-phan';
  if (/^(doan|hoi|mat tran)\b/.test(k)) return 'doan-the';
  if (/uy ban|ubnd|dang uy|hdnd|hoi dong nhan dan|cong an|quan su/.test(k)) return 'co-quan';
  return 'khac';
}

/** Excel stores dates as serial numbers when a cell is not formatted as a date. */
function parseDate(cell: Cell): { iso?: string; problem?: string } {
  if (cell instanceof Date) return { iso: cellText(cell) };
  if (typeof cell === 'number' && cell > 1 && cell < 80_000) {
    if (cell >= 1900 && cell <= 2100 && Number.isInteger(cell)) return { problem: `chỉ có năm sinh ${cell}, bỏ qua ngày sinh` };
    return { iso: new Date(Date.UTC(1899, 11, 30) + Math.round(cell) * 86_400_000).toISOString().slice(0, 10) };
  }
  const text = cellText(cell);
  if (!text) return {};
  const iso = parseVietnameseDate(text);
  if (iso) return { iso };
  if (/^\d{4}$/.test(text)) return { problem: `chỉ có năm sinh ${text}, bỏ qua ngày sinh` };
  return { problem: `ngày sinh «${text}» không đọc được, bỏ qua ngày sinh` };
}

const fold = (s: string) => foldForSearch(s);

interface Context {
  peopleByNameDob: Map<string, Person[]>;
  peopleByNameUnit: Map<string, Person[]>;
  peopleByName: Map<string, Person[]>;
  unitByName: Map<string, Unit>;
  unitNameById: Map<string, string>;
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V) {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

function buildContext(people: readonly Person[], units: readonly Unit[]): Context {
  const ctx: Context = { peopleByNameDob: new Map(), peopleByNameUnit: new Map(), peopleByName: new Map(), unitByName: new Map(), unitNameById: new Map() };
  for (const u of units) {
    if (u.deletedAt) continue;
    ctx.unitByName.set(fold(u.name), u);
    ctx.unitNameById.set(u.id, u.name);
  }
  for (const p of people) {
    if (p.deletedAt) continue;
    const name = fold(p.fullName);
    if (p.dateOfBirth) push(ctx.peopleByNameDob, `${name}|${p.dateOfBirth}`, p);
    push(ctx.peopleByNameUnit, `${name}|${fold(p.unitId ? (ctx.unitNameById.get(p.unitId) ?? '') : '')}`, p);
    push(ctx.peopleByName, name, p);
  }
  return ctx;
}

export interface DryRunInput {
  rows: SheetRows;
  dataStart: number;
  mapping: ColumnMapping;
  defaults: ImportDefaults;
  existingPeople: readonly Person[];
  existingUnits: readonly Unit[];
}

export function dryRun(input: DryRunInput): DryRun {
  const result: DryRun = { created: [], updated: [], unchanged: [], skipped: [], warnings: [], newUnits: [], conversions: [] };
  const ctx = buildContext(input.existingPeople, input.existingUnits);
  const seen = new Map<string, number>();
  const newUnits = new Map<string, string>();
  const column = (f: ImportField) => input.mapping.indexOf(f);
  const has = (f: ImportField) => column(f) >= 0;

  input.rows.slice(input.dataStart, input.dataStart + MAX_ROWS).forEach((row, i) => {
    const rowNumber = input.dataStart + i + 1;
    const text = (f: ImportField): string => {
      const c = column(f);
      if (c < 0) return '';
      // Our own CSV export guards formulas with a leading apostrophe; take it off again.
      const raw = cellText(row[c]).replace(/^'(?=[=+\-@])/, '');
      const converted = toUnicodeVietnamese(raw);
      if (converted.from) result.conversions.push({ rowNumber, original: raw, converted: cleanLine(converted.text), from: converted.from });
      return cleanLine(converted.text);
    };
    if (row.every((c) => cellText(c) === '')) return;
    const fullName = text('fullName');
    const skip = (reason: string) => result.skipped.push({ rowNumber, name: fullName || '(không có tên)', reason });
    if (!fullName) return void skip('Thiếu họ và tên');
    if (/^[=+@]/.test(fullName)) return void skip('Ô họ tên chứa công thức Excel, không phải tên người');
    if (fullName.length > 120) return void skip('Họ và tên dài quá 120 ký tự');

    let dateOfBirth: string | undefined;
    let gender = parseGender(text('gender'));
    for (const [field, g] of [['dateOfBirth', undefined], ['dobMale', 'nam'], ['dobFemale', 'nu']] as const) {
      const c = column(field);
      if (c < 0 || cellText(row[c]) === '') continue;
      const parsed = parseDate(row[c]);
      if (parsed.problem) result.warnings.push({ rowNumber, text: `${fullName}: ${parsed.problem}` });
      dateOfBirth = parsed.iso ?? dateOfBirth;
      gender = g ?? gender;
    }
    const kindText = text('kind');
    const kind = parsePersonKind(kindText) ?? input.defaults.kind;
    gender ??= input.defaults.gender;
    if (!gender) return void skip('Không rõ giới tính (cần cột Giới tính ghi Nam hoặc Nữ)');
    if (!kind) return void skip(kindText ? `Không hiểu đối tượng «${kindText}»` : 'Không rõ đối tượng (cán bộ, công chức hay NHĐKCT)');

    const unitName = text('unit');
    const name = fold(fullName);
    const unitKey = fold(unitName);
    const dupByDob = dateOfBirth ? seen.get(`dob|${name}|${dateOfBirth}`) : undefined;
    const dupByUnit = seen.get(`unit|${name}|${unitKey}`);
    if (dupByDob !== undefined) return void skip(`Trùng với dòng ${dupByDob}: cùng họ tên và ngày sinh`);
    if (dupByUnit !== undefined) return void skip(`Trùng với dòng ${dupByUnit}: cùng họ tên trong cùng đơn vị`);
    if (dateOfBirth) seen.set(`dob|${name}|${dateOfBirth}`, rowNumber);
    seen.set(`unit|${name}|${unitKey}`, rowNumber);

    if (unitName && !ctx.unitByName.has(unitKey) && !newUnits.has(unitKey)) newUnits.set(unitKey, unitName);
    const active = parseActive(text('active')) ?? true;
    const person: ImportedPerson = { fullName, gender, dateOfBirth, position: text('position'), kind, unitName, active };

    const matches = dateOfBirth ? (ctx.peopleByNameDob.get(`${name}|${dateOfBirth}`) ?? ctx.peopleByNameUnit.get(`${name}|${unitKey}`)?.filter((p) => !p.dateOfBirth)) : ctx.peopleByNameUnit.get(`${name}|${unitKey}`);
    if (matches && matches.length > 1) return void skip(`Danh sách hiện có đã có ${matches.length} người cùng họ tên${dateOfBirth ? ' và ngày sinh' : ' trong cùng đơn vị'}; hãy sửa tay`);
    const match = matches?.[0];
    if (!match) {
      if (ctx.peopleByName.has(name)) result.warnings.push({ rowNumber, text: `Đã có người tên «${fullName}» nhưng khác ngày sinh hoặc đơn vị: sẽ thêm người mới, hãy kiểm tra lại` });
      result.created.push({ rowNumber, person });
      return;
    }
    const update = diffPerson(match, person, { has, unitName: match.unitId ? (ctx.unitNameById.get(match.unitId) ?? '') : '', kindFromColumn: !!parsePersonKind(kindText) });
    if (update.changes.length === 0) result.unchanged.push({ rowNumber, name: fullName });
    else result.updated.push({ rowNumber, personId: match.id, expectedRev: match.rev, name: fullName, ...update });
  });
  if (input.rows.length - input.dataStart > MAX_ROWS) result.warnings.push({ rowNumber: MAX_ROWS + input.dataStart, text: TOO_MANY_ROWS });
  result.newUnits = [...newUnits.values()].sort(compareText).map((name) => ({ name, kind: guessUnitKind(name) }));
  return result;
}

/** Only what the sheet says: an unmapped column or an empty cell never wipes stored data. */
function diffPerson(
  before: Person,
  after: ImportedPerson,
  opts: { has: (f: ImportField) => boolean; unitName: string; kindFromColumn: boolean },
): { changes: string[]; patch: Partial<ImportedPerson> } {
  const changes: string[] = [];
  const patch: Partial<ImportedPerson> = {};
  if (before.gender !== after.gender && (opts.has('gender') || opts.has('dobMale') || opts.has('dobFemale'))) {
    changes.push(`giới tính: ${GENDER_LABELS[before.gender]} → ${GENDER_LABELS[after.gender]}`);
    patch.gender = after.gender;
  }
  if (after.dateOfBirth && before.dateOfBirth !== after.dateOfBirth) {
    changes.push(`ngày sinh: ${formatDate(before.dateOfBirth) || 'chưa có'} → ${formatDate(after.dateOfBirth)}`);
    patch.dateOfBirth = after.dateOfBirth;
  }
  if (after.position && before.position !== after.position) {
    changes.push(`chức vụ: «${before.position}» → «${after.position}»`);
    patch.position = after.position;
  }
  if (opts.kindFromColumn && before.kind !== after.kind) {
    changes.push(`đối tượng: ${PERSON_KIND_LABELS[before.kind]} → ${PERSON_KIND_LABELS[after.kind]}`);
    patch.kind = after.kind;
  }
  if (after.unitName && fold(after.unitName) !== fold(opts.unitName)) {
    changes.push(`đơn vị: «${opts.unitName}» → «${after.unitName}»`);
    patch.unitName = after.unitName;
  }
  if (opts.has('active') && before.active !== after.active) {
    changes.push(after.active ? 'đang công tác' : 'thôi công tác');
    patch.active = after.active;
  }
  return { changes, patch };
}
