// The dossier of one nominee: checklist, báo cáo thành tích (sections prefilled from the
// evidence), and the appraisal (thẩm định). Unsaved typing is kept as a draft.
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { Plus, Trash2, Wand2 } from 'lucide-react';
import { COUNCIL_DOSSIER_ITEM, DOSSIER_ITEMS, DOSSIER_ITEM_LABELS, type Nomination } from '../../domain/nomination';
import { DateField, SelectField, TextAreaField, TextField } from '../../ui/fields';
import { DraftBanner } from '../../ui/draft-banner';
import { useFormDraft } from '../../ui/use-form-draft';
import { useFollowRecord } from '../../ui/use-follow-record';
import { ClashNotice } from '../../ui/clash-notice';

export interface DossierValues {
  checklist: Record<(typeof DOSSIER_ITEMS)[number], boolean>;
  summary: string;
  sections: { heading: string; body: string }[];
  appraisalResult: '' | 'dat' | 'khong-dat';
  appraisalDate: string | undefined;
  appraisalNote: string;
  achievement: string;
}

export function toValues(n: Nomination, prefill: DossierValues['sections']): DossierValues {
  const d = n.dossier;
  return {
    checklist: { 'to-trinh': !!d.checklist['to-trinh'], 'bao-cao-thanh-tich': !!d.checklist['bao-cao-thanh-tich'], 'bien-ban': !!d.checklist['bien-ban'] },
    summary: d.report.summary,
    sections: d.report.sections.length ? d.report.sections : prefill,
    appraisalResult: d.appraisalResult ?? '',
    appraisalDate: d.appraisalDate,
    appraisalNote: d.appraisalNote,
    achievement: d.achievement,
  };
}

export function toDossier(v: DossierValues): Nomination['dossier'] {
  return {
    checklist: v.checklist,
    report: { summary: v.summary, sections: v.sections },
    ...(v.appraisalResult ? { appraisalResult: v.appraisalResult } : {}),
    ...(v.appraisalDate ? { appraisalDate: v.appraisalDate } : {}),
    appraisalNote: v.appraisalNote,
    achievement: v.achievement,
  };
}

const FIELD_LABELS: Record<string, string> = {
  checklist: 'Thành phần hồ sơ',
  summary: 'Sơ lược thành tích',
  sections: 'các mục của báo cáo thành tích',
  achievement: 'Thành tích ghi trên Giấy khen',
  appraisalResult: 'Kết quả thẩm định',
  appraisalDate: 'Ngày thẩm định',
  appraisalNote: 'Ý kiến thẩm định',
};

interface Props {
  nomination: Nomination;
  prefill: DossierValues['sections'];
  locked: boolean;
  children: (form: { values: () => DossierValues; submit: () => void; dirty: boolean; saved: () => void }) => React.ReactNode;
  onSave: (values: DossierValues) => Promise<boolean>;
}

export function DossierForm({ nomination, prefill, locked, onSave, children }: Props) {
  const form = useForm<DossierValues>({ defaultValues: toValues(nomination, prefill) });
  const clashes = useFollowRecord(form, toValues(nomination, prefill), nomination.rev);
  const { register, control, handleSubmit, getValues, setValue, formState } = form;
  const sections = useFieldArray({ control, name: 'sections' });
  const draft = useFormDraft(`dossier:${nomination.id}`, form);
  const submit = handleSubmit(async (values) => {
    if (await onSave(values)) {
      draft.saved();
      form.reset(values);
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} className="stack" aria-label="Hồ sơ đề xuất">
      {draft.pending && <DraftBanner savedAt={draft.pending.savedAt} onRestore={draft.restore} onDiscard={draft.discard} />}
      <ClashNotice fields={clashes} labels={FIELD_LABELS} saveLabel="Lưu hồ sơ" />
      <fieldset disabled={locked} className="dz-fieldset">
        <section className="card">
          <h2>Thành phần hồ sơ</h2>
          <div className="stack">
            {DOSSIER_ITEMS.filter((item) => item !== COUNCIL_DOSSIER_ITEM).map((item) => (
              <label key={item} className="checkbox">
                <input type="checkbox" {...register(`checklist.${item}`)} />
                {DOSSIER_ITEM_LABELS[item]}
              </label>
            ))}
            <p className="muted small" style={{ margin: 0 }}>
              {nomination.dossier.checklist[COUNCIL_DOSSIER_ITEM]
                ? `${DOSSIER_ITEM_LABELS[COUNCIL_DOSSIER_ITEM]}: đã có (Hội đồng đã công bố kết quả bỏ phiếu).`
                : `${DOSSIER_ITEM_LABELS[COUNCIL_DOSSIER_ITEM]}: do Hội đồng lập, tự vào hồ sơ khi công bố kết quả bỏ phiếu.`}
            </p>
          </div>
        </section>
        <section className="card">
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <h2>Báo cáo thành tích</h2>
            <button type="button" className="btn btn-sm" onClick={() => setValue('sections', prefill, { shouldDirty: true })} disabled={!prefill.length}>
              <Wand2 size={16} aria-hidden="true" /> Điền lại từ minh chứng
            </button>
          </div>
          <div className="stack">
            <TextAreaField label="Sơ lược thành tích" rows={3} {...register('summary')} />
            {sections.fields.map((field, i) => (
              <fieldset key={field.id} className="dz-section">
                <legend>Mục {i + 1}</legend>
                <TextField label={`Tiêu đề mục ${i + 1}`} {...register(`sections.${i}.heading`)} />
                <TextAreaField label={`Nội dung mục ${i + 1}`} rows={4} {...register(`sections.${i}.body`)} />
                <button type="button" className="btn btn-sm btn-ghost" onClick={() => sections.remove(i)}>
                  <Trash2 size={16} aria-hidden="true" /> Xoá mục {i + 1}
                </button>
              </fieldset>
            ))}
            {!sections.fields.length && <p className="muted small">Chưa có mục nào. Người này chưa có minh chứng để điền sẵn; hãy thêm mục.</p>}
            <div>
              <button type="button" className="btn btn-sm" onClick={() => sections.append({ heading: '', body: '' })}>
                <Plus size={16} aria-hidden="true" /> Thêm mục
              </button>
            </div>
            <TextField label="Thành tích ghi trên Giấy khen" hint="Ví dụ: Đã có thành tích xuất sắc trong công tác cải cách hành chính năm 2024" {...register('achievement')} />
          </div>
        </section>
        <section className="card">
          <h2>Thẩm định hồ sơ</h2>
          <div className="form-grid">
            <SelectField label="Kết quả thẩm định" {...register('appraisalResult')}>
              <option value="">Chưa thẩm định</option>
              <option value="dat">Đạt</option>
              <option value="khong-dat">Không đạt</option>
            </SelectField>
            <Controller
              control={control}
              name="appraisalDate"
              render={({ field: f }) => <DateField label="Ngày thẩm định" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
            />
            <TextAreaField label="Ý kiến thẩm định" rows={2} fieldClassName="span-2" {...register('appraisalNote')} />
          </div>
        </section>
      </fieldset>
      {children({ values: getValues, submit: () => void submit(), dirty: formState.isDirty, saved: draft.saved })}
    </form>
  );
}
