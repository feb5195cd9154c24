// Import, step 2: which column holds what, shown with sample values; plus what to assume
// when the sheet has no gender or kind column.
import { GENDER_LABELS, PERSON_KIND_LABELS, PERSON_KINDS, type Gender, type PersonKind } from '../../domain/register';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ColumnMapping, type SheetRows } from '../../domain/register-import-columns';
import type { ImportDefaults } from '../../domain/register-import';
import { ColumnMappingTable } from '../../ui/column-mapping-table';
import { SelectField } from '../../ui/fields';

interface Props {
  titles: string[];
  rows: SheetRows;
  dataStart: number;
  mapping: ColumnMapping;
  onMapping: (mapping: ColumnMapping) => void;
  defaults: ImportDefaults;
  onDefaults: (defaults: ImportDefaults) => void;
}

export function ImportMapping({ titles, rows, dataStart, mapping, onMapping, defaults, onDefaults }: Props) {
  return (
    <>
      <ColumnMappingTable titles={titles} rows={rows} dataStart={dataStart} mapping={mapping} onMapping={onMapping} fields={IMPORT_FIELDS} labels={IMPORT_FIELD_LABELS} />
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
    </>
  );
}
