import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useForm, Controller } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Plus, Trash2 } from 'lucide-react';
import { settingsFields, type Settings } from '../../domain/settings';
import { saveSettings, settingsOrDefaults } from '../../db/settings-repo';
import { StaleWriteError } from '../../domain/errors';
import { DateField, TextField } from '../../ui/fields';
import { Alert } from '../../ui/alert';
import { DraftBanner } from '../../ui/draft-banner';
import { useFormDraft } from '../../ui/use-form-draft';
import { useUnsavedGuard } from '../../ui/unsaved-changes';
import { useToast } from '../../ui/toast';
import { errorDetails, errorText } from '../../ui/error-text';
import { formatMoney } from '../../lib/vi-money';
import { DatedListFields } from './dated-list-fields';
import { ProposalFields } from './proposal-fields';

type Input = z.input<typeof settingsFields>;
type Output = z.output<typeof settingsFields>;

interface Props {
  /** The settings as stored right now (live: another tab's save arrives here). */
  stored: Settings | undefined;
  /** Start over from the stored settings (after a stale save); typed input stays in the draft. */
  onReload: () => void;
}

export function SettingsForm({ stored, onReload }: Props) {
  // The version the form was filled from: a save checks it, so another tab's save is never
  // overwritten silently.
  const base = useRef(stored);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(settingsFields),
    defaultValues: settingsOrDefaults(stored),
    mode: 'onTouched',
  });
  const { register, control, handleSubmit, formState, reset } = form;
  useUnsavedGuard(formState.isDirty);

  // Follow other tabs live while nothing is typed here; once something is typed, keep it.
  useEffect(() => {
    if (formState.isDirty || (stored?.rev ?? 0) === (base.current?.rev ?? 0)) return;
    base.current = stored;
    reset(settingsOrDefaults(stored));
  }, [stored, formState.isDirty, reset]);

  const errors = formState.errors;
  const signers = useFieldArray({ control, name: 'signers' });
  const salaries = useFieldArray({ control, name: 'baseSalaries' });
  const draft = useFormDraft('settings', form);
  const toast = useToast();
  const [failure, setFailure] = useState<{ text: string; details: readonly string[]; stale: boolean } | null>(null);

  const save = async (values: Output) => {
    setFailure(null);
    try {
      const saved = await saveSettings(values, base.current?.rev ?? 0);
      base.current = saved;
      reset(settingsOrDefaults(saved));
      draft.saved();
      toast.show('Đã lưu cài đặt');
    } catch (error) {
      setFailure({ text: errorText(error), details: errorDetails(error), stale: error instanceof StaleWriteError });
    }
  };

  return (
    <form className="card" onSubmit={(event) => void handleSubmit(save)(event)} noValidate aria-labelledby="settings-org">
      {draft.pending && <DraftBanner savedAt={draft.pending.savedAt} onRestore={draft.restore} onDiscard={draft.discard} />}
      <h2 id="settings-org">Cơ quan</h2>
      <div className="form-grid">
        <TextField label="Tên cơ quan" hint="Ví dụ: Ủy ban nhân dân xã Văn Giáo" error={errors.organisationName?.message} {...register('organisationName')} />
        <TextField label="Cơ quan cấp trên" hint="Ví dụ: Ủy ban nhân dân tỉnh An Giang" error={errors.higherBody?.message} {...register('higherBody')} />
        <TextField label="Địa danh ghi trên văn bản" hint="Ví dụ: Văn Giáo" error={errors.placeName?.message} {...register('placeName')} />
        <TextField label="Người đang thao tác" hint="Tên này được ghi vào nhật ký mỗi lần thay đổi dữ liệu" error={errors.operatorName?.message} {...register('operatorName')} />
      </div>

      <h2 style={{ marginTop: 28 }}>Người ký mặc định</h2>
      <p className="muted">Người ký sẵn có để chọn khi lập tờ trình, quyết định, giấy khen (ví dụ: KT. CHỦ TỊCH — PHÓ CHỦ TỊCH — họ tên). Mỗi văn bản vẫn chọn lại được người ký.</p>
      <div className="stack">
        {signers.fields.map((field, i) => (
          <fieldset key={field.id}>
            <legend>Người ký {i + 1}</legend>
            <div className="form-grid" style={{ gridTemplateColumns: '140px 1fr 1fr auto', alignItems: 'start' }}>
              <TextField label="Thẩm quyền" hint="TM., KT., TL. hoặc để trống" error={errors.signers?.[i]?.prefix?.message} {...register(`signers.${i}.prefix`)} />
              <TextField label="Chức vụ" hint="Ví dụ: PHÓ CHỦ TỊCH" error={errors.signers?.[i]?.position?.message} {...register(`signers.${i}.position`)} />
              <TextField label="Họ tên" error={errors.signers?.[i]?.signerName?.message} {...register(`signers.${i}.signerName`)} />
              <button type="button" className="btn btn-ghost" style={{ marginTop: 27 }} onClick={() => signers.remove(i)} aria-label={`Xoá người ký ${i + 1}`}>
                <Trash2 size={18} aria-hidden="true" />
              </button>
            </div>
          </fieldset>
        ))}
        <div>
          <button type="button" className="btn" onClick={() => signers.append({ prefix: 'KT.', position: 'PHÓ CHỦ TỊCH', signerName: '' })}>
            <Plus size={18} aria-hidden="true" /> Thêm người ký
          </button>
        </div>
      </div>

      <h2 style={{ marginTop: 28 }}>Mức lương cơ sở</h2>
      <p className="muted">Tiền thưởng = hệ số × mức lương cơ sở đang áp dụng vào ngày ký quyết định. Khi Nhà nước điều chỉnh, thêm một dòng mới; không sửa dòng cũ.</p>
      <div className="stack">
        {salaries.fields.map((field, i) => (
          <div key={field.id} className="form-grid" style={{ gridTemplateColumns: '200px 220px 1fr auto', alignItems: 'start' }}>
            <Controller
              control={control}
              name={`baseSalaries.${i}.effectiveFrom`}
              render={({ field: f }) => (
                <DateField label="Áp dụng từ ngày" hint="dd/mm/yyyy" value={f.value} onChange={f.onChange} onBlur={f.onBlur} error={errors.baseSalaries?.[i]?.effectiveFrom?.message} />
              )}
            />
            <TextField
              label="Mức (đồng)"
              type="number"
              step={1000}
              min={0}
              hint={<SalaryPreview control={control} index={i} />}
              error={errors.baseSalaries?.[i]?.amount?.message}
              {...register(`baseSalaries.${i}.amount`, { valueAsNumber: true })}
            />
            <TextField label="Căn cứ" error={errors.baseSalaries?.[i]?.source?.message} {...register(`baseSalaries.${i}.source`)} />
            <button type="button" className="btn btn-ghost" style={{ marginTop: 27 }} onClick={() => salaries.remove(i)} aria-label={`Xoá mức lương dòng ${i + 1}`} disabled={salaries.fields.length <= 1}>
              <Trash2 size={18} aria-hidden="true" />
            </button>
          </div>
        ))}
        {errors.baseSalaries?.root?.message && <span className="error">{errors.baseSalaries.root.message}</span>}
        <div>
          <button type="button" className="btn" onClick={() => salaries.append({ effectiveFrom: '', amount: 0, source: '' })}>
            <Plus size={18} aria-hidden="true" /> Thêm mức lương cơ sở
          </button>
        </div>
      </div>

      <h2 style={{ marginTop: 28 }}>Tờ trình đề nghị khen thưởng</h2>
      <p className="muted">Chủ tịch xã chủ trì Hội đồng và ký quyết định, nên tờ trình do người khác ký và gửi Chủ tịch.</p>
      <ProposalFields register={register} errors={errors} />

      <h2 style={{ marginTop: 28 }}>Căn cứ pháp lý của quyết định khen thưởng</h2>
      <p className="muted">Quyết định trích các căn cứ còn hiệu lực vào ngày ký, theo thứ tự dưới đây, rồi đến kế hoạch, biên bản họp Hội đồng và tờ trình. Khi luật thay đổi, thêm dòng mới và ghi ngày hết hiệu lực cho dòng cũ; không xoá dòng cũ.</p>
      <DatedListFields name="legalBases" control={control} register={register} errors={errors} textLabel="Căn cứ" textHint="Ví dụ: Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;" />

      <h2 style={{ marginTop: 28 }}>Cơ quan cấp trên nhận báo cáo</h2>
      <p className="muted">Báo cáo tổng kết gửi cơ quan còn hoạt động vào ngày của báo cáo (từ 01/7/2025 không còn cấp huyện: Sở Nội vụ tỉnh).</p>
      <DatedListFields name="higherBodies" control={control} register={register} errors={errors} textLabel="Cơ quan" textHint="Ví dụ: Sở Nội vụ tỉnh An Giang" />

      {failure && (
        <div style={{ marginTop: 16 }}>
          <Alert tone="danger" title="Chưa lưu được">
            {failure.text}
            {failure.details.length > 1 && (
              <ul>
                {failure.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
            {failure.stale && (
              <div style={{ marginTop: 8 }}>
                <button
                  type="button"
                  className="btn btn-sm"
                  onClick={() => {
                    // Another tab may have saved (and cleared) the shared draft: keep this tab's input.
                    draft.keepNow();
                    onReload();
                  }}
                >
                  Tải lại dữ liệu mới nhất
                </button>{' '}
                <span className="small">Nội dung bạn vừa nhập vẫn được giữ trong bản nháp.</span>
              </div>
            )}
          </Alert>
        </div>
      )}
      <div className="form-actions">
        {formState.isDirty && <span className="muted small">Có thay đổi chưa lưu</span>}
        <button type="submit" className="btn btn-primary" disabled={formState.isSubmitting}>
          Lưu cài đặt
        </button>
      </div>
    </form>
  );
}

function SalaryPreview({ control, index }: { control: ReturnType<typeof useForm<Input, unknown, Output>>['control']; index: number }) {
  return (
    <Controller
      control={control}
      name={`baseSalaries.${index}.amount`}
      render={({ field }) => <>{Number.isFinite(field.value) && field.value > 0 ? formatMoney(field.value) : 'Nhập số, ví dụ 2340000'}</>}
    />
  );
}
