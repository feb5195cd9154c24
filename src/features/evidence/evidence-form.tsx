// Adding or editing one evidence entry for a criterion: what was done, when, the document
// that proves it, and the participant's own assessment. Unsaved typing is kept as a draft.
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { evidenceFields, type Evidence } from '../../domain/evidence';
import { evidenceRepo } from '../../db/evidence-repo';
import { DateField, SelectField, TextAreaField, TextField } from '../../ui/fields';
import { DraftBanner } from '../../ui/draft-banner';
import { useFormDraft } from '../../ui/use-form-draft';
import { useToast } from '../../ui/toast';
import { ErrorMessage } from '../../ui/error-message';

const formSchema = evidenceFields
  .pick({ description: true, date: true, documentNumber: true, documentDate: true, selfComment: true })
  .extend({ selfAssessment: z.enum(['', 'dat', 'khong-dat']) });
type Input = z.input<typeof formSchema>;
type Output = z.output<typeof formSchema>;

interface Props {
  owner: { campaignId: string; participantId: string; criterionId: string };
  existing?: Evidence;
  onDone: (saved?: Evidence) => void;
}

export function EvidenceForm({ owner, existing, onDone }: Props) {
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      description: existing?.description ?? '',
      date: existing?.date,
      documentNumber: existing?.documentNumber ?? '',
      documentDate: existing?.documentDate,
      selfAssessment: existing?.selfAssessment ?? '',
      selfComment: existing?.selfComment ?? '',
    },
    mode: 'onTouched',
  });
  const { register, control, handleSubmit, formState } = form;
  const errors = formState.errors;
  const draft = useFormDraft(`evidence:${owner.participantId}:${owner.criterionId}:${existing?.id ?? 'new'}`, form);
  const toast = useToast();
  const [failure, setFailure] = useState<unknown>(null);

  const onSubmit = handleSubmit(async ({ selfAssessment, ...values }) => {
    setFailure(null);
    const fields = { ...values, selfAssessment: selfAssessment || undefined };
    try {
      const saved = existing ? await evidenceRepo.update(existing.id, existing.rev, fields) : await evidenceRepo.create({ ...owner, ...fields, attachmentIds: [] });
      draft.saved();
      toast.show(existing ? 'Đã lưu minh chứng' : 'Đã thêm minh chứng');
      onDone(saved);
    } catch (error) {
      setFailure(error);
    }
  });

  return (
    <form className="evidence-item stack" onSubmit={onSubmit} noValidate aria-label={existing ? 'Sửa minh chứng' : 'Thêm minh chứng'}>
      {draft.pending && <DraftBanner savedAt={draft.pending.savedAt} onRestore={draft.restore} onDiscard={draft.discard} />}
      <TextAreaField label="Nội dung minh chứng" hint="Việc đã làm, kết quả cụ thể" rows={3} error={errors.description?.message} {...register('description')} />
      <div className="form-grid" style={{ gridTemplateColumns: 'repeat(3, minmax(0, 1fr))' }}>
        <Controller control={control} name="date" render={({ field }) => <DateField label="Ngày" hint="Ví dụ: 15/11/2024" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.date?.message} />} />
        <TextField label="Số văn bản" hint="Ví dụ: 45/BC-UBND" error={errors.documentNumber?.message} {...register('documentNumber')} />
        <Controller
          control={control}
          name="documentDate"
          render={({ field }) => <DateField label="Ngày văn bản" hint="Ví dụ: 20/11/2024" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.documentDate?.message} />}
        />
      </div>
      <div className="form-grid" style={{ gridTemplateColumns: '200px 1fr' }}>
        <SelectField label="Tự đánh giá" {...register('selfAssessment')}>
          <option value="">Chưa tự đánh giá</option>
          <option value="dat">Đạt</option>
          <option value="khong-dat">Không đạt</option>
        </SelectField>
        <TextField label="Tự nhận xét" error={errors.selfComment?.message} {...register('selfComment')} />
      </div>
      {failure !== null && <ErrorMessage title="Chưa lưu được" error={failure} />}
      <div className="row" style={{ justifyContent: 'flex-end' }}>
        <button type="button" className="btn" onClick={() => onDone()}>
          Huỷ
        </button>
        <button type="submit" className="btn btn-primary" disabled={formState.isSubmitting}>
          {existing ? 'Lưu minh chứng' : 'Thêm minh chứng'}
        </button>
      </div>
    </form>
  );
}
