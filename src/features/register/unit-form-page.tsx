// Thêm / sửa một đơn vị, validated by the domain schema (unitFields).
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import { UNIT_KIND_LABELS, UNIT_KINDS, unitFields, type Unit } from '../../domain/register';
import { unitsRepo } from '../../db/register-repo';
import { Checkbox, DateField, SelectField, TextAreaField, TextField } from '../../ui/fields';
import { DraftBanner } from '../../ui/draft-banner';
import { Page } from '../../ui/page';
import { useFormDraft } from '../../ui/use-form-draft';
import { useFollowRecord } from '../../ui/use-follow-record';
import { ClashNotice } from '../../ui/clash-notice';
import { useToast } from '../../ui/toast';
import { SaveFailure } from './save-failure';
import { SubjectHistory } from './subject-history';

type Input = z.input<typeof unitFields>;
type Output = z.output<typeof unitFields>;

export function UnitFormPage() {
  const { unitId } = useParams();
  const stored = useLiveQuery(async () => (unitId ? ((await unitsRepo.get(unitId)) ?? null) : null), [unitId]);
  return (
    <Page title={unitId ? 'Sửa đơn vị' : 'Thêm đơn vị'} breadcrumb={<><Link to="/register">Đơn vị & cán bộ</Link> › <Link to="/register/units">Đơn vị</Link></>} help={<><strong>Trang này để làm gì?</strong> Khai báo một tập thể (bộ phận, ấp, đoàn thể) có thể tham gia phong trào. Tên đơn vị được in lên văn bản (tờ trình, quyết định, giấy khen) đúng như nhập ở đây.</>}>
      {unitId && stored === undefined ? <p className="muted">Đang tải…</p> : null}
      {unitId && stored === null ? <p role="alert">Không tìm thấy đơn vị này; có thể đã bị xoá.</p> : null}
      {(!unitId || stored) && <UnitForm key={stored?.id ?? 'new'} stored={stored ?? undefined} />}
      {stored && <SubjectHistory unitId={stored.id} name={stored.name} />}
    </Page>
  );
}

function UnitForm({ stored }: { stored: Unit | undefined }) {
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(unitFields),
    defaultValues: stored ?? { name: '', kind: 'bo-phan', note: '', archived: false, headName: '', headPosition: '' },
    mode: 'onTouched',
  });
  const clashes = useFollowRecord(form, stored ?? form.getValues(), stored?.rev ?? 0);
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;
  const draft = useFormDraft(`unit:${stored?.id ?? 'new'}`, form);
  const [failure, setFailure] = useState<unknown>(null);
  const navigate = useNavigate();
  const toast = useToast();

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      if (stored) await unitsRepo.update(stored.id, stored.rev, values);
      else await unitsRepo.create(values);
      draft.saved();
      toast.show(`Đã lưu “${values.name}”`);
      await navigate('/register/units');
    } catch (error) {
      setFailure(error);
    }
  });

  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-label="Thông tin đơn vị">
      {draft.pending && <DraftBanner savedAt={draft.pending.savedAt} onRestore={draft.restore} onDiscard={draft.discard} />}
      <ClashNotice fields={clashes} labels={{ name: 'Tên đơn vị', kind: 'Loại đơn vị', headName: 'Người đứng đầu', headPosition: 'Chức vụ người đứng đầu', womenPercent: 'Tỉ lệ nữ', womenRecordedOn: 'Tỉ lệ nữ tính đến ngày', note: 'Ghi chú' }} saveLabel="Lưu" />
      <div className="form-grid">
        <TextField label="Tên đơn vị" hint="Ví dụ: Bộ phận Tiếp nhận và Trả kết quả" error={errors.name?.message} {...register('name')} />
        <SelectField label="Loại đơn vị" error={errors.kind?.message} {...register('kind')}>
          {UNIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {UNIT_KIND_LABELS[k]}
            </option>
          ))}
        </SelectField>
        <TextField label="Người đứng đầu" hint="Họ tên; ký báo cáo thành tích của đơn vị và xác nhận báo cáo của cán bộ trong đơn vị" error={errors.headName?.message} {...register('headName')} />
        <TextField label="Chức vụ người đứng đầu" hint="Ví dụ: Trưởng Công an xã" error={errors.headPosition?.message} {...register('headPosition')} />
        <TextField
          label="Tỉ lệ nữ trong đơn vị (%)"
          hint="Dùng khi Hội đồng áp dụng ưu tiên theo Điều 4 Nghị định 152/2025/NĐ-CP: tập thể có từ 70% nữ được ưu tiên khi bằng phiếu."
          inputMode="decimal"
          error={errors.womenPercent?.message}
          {...register('womenPercent', { setValueAs: (v: unknown) => (v === '' || v === null || v === undefined ? undefined : Number(String(v).replace(',', '.'))) })}
        />
        <Controller
          control={form.control}
          name="womenRecordedOn"
          render={({ field }) => <DateField label="Tỉ lệ nữ tính đến ngày" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.womenRecordedOn?.message} />}
        />
        <TextAreaField label="Ghi chú" fieldClassName="span-2" rows={3} error={errors.note?.message} {...register('note')} />
        {stored?.archived && <Checkbox label="Đã lưu trữ (ẩn khỏi danh sách)" {...register('archived')} />}
      </div>
      <SaveFailure error={failure} />
      <div className="form-actions">
        <Link className="btn" to="/register/units">
          Huỷ
        </Link>
        <button type="submit" className="btn btn-primary" disabled={formState.isSubmitting}>
          Lưu
        </button>
      </div>
    </form>
  );
}

export { UnitFormPage as Component };
