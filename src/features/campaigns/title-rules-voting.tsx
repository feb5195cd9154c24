// The council's rule for one title (e.g. Chiến sĩ thi đua cơ sở by at least 80% of all members):
// the campaign's general rule, or the title's own, read back as a sentence.
import { useId } from 'react';
import { Controller, get, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { rulesLine } from '../../domain/award-rules';
import type { Reward } from '../../domain/campaign';
import { VOTE_BASES, VOTE_BASE_LABELS, type VotingRules } from '../../domain/rules';
import { parseShare, reducedShare } from '../../domain/title-settings';
import { SelectField, TextField } from '../../ui/fields';
import type { TitleSettingsInput } from './title-rules-model';

const THRESHOLD_LABELS = { majority: 'Quá bán (trên 50%)', 'at-least': 'Ít nhất (từ … trở lên)', 'more-than': 'Trên (nhiều hơn …)' } as const;

export function TitleVoting({ index, reward, general, locked }: { index: number; reward: Reward; general: VotingRules; locked: string | undefined }) {
  const { register, control } = useFormContext<TitleSettingsInput>();
  const { errors } = useFormState<TitleSettingsInput>();
  const choice = useWatch({ control, name: `voting.${index}` });
  const group = useId();
  const typed = parseShare(choice.share);
  const share = typed && reducedShare(typed);
  const own = choice.own;
  const sentence =
    own && (choice.threshold === 'majority' || share)
      ? rulesLine({
          threshold: choice.threshold === 'majority' || !share ? { kind: 'majority' } : { kind: 'fraction', ...share, comparison: choice.threshold },
          base: choice.base,
          quorum: (reward.votingRules ?? general).quorum,
        })
      : null;
  return (
    <fieldset className="title-voting" disabled={!!locked}>
      <legend>Hội đồng biểu quyết danh hiệu này</legend>
      {locked && <p className="small title-lock-note">{locked}</p>}
      <Controller
        control={control}
        name={`voting.${index}.own`}
        render={({ field }) => (
          <div className="choice" role="radiogroup" aria-label={`Quy tắc biểu quyết ${reward.form}`}>
            <label className="checkbox">
              <input type="radio" name={group} checked={!field.value} onChange={() => field.onChange(false)} />
              <span>Theo quy tắc chung của phong trào</span>
            </label>
            <label className="checkbox">
              <input type="radio" name={group} checked={!!field.value} onChange={() => field.onChange(true)} />
              <span>Quy tắc riêng cho danh hiệu này</span>
            </label>
          </div>
        )}
      />
      {own ? (
        <div className="title-grid">
          <SelectField label="Số phiếu đồng ý" {...register(`voting.${index}.threshold`)}>
            {Object.entries(THRESHOLD_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          {choice.threshold !== 'majority' && (
            <TextField label="Tỉ lệ đồng ý" hint="Ví dụ 80% hoặc 2/3" error={(get(errors, `voting.${index}.share`) as { message?: string } | undefined)?.message} {...register(`voting.${index}.share`)} />
          )}
          <SelectField label="Tính trên" {...register(`voting.${index}.base`)}>
            {VOTE_BASES.map((b) => (
              <option key={b} value={b}>
                {VOTE_BASE_LABELS[b]}
              </option>
            ))}
          </SelectField>
          {sentence && (
            <p className="rule-sentence span-all" data-testid={`title-voting-${index}`}>
              {sentence}.
            </p>
          )}
          <TextField
            label="Căn cứ của quy tắc riêng"
            fieldClassName="span-all"
            hint="Ví dụ: Quy chế làm việc của Hội đồng Thi đua - Khen thưởng xã. Mức 80% tổng số thành viên là của Nghị định 98/2023/NĐ-CP, Điều 30, khoản 7 (đã hết hiệu lực); cần đối chiếu lại theo Nghị định 152/2025/NĐ-CP."
            {...register(`voting.${index}.source`)}
          />
        </div>
      ) : (
        <p className="muted small" style={{ margin: 0 }}>
          {rulesLine(general)} (quy tắc chung, sửa ở mục Quy tắc bỏ phiếu của kế hoạch).
        </p>
      )}
    </fieldset>
  );
}
