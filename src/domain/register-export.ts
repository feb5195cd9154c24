// The register as a table for Excel: one row per person, with the same column titles the
// import recognises, so an exported file imports back without changes.
import { formatDate } from '../lib/vi-date';
import { compareText, compareVietnameseNames } from '../lib/vi-text';
import { GENDER_LABELS, PERSON_KIND_LABELS, UNIT_KIND_LABELS, type Person, type Unit } from './register';

export const PEOPLE_EXPORT_TITLES = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Chức vụ', 'Đối tượng', 'Đơn vị', 'Đang công tác'];
export const UNITS_EXPORT_TITLES = ['STT', 'Tên đơn vị', 'Loại', 'Ghi chú', 'Lưu trữ'];

export function peopleExportRows(people: readonly Person[], units: readonly Unit[]): string[][] {
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const rows = people
    .filter((p) => !p.deletedAt)
    .sort((a, b) => compareVietnameseNames(a.fullName, b.fullName))
    .map((p, i) => [
      String(i + 1),
      p.fullName,
      GENDER_LABELS[p.gender],
      formatDate(p.dateOfBirth),
      p.position,
      PERSON_KIND_LABELS[p.kind],
      p.unitId ? (unitName.get(p.unitId) ?? '') : '',
      p.active ? 'Có' : 'Không',
    ]);
  return [PEOPLE_EXPORT_TITLES, ...rows];
}

export function unitsExportRows(units: readonly Unit[]): string[][] {
  const rows = units
    .filter((u) => !u.deletedAt)
    .sort((a, b) => compareText(a.name, b.name))
    .map((u, i) => [String(i + 1), u.name, UNIT_KIND_LABELS[u.kind], u.note, u.archived ? 'Có' : 'Không']);
  return [UNITS_EXPORT_TITLES, ...rows];
}
