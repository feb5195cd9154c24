// The voting rule fields shared by the campaign's rules and an award's own rules: the threshold
// (quá bán, or "ít nhất" / "trên" a fraction), what it is taken of, and the quorum, with the rule
// read back as a sentence so the officer sees what the council will apply.
import { useFormContext, useWatch, type Path } from 'react-hook-form';
import { rulesLine } from '../../domain/award-rules';
import { quorumSchema, thresholdSchema, VOTE_BASES, VOTE_BASE_LABELS, type Comparison, type VotingRules } from '../../domain/rules';
import { SelectField, TextField } from '../../ui/fields';
import type { EditorValues } from './editor-model';
import { useErrors } from './editor-parts';

export type RulesPath = 'votingRules' | `rewards.${number}.votingRules`;

const COMPARISON_LABELS: Record<Comparison, string> = { 'at-least': 'Ít nhất', 'more-than': 'Trên' };

function ComparisonOptions() {
  return (
    <>
      <option value="at-least">{COMPARISON_LABELS['at-least']}</option>
      <option value="more-than">{COMPARISON_LABELS['more-than']}</option>
    </>
  );
}

export function RuleFields({ path, defaults }: { path: RulesPath; defaults?: VotingRules | undefined }) {
  const { register, control, getValues, setValue, trigger } = useFormContext<EditorValues>();
  const at = (rest: string) => `${path}.${rest}` as Path<EditorValues>;
  const rules = useWatch({ control, name: path }) as VotingRules | undefined;
  const e = useErrors();
  const num = { valueAsNumber: true } as const;
  // The schema refuses a rule as a whole (quorum 4/3, "trên 100%"): check it as each part
  // changes, since no single box owns that message.
  const whole = (group: 'threshold' | 'quorum') => ({ onChange: () => void trigger(at(group)) });
  const numWhole = (group: 'threshold' | 'quorum') => ({ ...num, ...whole(group) });
  const fraction = rules?.threshold.kind === 'fraction';
  const hint = (text: string) => (defaults ? `Mặc định: ${text}` : undefined);

  // The sentence reads only what the schema accepts: a half-typed fraction shows nothing.
  const threshold = thresholdSchema.safeParse(rules?.threshold);
  const quorum = quorumSchema.safeParse(rules?.quorum);
  const sentence = rules && threshold.success && quorum.success ? rulesLine({ threshold: threshold.data, base: rules.base, quorum: quorum.data }) : null;

  return (
    <div className="rule-fields">
      <SelectField
        label="Ngưỡng đồng ý"
        hint={hint('quá bán (trên 50%)')}
        {...register(at('threshold.kind'), {
          onChange: (ev: { target: { value: string } }) => {
            // A fraction starts from 2/3 "ít nhất", so the boxes are never empty.
            if (ev.target.value !== 'fraction' || getValues(at('threshold.numerator'))) return;
            setValue(at('threshold.numerator'), 2 as never);
            setValue(at('threshold.denominator'), 3 as never);
            setValue(at('threshold.comparison'), 'at-least' as never);
          },
        })}
      >
        <option value="majority">Quá bán (trên 50%)</option>
        <option value="fraction">Theo tỉ lệ</option>
      </SelectField>
      <SelectField label="Tính trên" fieldClassName="span-2" hint={hint(defaults ? VOTE_BASE_LABELS[defaults.base] : '')} {...register(at('base'))}>
        {VOTE_BASES.map((b) => (
          <option key={b} value={b}>
            {VOTE_BASE_LABELS[b]}
          </option>
        ))}
      </SelectField>
      {fraction && (
        <>
          <SelectField label="Số phiếu đồng ý" {...register(at('threshold.comparison'), whole('threshold'))}>
            <ComparisonOptions />
          </SelectField>
          <TextField label="Tỉ lệ đồng ý: tử số" type="number" min={1} error={e(at('threshold.numerator'))} {...register(at('threshold.numerator'), numWhole('threshold'))} />
          <TextField label="Tỉ lệ đồng ý: mẫu số" type="number" min={1} error={e(at('threshold.denominator'))} {...register(at('threshold.denominator'), numWhole('threshold'))} />
          <RuleError message={e(at('threshold'))} />
        </>
      )}
      <SelectField label="Số thành viên có mặt" hint={hint(defaults ? `${defaults.quorum.comparison === 'more-than' ? 'trên' : 'ít nhất'} ${defaults.quorum.numerator}/${defaults.quorum.denominator}` : '')} {...register(at('quorum.comparison'), whole('quorum'))}>
        <ComparisonOptions />
      </SelectField>
      <TextField label="Tỉ lệ có mặt: tử số" type="number" min={1} error={e(at('quorum.numerator'))} {...register(at('quorum.numerator'), numWhole('quorum'))} />
      <TextField label="Tỉ lệ có mặt: mẫu số" type="number" min={1} error={e(at('quorum.denominator'))} {...register(at('quorum.denominator'), numWhole('quorum'))} />
      <RuleError message={e(at('quorum'))} />
      {sentence && (
        <p className="rule-sentence span-all" data-testid={`${path}-sentence`}>
          {sentence}.
        </p>
      )}
    </div>
  );
}

/** A refusal of the rule as a whole (e.g. quorum 4/3), which belongs to no single box. */
function RuleError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="error span-all" role="alert">
      {message}
    </p>
  );
}
