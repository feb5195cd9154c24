// Editor section: the voting and money rules, each shown with its default and where it
// comes from, so the officer sees what the law says before changing anything.
import { useFormContext, useWatch } from 'react-hook-form';
import { DEFAULT_MONEY_RULES, DEFAULT_VOTING_RULES, VOTE_BASES, VOTE_BASE_LABELS, VOTING_MODES, VOTING_MODE_LABELS } from '../../domain/rules';
import { formatMoney } from '../../lib/vi-money';
import { Checkbox, SelectField, TextField } from '../../ui/fields';
import type { EditorValues } from './editor-model';
import { EditorSection, useErrors } from './editor-parts';

const D = DEFAULT_VOTING_RULES;

export function RulesSection() {
  const { register, control, setValue } = useFormContext<EditorValues>();
  const thresholdKind = useWatch({ control, name: 'votingRules.threshold.kind' });
  const e = useErrors();
  const num = { valueAsNumber: true } as const;
  return (
    <EditorSection
      id="rules"
      title="Quy tắc bỏ phiếu và tiền thưởng"
      lead={
        <>
          Mặc định theo quy định hiện hành; chỉ sửa khi quy chế của Hội đồng khác đi. <span className="rule-source">Nguồn: {D.source}</span>
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
        <SelectField label="Ngưỡng đồng ý" hint="Mặc định: quá bán (trên 50%)" {...register('votingRules.threshold.kind')}>
          <option value="majority">Quá bán (trên 50%)</option>
          <option value="fraction">Tỉ lệ khác</option>
        </SelectField>
        <SelectField label="Tính trên" hint={`Mặc định: ${VOTE_BASE_LABELS[D.base]}`} {...register('votingRules.base')}>
          {VOTE_BASES.map((b) => (
            <option key={b} value={b}>
              {VOTE_BASE_LABELS[b]}
            </option>
          ))}
        </SelectField>
        {thresholdKind === 'fraction' && (
          <>
            <TextField label="Tỉ lệ đồng ý: tử số" type="number" min={1} error={e('votingRules.threshold.numerator')} {...register('votingRules.threshold.numerator', num)} />
            <TextField label="Tỉ lệ đồng ý: mẫu số" type="number" min={1} error={e('votingRules.threshold.denominator') ?? e('votingRules.threshold')} {...register('votingRules.threshold.denominator', num)} />
            <div />
          </>
        )}
        <TextField label="Số thành viên có mặt tối thiểu: tử số" hint={`Mặc định: ${D.quorum.numerator}/${D.quorum.denominator} tổng số thành viên`} type="number" min={1} error={e('votingRules.quorum.numerator')} {...register('votingRules.quorum.numerator', num)} />
        <TextField label="Mẫu số" type="number" min={1} error={e('votingRules.quorum.denominator')} {...register('votingRules.quorum.denominator', num)} />
        <TextField label="Số vòng bỏ phiếu tối đa" hint={`Mặc định: ${D.maxRounds}`} type="number" min={1} max={5} error={e('votingRules.maxRounds')} {...register('votingRules.maxRounds', num)} />
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
