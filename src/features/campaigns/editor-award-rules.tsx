// One award's voting rules in the editor: the campaign's (the default), or its own — e.g. Giấy
// khen by a simple majority of members present, Chiến sĩ thi đua cơ sở by at least 4/5 of all
// members. Choosing its own starts from a copy of the campaign's rules.
import { useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { rulesLine } from '../../domain/award-rules';
import { votingRulesSchema } from '../../domain/rules';
import { TextField } from '../../ui/fields';
import type { EditorValues } from './editor-model';
import { RuleFields } from './editor-rule-fields';

export function AwardRules({ index }: { index: number }) {
  const { control, getValues, setValue, register } = useFormContext<EditorValues>();
  const path = `rewards.${index}.votingRules` as const;
  const own = useWatch({ control, name: path });
  const general = votingRulesSchema.safeParse(useWatch({ control, name: 'votingRules' }));
  const group = useId();
  return (
    <fieldset className="award-rules span-all">
      <legend>Quy tắc bỏ phiếu cho hình thức này</legend>
      <div className="choice" role="radiogroup" aria-label={`Quy tắc bỏ phiếu cho hình thức ${index + 1}`}>
        <label className="checkbox">
          <input type="radio" name={group} checked={!own} onChange={() => setValue(path, undefined, { shouldDirty: true })} />
          <span>Theo quy tắc chung của phong trào</span>
        </label>
        <label className="checkbox">
          <input type="radio" name={group} checked={!!own} onChange={() => setValue(path, structuredClone(getValues('votingRules')), { shouldDirty: true })} />
          <span>Quy tắc riêng cho hình thức này</span>
        </label>
      </div>
      {own ? (
        <div className="stack">
          <RuleFields path={path} />
          <TextField label="Căn cứ của quy tắc riêng" hint="Ví dụ: Quy chế làm việc của Hội đồng; Nghị định 152/2025/NĐ-CP" {...register(`${path}.source`)} />
        </div>
      ) : (
        general.success && <p className="muted small" style={{ margin: 0 }}>{rulesLine(general.data)} (quy tắc chung, sửa ở mục Quy tắc bỏ phiếu).</p>
      )}
    </fieldset>
  );
}
