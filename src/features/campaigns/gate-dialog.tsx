// Recording a campaign gate's result and its proof (the document that says so):
// "Đạt / Không đạt" or the rank obtained, the score, and number, date and issuer.
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { saveGate } from '../../db/evidence-repo';
import type { Campaign, Gate } from '../../domain/campaign';
import { isoDateSchema, optionalLine, paragraph } from '../../domain/common';
import { StaleWriteError } from '../../domain/errors';
import { Alert } from '../../ui/alert';
import { Dialog } from '../../ui/dialog';
import { errorText } from '../../ui/error-text';
import { DateField, SelectField, TextAreaField, TextField } from '../../ui/fields';
import { useToast } from '../../ui/toast';

const gateForm = z
  .object({
    kind: z.enum(['yes-no', 'rank-at-most']),
    yesNo: z.enum(['', 'yes', 'no']),
    rank: z.string().trim(),
    score: z.string().trim(),
    documentNumber: optionalLine('Số văn bản', 60),
    documentDate: isoDateSchema.optional(),
    issuer: optionalLine('Cơ quan ban hành', 200),
    note: paragraph('Ghi chú', 2000),
  })
  .refine((f) => f.kind !== 'rank-at-most' || f.rank === '' || /^[1-9]\d{0,3}$/.test(f.rank), {
    message: 'Thứ hạng phải là số nguyên từ 1 trở lên, ví dụ 2',
    path: ['rank'],
  })
  .refine((f) => f.score === '' || Number.isFinite(Number(f.score.replace(',', '.'))), {
    message: 'Điểm phải là số, ví dụ 91,5',
    path: ['score'],
  });
type Input = z.input<typeof gateForm>;
type Output = z.output<typeof gateForm>;

function toForm(g: Gate): Input {
  return {
    kind: g.kind,
    yesNo: g.value === true ? 'yes' : g.value === false ? 'no' : '',
    rank: typeof g.value === 'number' ? String(g.value) : '',
    score: g.score === undefined ? '' : String(g.score).replace('.', ','),
    documentNumber: g.proof.documentNumber,
    documentDate: g.proof.documentDate,
    issuer: g.proof.issuer,
    note: g.proof.note,
  };
}

function fromForm(g: Gate, f: Output): Gate {
  const value = f.kind === 'yes-no' ? (f.yesNo === '' ? undefined : f.yesNo === 'yes') : f.rank === '' ? undefined : Number(f.rank);
  const score = f.score === '' ? undefined : Number(f.score.replace(',', '.'));
  const { value: _v, score: _s, ...rest } = g;
  return {
    ...rest,
    ...(value === undefined ? {} : { value }),
    ...(score === undefined ? {} : { score }),
    proof: { documentNumber: f.documentNumber, documentDate: f.documentDate, issuer: f.issuer, note: f.note },
  };
}

export function GateDialog({ campaign, gate, onClose }: { campaign: Campaign; gate: Gate; onClose: () => void }) {
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(gateForm), defaultValues: toForm(gate), mode: 'onTouched' });
  const { register, control, handleSubmit, formState } = form;
  const errors = formState.errors;
  const toast = useToast();
  const [failure, setFailure] = useState<{ text: string; stale: boolean } | null>(null);

  const save = handleSubmit(async (f) => {
    setFailure(null);
    try {
      // One door for gate results, wherever they are recorded: audited the same way, refused once closed.
      await saveGate(campaign.id, campaign.rev, fromForm(gate, f));
      toast.show('Đã ghi nhận kết quả điều kiện');
      onClose();
    } catch (error) {
      setFailure({ text: errorText(error), stale: error instanceof StaleWriteError });
    }
  });

  return (
    <Dialog
      open
      wide
      title="Ghi nhận kết quả điều kiện"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Huỷ
          </button>
          <button type="submit" form="gate-form" className="btn btn-primary" disabled={formState.isSubmitting}>
            Lưu kết quả
          </button>
        </>
      }
    >
      <form id="gate-form" onSubmit={save} noValidate className="stack">
        <p className="muted" style={{ margin: 0 }}>
          {gate.text}
        </p>
        <div className="form-grid">
          {gate.kind === 'yes-no' ? (
            <SelectField label="Kết quả" error={errors.yesNo?.message} {...register('yesNo')}>
              <option value="">Chưa có kết quả</option>
              <option value="yes">Đạt</option>
              <option value="no">Không đạt</option>
            </SelectField>
          ) : (
            <TextField
              label="Thứ hạng đạt được"
              inputMode="numeric"
              hint={`Đạt khi xếp từ hạng 1 đến hạng ${gate.maxRank ?? 1}. Để trống nếu chưa có.`}
              error={errors.rank?.message}
              {...register('rank')}
            />
          )}
          <TextField label="Điểm số (nếu có)" inputMode="decimal" hint="Ví dụ 91,5" error={errors.score?.message} {...register('score')} />
          <TextField label="Số văn bản làm căn cứ" hint="Ví dụ 45/TB-PNV" error={errors.documentNumber?.message} {...register('documentNumber')} />
          <Controller
            control={control}
            name="documentDate"
            render={({ field }) => <DateField label="Ngày văn bản" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.documentDate?.message} />}
          />
          <TextField label="Cơ quan ban hành" fieldClassName="span-2" hint="Ví dụ: Phòng Nội vụ thị xã Tịnh Biên" error={errors.issuer?.message} {...register('issuer')} />
          <TextAreaField label="Ghi chú" fieldClassName="span-2" rows={2} error={errors.note?.message} {...register('note')} />
        </div>
        {failure && (
          <Alert tone="danger" title="Chưa lưu được">
            {failure.text}
            {failure.stale && (
              <div style={{ marginTop: 8 }}>
                <button type="button" className="btn btn-sm" onClick={() => window.location.reload()}>
                  Tải lại dữ liệu mới nhất
                </button>
              </div>
            )}
          </Alert>
        )}
      </form>
    </Dialog>
  );
}
