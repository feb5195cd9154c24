// Editor sections: the plan's identity (number, date, issuer, title, signer) and its basis
// documents, purposes and requirements, and who takes part.
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { Plus } from 'lucide-react';
import { PERSON_KINDS, PERSON_KIND_LABELS, UNIT_KINDS, UNIT_KIND_LABELS } from '../../domain/register';
import { newId } from '../../lib/ids';
import { Checkbox, DateField, TextAreaField, TextField } from '../../ui/fields';
import type { EditorValues } from './editor-model';
import { EditorSection, ItemTools, LinesField, useErrors, useFieldError } from './editor-parts';

export function IdentitySection() {
  const { register, control } = useFormContext<EditorValues>();
  const e = useErrors();
  return (
    <EditorSection id="identity" title="Thông tin văn bản" lead="In ở phần đầu và phần ký của kế hoạch. Số và ngày ban hành điền khi kế hoạch đã ký.">
      <div className="form-grid">
        <TextField label="Tên phong trào" hint="Tên ngắn dùng trong các danh sách" fieldClassName="span-2" error={e('shortName')} {...register('shortName')} />
        <TextField label="Số, ký hiệu" hint="Ví dụ: 99/KH-UBND. Để trống nếu chưa có số" error={e('documentNumber')} {...register('documentNumber')} />
        <Controller
          control={control}
          name="issueDate"
          render={({ field }) => <DateField label="Ngày ban hành" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={e('issueDate')} />}
        />
        <TextField label="Cơ quan ban hành" hint="Ví dụ: Ủy ban nhân dân xã Văn Giáo" error={e('issuingBody')} {...register('issuingBody')} />
        <TextField label="Cơ quan cấp trên" hint="Ví dụ: Ủy ban nhân dân thị xã Tịnh Biên" error={e('higherBody')} {...register('higherBody')} />
        <TextField label="Địa danh" hint="Ghi ở dòng ngày tháng: “Văn Giáo, ngày …”" error={e('place')} {...register('place')} />
        <TextField label="Năm thi đua" type="number" error={e('year')} {...register('year', { valueAsNumber: true })} />
        <TextField label="Loại văn bản" hint="Ví dụ: Kế hoạch" error={e('documentType')} {...register('documentType')} />
        <div />
        <TextAreaField label="Trích yếu" hint="Mỗi dòng in thành một dòng dưới chữ KẾ HOẠCH" rows={2} fieldClassName="span-2" error={e('title')} {...register('title')} />
      </div>
      <h3 style={{ fontSize: 16, margin: '20px 0 10px' }}>Người ký</h3>
      <div className="form-grid" style={{ gridTemplateColumns: '140px 1fr 1fr' }}>
        <TextField label="Thẩm quyền" hint="KT., TM., TL. hoặc để trống" error={e('signature.prefix')} {...register('signature.prefix')} />
        <TextField label="Chức vụ người ký" hint="Ví dụ: Phó Chủ tịch" error={e('signature.position')} {...register('signature.position')} />
        <TextField label="Họ tên người ký" error={e('signature.signerName')} {...register('signature.signerName')} />
      </div>
    </EditorSection>
  );
}

export function BasisSection() {
  const { register, control } = useFormContext<EditorValues>();
  const basis = useFieldArray({ control, name: 'basis' });
  const e = useErrors();
  return (
    <EditorSection id="basis" title="Căn cứ và phần mở đầu" lead="Các văn bản mà kế hoạch thực hiện hoặc viện dẫn.">
      {basis.fields.map((f, i) => (
        <fieldset key={f.id} style={{ marginBottom: 12 }}>
          <legend>Văn bản căn cứ {i + 1}</legend>
          <div className="row" style={{ alignItems: 'flex-start', flexWrap: 'nowrap' }}>
            <div className="form-grid" style={{ gridTemplateColumns: '180px 170px 1fr', flex: 1 }}>
              <TextField label="Số, ký hiệu" error={e(`basis.${i}.number`)} {...register(`basis.${i}.number`)} />
              <Controller
                control={control}
                name={`basis.${i}.date`}
                render={({ field }) => <DateField label="Ngày" hint="dd/mm/yyyy" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={e(`basis.${i}.date`)} />}
              />
              <TextField label="Cơ quan ban hành" error={e(`basis.${i}.issuer`)} {...register(`basis.${i}.issuer`)} />
              <TextAreaField label="Trích yếu" rows={2} fieldClassName="span-all" error={e(`basis.${i}.summary`)} {...register(`basis.${i}.summary`)} />
            </div>
            <ItemTools index={i} count={basis.fields.length} noun="văn bản căn cứ" onMove={basis.move} onRemove={() => basis.remove(i)} />
          </div>
        </fieldset>
      ))}
      <button type="button" className="btn btn-sm" onClick={() => basis.append({ id: newId(), number: '', issuer: '', summary: '' })}>
        <Plus size={16} aria-hidden="true" /> Thêm văn bản căn cứ
      </button>
      <div style={{ marginTop: 16 }}>
        <TextAreaField label="Phần mở đầu" hint="Đoạn “Thực hiện Kế hoạch số … như sau:”" rows={4} error={e('intro')} {...register('intro')} />
      </div>
    </EditorSection>
  );
}

export function PurposesSection() {
  const { register } = useFormContext<EditorValues>();
  return (
    <EditorSection id="purposes" title="I. Mục đích, yêu cầu">
      <TextField label="Tiêu đề mục 1" error={useFieldError('purposes.heading')} {...register('purposes.heading')} />
      <div style={{ margin: '10px 0 20px' }}>
        <LinesField name="purposes.items" noun="Mục đích" addLabel="Thêm mục đích" rows={3} />
      </div>
      <TextField label="Tiêu đề mục 2" error={useFieldError('requirements.heading')} {...register('requirements.heading')} />
      <div style={{ marginTop: 10 }}>
        <LinesField name="requirements.items" noun="Yêu cầu" addLabel="Thêm yêu cầu" />
      </div>
    </EditorSection>
  );
}

export function ScopeSection() {
  const { register } = useFormContext<EditorValues>();
  return (
    <EditorSection id="scope" title="II. Đối tượng thi đua" lead="Loại đơn vị và cán bộ được đăng ký vào phong trào; các dòng dưới đây được in trong kế hoạch.">
      <div className="form-grid">
        <fieldset>
          <legend>Tập thể</legend>
          <div className="stack" style={{ gap: 6 }}>
            {UNIT_KINDS.map((k) => (
              <Checkbox key={k} label={UNIT_KIND_LABELS[k]} value={k} {...register('scope.unitKinds')} />
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>Cá nhân</legend>
          <div className="stack" style={{ gap: 6 }}>
            {PERSON_KINDS.map((k) => (
              <Checkbox key={k} label={PERSON_KIND_LABELS[k]} value={k} {...register('scope.personKinds')} />
            ))}
          </div>
        </fieldset>
      </div>
      <div style={{ marginTop: 14 }}>
        <LinesField name="scope.text" noun="Đối tượng" addLabel="Thêm dòng đối tượng" />
      </div>
    </EditorSection>
  );
}
