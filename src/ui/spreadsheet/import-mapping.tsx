// Import, step 2: which column holds what, shown with sample values; plus what to assume
// when the sheet has no gender or kind column. Other imports (the year's ratings) pass their
// own fields and no defaults.
import { GENDER_LABELS, PERSON_KIND_LABELS, PERSON_KINDS, type Gender, type PersonKind } from '../../domain/register';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, cellText, type ImportField, type SheetRows } from '../../domain/register-import-columns';
import type { ImportDefaults } from '../../domain/register-import';
import { toUnicodeVietnamese } from '../../lib/legacy-vietnamese';
import { formatDate } from '../../lib/vi-date';
import { cleanLine } from '../../lib/vi-text';
import { SelectField } from '../fields';

interface Props<F extends string> {
  titles: string[];
  rows: SheetRows;
  dataStart: number;
  mapping: (F | null)[];
  onMapping: (mapping: (F | null)[]) => void;
  /** The fields a column may fill, and their names; the register's people by default. */
  fields?: readonly F[];
  labels?: Record<F, string>;
  /** What to assume for a missing gender or kind (the register's import only). */
  defaults?: ImportDefaults;
  onDefaults?: (defaults: ImportDefaults) => void;
}

/** A cell as the preview shows it: a date cell as dd/mm/yyyy, text as it will be imported. */
function sampleText(cell: SheetRows[number][number]): string {
  const text = cellText(cell);
  return cell instanceof Date ? formatDate(text) : cleanLine(toUnicodeVietnamese(text).text);
}

export function ImportMapping<F extends string = ImportField>({ titles, rows, dataStart, mapping, onMapping, fields, labels, defaults, onDefaults }: Props<F>) {
  const samples = rows.slice(dataStart, dataStart + 3);
  const choices = fields ?? (IMPORT_FIELDS as readonly string[] as readonly F[]);
  const names = labels ?? (IMPORT_FIELD_LABELS as Record<string, string>);
  const setColumn = (index: number, field: F | null) =>
    onMapping(mapping.map((f, i) => (i === index ? field : f === field && field !== null ? null : f)));
  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Cột trong tệp</th>
              <th scope="col">Vài giá trị đầu</th>
              <th scope="col" style={{ width: 320 }}>Đưa vào</th>
            </tr>
          </thead>
          <tbody>
            {titles.map((title, i) => (
              <tr key={i}>
                <td>{title || <span className="muted">(cột {i + 1}, không có tiêu đề)</span>}</td>
                <td className="small">
                  {samples
                    .map((r) => sampleText(r[i]))
                    .filter(Boolean)
                    .join(' · ')}
                </td>
                <td>
                  <SelectField
                    label={<span className="visually-hidden">Cột “{title || i + 1}” đưa vào</span>}
                    value={mapping[i] ?? ''}
                    onChange={(e) => setColumn(i, (e.target.value || null) as F | null)}
                  >
                    <option value="">— Bỏ qua cột này —</option>
                    {choices.map((f) => (
                      <option key={f} value={f}>
                        {names[f]}
                      </option>
                    ))}
                  </SelectField>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {defaults && onDefaults && (
      <div className="form-grid" style={{ marginTop: 16 }}>
        <SelectField
          label="Khi không ghi đối tượng, coi là"
          value={defaults.kind ?? ''}
          onChange={(e) => onDefaults({ ...defaults, kind: (e.target.value || undefined) as PersonKind | undefined })}
          hint="Để “Bỏ qua dòng” nếu muốn tự kiểm tra từng người"
        >
          <option value="">Bỏ qua dòng đó</option>
          {PERSON_KINDS.map((k) => (
            <option key={k} value={k}>
              {PERSON_KIND_LABELS[k]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Khi không ghi giới tính, coi là"
          value={defaults.gender ?? ''}
          onChange={(e) => onDefaults({ ...defaults, gender: (e.target.value || undefined) as Gender | undefined })}
        >
          <option value="">Bỏ qua dòng đó</option>
          {Object.entries(GENDER_LABELS).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </SelectField>
      </div>
      )}
    </>
  );
}
