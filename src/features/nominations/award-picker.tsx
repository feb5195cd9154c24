// "Danh hiệu: Tất cả / LĐTT / CSTĐ cơ sở" in a bulk dialog, shown only when the chosen rows
// hold nominations for more than one award.
import { SelectField } from '../../ui/fields';
import { awardChoices, type TargetRow } from './nomination-targets';

export function AwardPicker({ rows, value, onChange }: { rows: readonly TargetRow[]; value: string; onChange: (rewardId: string) => void }) {
  const choices = awardChoices(rows);
  if (choices.length < 2) return null;
  return (
    <SelectField label="Danh hiệu" value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">Tất cả danh hiệu ({choices.map((c) => c.label).join(', ')})</option>
      {choices.map((c) => (
        <option key={c.rewardId} value={c.rewardId}>
          Chỉ {c.label}
        </option>
      ))}
    </SelectField>
  );
}
