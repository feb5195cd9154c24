// Import, step 2: which column holds what, shown with sample values; plus what to assume
// when the sheet has no gender or kind column. Other imports (the year's ratings) pass their
// own fields and no defaults.
import { GENDER_LABELS, PERSON_KIND_LABELS, PERSON_KINDS, type Gender, type PersonKind } from '../../domain/register';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ImportField, type SheetRows } from '../../domain/register-import-columns';
import type { ImportDefaults } from '../../domain/register-import';
import { ColumnMappingTable } from '../column-mapping-table';
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

export function ImportMapping<F extends string = ImportField>({ titles, rows, dataStart, mapping, onMapping, fields, labels, defaults, onDefaults }: Props<F>) {
  const choices = fields ?? (IMPORT_FIELDS as readonly string[] as readonly F[]);
  const names = labels ?? (IMPORT_FIELD_LABELS as Record<string, string>);
  return (
    <>
      <ColumnMappingTable titles={titles} rows={rows} dataStart={dataStart} mapping={mapping} onMapping={onMapping} fields={choices} labels={names} />
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
