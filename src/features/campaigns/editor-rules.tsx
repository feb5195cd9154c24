// Editor section: the voting and money rules, each shown with its default and where it
// comes from, so the officer sees what the law says before changing anything.
import { useFormContext } from 'react-hook-form';
import { DEFAULT_MONEY_RULES, DEFAULT_VOTING_RULES, VOTING_MODES, VOTING_MODE_LABELS } from '../../domain/rules';
import { formatMoney } from '../../lib/vi-money';
import { Checkbox, SelectField, TextField } from '../../ui/fields';
import type { EditorValues } from './editor-model';
import { EditorSection, useErrors } from './editor-parts';
import { RuleFields } from './editor-rule-fields';

const D = DEFAULT_VOTING_RULES;

export function RulesSection() {
  const { register, setValue } = useFormContext<EditorValues>();
  const e = useErrors();
  const num = { valueAsNumber: true } as const;
  return (
    <EditorSection
      id="rules"
      title="Quy tắc bỏ phiếu và tiền thưởng"
      lead={
        <>
          Mặc định theo quy định hiện hành; chỉ sửa khi quy chế của Hội đồng khác đi. Hình thức khen thưởng nào cần quy tắc khác (ví dụ Chiến sĩ thi đua cơ sở)
          thì đặt riêng ở mục Hình thức khen thưởng. <span className="rule-source">Nguồn: {D.source}</span>
        </>
      }
    >
      <div className="form-grid" style={{ gridTemplateColumns: '1fr 1fr 1fr' }}>
        <SelectField label="Hình thức bỏ phiếu" hint={`Mặc định: ${VOTING_MODE_LABELS[D.mode]}`} {...register('votingRules.mode')}>
          {VOTING_MODES.map((m) => (
            <option key={m} value={m}>
              {VOTING_MODE_LABELS[m]}
            </option>
          ))}
        </SelectField>
        <TextField label="Số vòng bỏ phiếu tối đa" hint={`Mặc định: ${D.maxRounds}`} type="number" min={1} max={5} error={e('votingRules.maxRounds')} {...register('votingRules.maxRounds', num)} />
        <div />
        <div className="span-all">
          <RuleFields path="votingRules" defaults={D} />
        </div>
        <div className="stack span-all">
          <Checkbox label="Tính ý kiến bằng văn bản của thành viên vắng mặt (mặc định: có)" {...register('votingRules.writtenOpinionsCount')} />
          <Checkbox label="Khi bằng phiếu, ưu tiên nữ hoặc tập thể có từ 70% nữ (Nghị định 152/2025, Điều 4; mặc định: không)" {...register('votingRules.womenPreference')} />
        </div>
        <TextField label="Căn cứ của quy tắc bỏ phiếu" fieldClassName="span-all" {...register('votingRules.source')} />
        <TextField
          label="Làm tròn tiền thưởng lên đến (đồng)"
          hint={`Mặc định: ${formatMoney(DEFAULT_MONEY_RULES.roundTo)}. ${DEFAULT_MONEY_RULES.source}`}
          type="number"
          min={1}
          error={e('moneyRules.roundTo')}
          {...register('moneyRules.roundTo', num)}
        />
        <TextField label="Căn cứ tính tiền thưởng" fieldClassName="span-rest" {...register('moneyRules.source')} />
      </div>
      <button
        type="button"
        className="btn btn-sm"
        style={{ marginTop: 14 }}
        onClick={() => {
          setValue('votingRules', { ...DEFAULT_VOTING_RULES }, { shouldDirty: true });
          setValue('moneyRules', { ...DEFAULT_MONEY_RULES }, { shouldDirty: true });
        }}
      >
        Đặt lại theo mặc định
      </button>
    </EditorSection>
  );
}
