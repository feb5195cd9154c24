// Import, the mapping step: each column of the sheet with a few of its values, and the field it
// goes into (or left out). Shared by the register's import and the award ledger's.
import { cellText, type SheetRows } from '../domain/register-import-columns';
import { toUnicodeVietnamese } from '../lib/legacy-vietnamese';
import { formatDate } from '../lib/vi-date';
import { cleanLine } from '../lib/vi-text';
import { SelectField } from './fields';

interface Props<F extends string> {
  titles: string[];
  rows: SheetRows;
  dataStart: number;
  mapping: (F | null)[];
  onMapping: (mapping: (F | null)[]) => void;
  fields: readonly F[];
  labels: Record<F, string>;
}

/** A cell as the preview shows it: a date cell as dd/mm/yyyy, text as it will be imported. */
function sampleText(cell: SheetRows[number][number]): string {
  const text = cellText(cell);
  return cell instanceof Date ? formatDate(text) : cleanLine(toUnicodeVietnamese(text).text);
}

export function ColumnMappingTable<F extends string>({ titles, rows, dataStart, mapping, onMapping, fields, labels }: Props<F>) {
  const samples = rows.slice(dataStart, dataStart + 3);
  // A field goes into one column only: choosing it here takes it from the column that had it.
  const setColumn = (index: number, field: F | null) => onMapping(mapping.map((f, i) => (i === index ? field : f === field && field !== null ? null : f)));
  return (
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
                  {fields.map((f) => (
                    <option key={f} value={f}>
                      {labels[f]}
                    </option>
                  ))}
                </SelectField>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
