// One card per annual title: the standard of the law, quoted with its source, then the commune's
// own settings for it in plain words (shares typed as "70%"), each read back as a sentence with an
// example, and the council's rule for it. A title the council has voted on shows why it is locked.
import type { ReactNode } from 'react';
import { get, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { ANNUAL_TITLE_NAMES, DEFAULT_TITLE_RULES, DISCIPLINE_LABELS, definitionFor, type AnnualTitleKey } from '../../domain/annual-titles';
import { requiredCount } from '../../domain/annual-titles-eval';
import type { Reward } from '../../domain/campaign';
import type { VotingRules } from '../../domain/rules';
import { parseShare, shareText, titleLockText, type TitleLock } from '../../domain/title-settings';
import { Checkbox, SelectField, TextField } from '../../ui/fields';
import type { TitleSettingsInput } from './title-rules-model';
import { TitleVoting } from './title-rules-voting';

const BAR_OPTIONS = [
  ['khien-trach', 'Khiển trách trở lên'],
  ['canh-cao', 'Cảnh cáo trở lên'],
  ['higher', 'Cách chức trở lên'],
] as const;

export type Locks = Partial<Record<AnnualTitleKey, TitleLock>>;

export interface TitleContext {
  year: number;
  locks: Locks;
  /** The titled awards with their index in the form's `voting` list. */
  awards: { reward: Reward; index: number }[];
  general: VotingRules;
}

/** A lock that freezes the standard itself (voted, decided); a prepared round freezes only the council rule. */
const frozen = (lock: TitleLock | undefined) => !!lock && lock.kind !== 'prepared';

function useError(path: string): string | undefined {
  const { errors } = useFormState<TitleSettingsInput>();
  return (get(errors, path) as { message?: string } | undefined)?.message;
}

function TitleCard({ titleKey, ctx, lead, children }: { titleKey: AnnualTitleKey; ctx: TitleContext; lead?: ReactNode; children?: ReactNode }) {
  const law = definitionFor(titleKey, ctx.year);
  const lock = ctx.locks[titleKey];
  const awards = ctx.awards.filter((a) => a.reward.titleKey === titleKey);
  if (awards.length === 0) return null;
  return (
    <section className="card title-card" aria-labelledby={`title-${titleKey}`}>
      <div className="row" style={{ justifyContent: 'space-between', alignItems: 'baseline' }}>
        <h2 id={`title-${titleKey}`}>{ANNUAL_TITLE_NAMES[titleKey]}</h2>
        {frozen(lock) && <span className="badge badge-warning">Đã khoá</span>}
      </div>
      {law && (
        <blockquote className="title-law">
          {law.text} <span className="rule-source">({law.source})</span>
        </blockquote>
      )}
      {lead}
      {lock && frozen(lock) && <p className="small title-lock-note" role="note">{titleLockText(titleKey, lock)}</p>}
      <fieldset disabled={frozen(lock)} className="stack" style={{ border: 'none', padding: 0, margin: 0, minWidth: 0 }}>
        {children}
        {awards.map(({ reward, index }) => (
          <TitleVoting key={reward.id} index={index} reward={reward} general={ctx.general} locked={lock?.kind === 'prepared' ? titleLockText(titleKey, lock) : undefined} />
        ))}
      </fieldset>
    </section>
  );
}

function BarSelect({ name, label, hint }: { name: 'individualDisciplineBar' | 'collectiveDisciplineBar'; label: string; hint: string }) {
  const { register } = useFormContext<TitleSettingsInput>();
  return (
    <SelectField label={label} hint={hint} {...register(name)}>
      {BAR_OPTIONS.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </SelectField>
  );
}

export function LdttCard({ ctx }: { ctx: TitleContext }) {
  const { register } = useFormContext<TitleSettingsInput>();
  // The individual bar decides LĐTT, hence CSTĐ cơ sở and the units' count too.
  const anyFrozen = Object.values(ctx.locks).some(frozen);
  return (
    <TitleCard titleKey="lao-dong-tien-tien" ctx={ctx}>
      <fieldset disabled={anyFrozen} className="title-grid" style={{ border: 'none', padding: 0, margin: 0, minWidth: 0 }}>
        <BarSelect
          name="individualDisciplineBar"
          label="Không xét khi bị kỷ luật trong năm từ"
          hint={`Mặc định: ${DISCIPLINE_LABELS[DEFAULT_TITLE_RULES.individualDisciplineBar]} trở lên (mọi hình thức kỷ luật). Mức này áp dụng cho cả Chiến sĩ thi đua cơ sở và khi đếm Lao động tiên tiến của tập thể.`}
        />
        <TextField label="Căn cứ của mức kỷ luật" fieldClassName="span-2" hint="Ví dụ: Quy chế thi đua, khen thưởng của xã" error={useError('individualDisciplineSource')} {...register('individualDisciplineSource')} />
        {anyFrozen && <p className="small muted span-all" style={{ margin: 0 }}>Mức kỷ luật này dùng chung cho cả ba danh hiệu nên đã khoá cùng danh hiệu đã biểu quyết.</p>}
      </fieldset>
    </TitleCard>
  );
}

export function CstdCard({ ctx }: { ctx: TitleContext }) {
  const { register, control } = useFormContext<TitleSettingsInput>();
  const enabled = useWatch({ control, name: 'capEnabled' });
  const share = parseShare(useWatch({ control, name: 'capShare' }));
  const error = useError('capShare');
  const sourceError = useError('capSource');
  const example = share && !error ? `Ví dụ: có 20 Lao động tiên tiến thì tối đa ${Math.floor((20 * share.numerator) / share.denominator)} Chiến sĩ thi đua cơ sở (làm tròn xuống).` : '';
  return (
    <TitleCard titleKey="chien-si-thi-dua-co-so" ctx={ctx}>
      <Checkbox label="Giới hạn số Chiến sĩ thi đua cơ sở theo tỉ lệ số Lao động tiên tiến" {...register('capEnabled')} />
      <p className="small muted" style={{ margin: 0 }}>
        Từ năm 2024 không còn giới hạn chung toàn quốc (mức 15% của Nghị định 91/2017/NĐ-CP đã hết hiệu lực). Chỉ bật khi quy chế thi đua của xã hoặc của tỉnh có quy
        định. Mặc định: không giới hạn.
      </p>
      {enabled && (
        <div className="title-grid">
          <TextField label="Tối đa (so với số Lao động tiên tiến)" hint={example || 'Ví dụ 15%'} error={error} {...register('capShare')} />
          <TextField label="Căn cứ của giới hạn" fieldClassName="span-2" error={sourceError} {...register('capSource')} />
        </div>
      )}
    </TitleCard>
  );
}

function collectiveSentence(text: string, bar: string): string {
  const share = parseShare(text);
  if (!share || share.numerator === 0 || share.numerator > share.denominator) return '';
  const sizes = [4, 7, 10].map((n) => `${n} người cần ${requiredCount(n, share)}`).join(', ');
  const barLabel = BAR_OPTIONS.find(([v]) => v === bar)?.[0] ?? 'canh-cao';
  return `Đạt khi có từ ${shareText(share)} thành viên trở lên đạt Lao động tiên tiến (đơn vị ${sizes}) và không thành viên nào bị kỷ luật từ ${DISCIPLINE_LABELS[barLabel]} trở lên.`;
}

export function CollectiveCard({ ctx }: { ctx: TitleContext }) {
  const { register, control } = useFormContext<TitleSettingsInput>();
  const text = useWatch({ control, name: 'collectiveShare' });
  const bar = useWatch({ control, name: 'collectiveDisciplineBar' });
  const error = useError('collectiveShare');
  const sentence = error ? '' : collectiveSentence(text, bar);
  return (
    <TitleCard titleKey="tap-the-lao-dong-tien-tien" ctx={ctx}>
      <div className="title-grid">
        <TextField label="Tỉ lệ thành viên đạt Lao động tiên tiến, từ" hint="Mặc định: 70%. Nhập như văn bản vẫn viết, ví dụ 70% hoặc 2/3." error={error} {...register('collectiveShare')} />
        <BarSelect name="collectiveDisciplineBar" label="Không xét khi có thành viên bị kỷ luật từ" hint={`Mặc định: ${DISCIPLINE_LABELS[DEFAULT_TITLE_RULES.collective.disciplineBar]} trở lên.`} />
        <div />
        {sentence && (
          <p className="rule-sentence span-all" data-testid="collective-sentence">
            {sentence}
          </p>
        )}
        <TextField
          label="Căn cứ của tiêu chuẩn tập thể"
          fieldClassName="span-all"
          hint="Luật Thi đua, khen thưởng 2022 không định tỉ lệ cho cấp xã: ghi quy chế thi đua của xã hoặc của tỉnh đã dùng."
          error={useError('collectiveSource')}
          {...register('collectiveSource')}
        />
      </div>
    </TitleCard>
  );
}
