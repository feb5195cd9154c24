// Thêm / sửa một cán bộ: the form is the domain schema (personFields) through zodResolver.
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import { GENDER_LABELS, PERSON_KIND_LABELS, PERSON_KINDS, personFields, type Person, type Unit } from '../../domain/register';
import { peopleRepo } from '../../db/register-repo';
import { Checkbox, DateField, SelectField, TextField } from '../../ui/fields';
import { DraftBanner } from '../../ui/draft-banner';
import { Page } from '../../ui/page';
import { useFormDraft } from '../../ui/use-form-draft';
import { useFollowRecord } from '../../ui/use-follow-record';
import { ClashNotice } from '../../ui/clash-notice';
import { useToast } from '../../ui/toast';
import { PersonNameChecks } from './person-name-checks';
import { SaveFailure } from './save-failure';
import { SubjectHistory } from './subject-history';
import { useUnits } from './use-register';

type Input = z.input<typeof personFields>;
type Output = z.output<typeof personFields>;

export function PersonFormPage() {
  const { personId } = useParams();
  const stored = useLiveQuery(async () => (personId ? ((await peopleRepo.get(personId)) ?? null) : null), [personId]);
  // The form is drawn only once the units are in: a <select> registered before its options exist
  // shows "— Chưa chọn —", and saving would then silently drop the person's unit.
  const units = useUnits();
  const title = personId ? 'Sửa thông tin cán bộ' : 'Thêm cán bộ';
  return (
    <Page
      title={title}
      breadcrumb={<Link to="/register">Đơn vị & cán bộ</Link>}
      help={
        <>
          <strong>Trang này để làm gì?</strong> Ghi thông tin một cán bộ, công chức để dùng lại trong mọi phong trào. Họ tên được chuẩn hoá (bỏ khoảng trắng thừa, dấu tiếng Việt dựng
          sẵn) khi lưu. Người đã nghỉ vẫn giữ trong danh sách nhưng không được đăng ký vào phong trào mới.
        </>
      }
    >
      {(personId && stored === undefined) || units === undefined ? <p className="muted">Đang tải…</p> : null}
      {personId && stored === null ? <p role="alert">Không tìm thấy cán bộ này; có thể đã bị xoá.</p> : null}
      {(!personId || stored) && units && <PersonForm key={stored?.id ?? 'new'} stored={stored ?? undefined} units={units} />}
      {stored && <SubjectHistory personId={stored.id} name={stored.fullName} />}
    </Page>
  );
}

function PersonForm({ stored, units }: { stored: Person | undefined; units: Unit[] }) {
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(personFields),
    defaultValues: stored ?? { fullName: '', gender: 'nam', position: '', kind: 'cong-chuc', active: true, archived: false },
    mode: 'onTouched',
  });
  const clashes = useFollowRecord(form, stored ?? form.getValues(), stored?.rev ?? 0);
  const { register, control, handleSubmit, formState } = form;
  const errors = formState.errors;
  const [fullName, unitId, dateOfBirth] = useWatch({ control, name: ['fullName', 'unitId', 'dateOfBirth'] });
  const draft = useFormDraft(`person:${stored?.id ?? 'new'}`, form);
  const [failure, setFailure] = useState<unknown>(null);
  const navigate = useNavigate();
  const toast = useToast();

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      if (stored) await peopleRepo.update(stored.id, stored.rev, { ...values, unitId: values.unitId });
      else await peopleRepo.create(values);
      draft.saved();
      toast.show(`Đã lưu “${values.fullName}”`);
      await navigate('/register');
    } catch (error) {
      setFailure(error);
    }
  });

  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-label="Thông tin cán bộ">
      {draft.pending && <DraftBanner savedAt={draft.pending.savedAt} onRestore={draft.restore} onDiscard={draft.discard} />}
      <ClashNotice fields={clashes} labels={{ fullName: 'Họ và tên', gender: 'Giới tính', dateOfBirth: 'Ngày sinh', position: 'Chức vụ', kind: 'Đối tượng', unitId: 'Đơn vị', active: 'Đang công tác' }} saveLabel="Lưu" />
      <div className="form-grid">
        <TextField label="Họ và tên" autoComplete="off" error={errors.fullName?.message} {...register('fullName')} />
        <PersonNameChecks
          fullName={fullName ?? ''}
          unitId={unitId}
          dateOfBirth={dateOfBirth}
          selfId={stored?.id}
          units={units}
          onUseName={(name) => form.setValue('fullName', name, { shouldDirty: true, shouldValidate: true })}
        />
        <SelectField label="Giới tính" error={errors.gender?.message} {...register('gender')}>
          {Object.entries(GENDER_LABELS).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </SelectField>
        <Controller
          control={control}
          name="dateOfBirth"
          render={({ field }) => <DateField label="Ngày sinh (nếu có)" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.dateOfBirth?.message} />}
        />
        <TextField label="Chức vụ" hint="Ví dụ: Công chức Văn phòng - Thống kê" error={errors.position?.message} {...register('position')} />
        <SelectField label="Đối tượng" error={errors.kind?.message} {...register('kind')}>
          {PERSON_KINDS.map((k) => (
            <option key={k} value={k}>
              {PERSON_KIND_LABELS[k]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Đơn vị" error={errors.unitId?.message} {...register('unitId', { setValueAs: (v: string) => v || undefined })}>
          <option value="">— Chưa chọn —</option>
          {units
            .filter((u) => !u.archived || u.id === stored?.unitId)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
        </SelectField>
        <Checkbox label="Đang công tác" {...register('active')} />
        {stored?.archived && <Checkbox label="Đã lưu trữ (ẩn khỏi danh sách)" {...register('archived')} />}
      </div>
      <SaveFailure error={failure} />
      <div className="form-actions">
        <Link className="btn" to="/register">
          Huỷ
        </Link>
        <button type="submit" className="btn btn-primary" disabled={formState.isSubmitting}>
          Lưu
        </button>
      </div>
    </form>
  );
}

export { PersonFormPage as Component };
