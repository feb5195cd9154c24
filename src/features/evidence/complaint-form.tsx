// Recording a citizen's complaint (phản ánh) about a participant, and its verification.
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { complaintFields, type Complaint } from '../../domain/evidence';
import { complaintsRepo } from '../../db/evidence-repo';
import { Checkbox, DateField, TextAreaField, TextField } from '../../ui/fields';
import { DraftBanner } from '../../ui/draft-banner';
import { useFormDraft } from '../../ui/use-form-draft';
import { useToast } from '../../ui/toast';
import { ErrorMessage } from '../../ui/error-message';

const formSchema = complaintFields.pick({ date: true, content: true, source: true, substantiated: true, verificationNote: true });
type Input = z.input<typeof formSchema>;
type Output = z.output<typeof formSchema>;

interface Props {
  owner: { campaignId: string; participantId: string };
  existing?: Complaint;
  onDone: () => void;
}

export function ComplaintForm({ owner, existing, onDone }: Props) {
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      date: existing?.date ?? '',
      content: existing?.content ?? '',
      source: existing?.source ?? '',
      substantiated: existing?.substantiated ?? false,
      verificationNote: existing?.verificationNote ?? '',
    },
    mode: 'onTouched',
  });
  const { register, control, handleSubmit, formState } = form;
  const errors = formState.errors;
  const draft = useFormDraft(`complaint:${owner.participantId}:${existing?.id ?? 'new'}`, form);
  const toast = useToast();
  const [failure, setFailure] = useState<unknown>(null);

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      if (existing) await complaintsRepo.update(existing.id, existing.rev, values);
      else await complaintsRepo.create({ ...owner, ...values });
      draft.saved();
      toast.show('Đã lưu phản ánh');
      onDone();
    } catch (error) {
      setFailure(error);
    }
  });

  return (
    <form className="evidence-item stack" onSubmit={onSubmit} noValidate aria-label={existing ? 'Sửa phản ánh' : 'Thêm phản ánh'}>
      {draft.pending && <DraftBanner savedAt={draft.pending.savedAt} onRestore={draft.restore} onDiscard={draft.discard} />}
      <div className="form-grid" style={{ gridTemplateColumns: '200px 1fr' }}>
        <Controller
          control={control}
          name="date"
          render={({ field }) => <DateField label="Ngày phản ánh" required value={field.value || undefined} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} error={errors.date?.message} />}
        />
        <TextField label="Nguồn phản ánh" hint="Ví dụ: Hộp thư góp ý, đường dây nóng, tiếp công dân" error={errors.source?.message} {...register('source')} />
      </div>
      <TextAreaField label="Nội dung phản ánh" rows={2} error={errors.content?.message} {...register('content')} />
      <Checkbox label="Đã xác minh, phản ánh có căn cứ" {...register('substantiated')} />
      <TextAreaField label="Kết quả xác minh" hint="Ví dụ: Biên bản làm việc ngày 20/9/2024" rows={2} error={errors.verificationNote?.message} {...register('verificationNote')} />
      {failure !== null && <ErrorMessage title="Chưa lưu được" error={failure} />}
      <div className="row" style={{ justifyContent: 'flex-end' }}>
        <button type="button" className="btn" onClick={onDone}>
          Huỷ
        </button>
        <button type="submit" className="btn btn-primary" disabled={formState.isSubmitting}>
          Lưu phản ánh
        </button>
      </div>
    </form>
  );
}
