// Editor sections: criteria (tiêu chí), campaign gates (điều kiện chung), rewards with their
// quotas and coefficients, and the procedure (cách thức thực hiện).
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { Plus } from 'lucide-react';
import { APPLIES_TO, CRITERION_KINDS, CRITERION_KIND_LABELS } from '../../domain/campaign';
import { CATEGORIES, CATEGORY_LABELS } from '../../domain/rules';
import { newId } from '../../lib/ids';
import { Checkbox, SelectField, TextAreaField, TextField } from '../../ui/fields';
import { AwardRules } from './editor-award-rules';
import type { EditorValues } from './editor-model';
import { EditorSection, ErrorAt, ItemTools, LinesField, useErrors } from './editor-parts';
import { ComplaintWindowFields } from './editor-complaint-window';

const APPLIES_LABELS: Record<(typeof APPLIES_TO)[number], string> = { collective: 'Tập thể', individual: 'Cá nhân', both: 'Cả tập thể và cá nhân' };

export function CriteriaSection() {
  const { register, control } = useFormContext<EditorValues>();
  const list = useFieldArray({ control, name: 'criteria' });
  const e = useErrors();
  return (
    <EditorSection id="criteria" title="III.1. Tiêu chí thi đua" lead="Theo thứ tự in trong kế hoạch. Điều kiện chung được đánh dấu “in cùng tiêu chí” đứng trước các tiêu chí này.">
      {list.fields.map((f, i) => (
        <fieldset key={f.id} style={{ marginBottom: 12 }}>
          <legend>Tiêu chí {i + 1}</legend>
          <div className="row" style={{ alignItems: 'flex-start', flexWrap: 'nowrap' }}>
            <div className="form-grid" style={{ gridTemplateColumns: 'minmax(0, 1.3fr) minmax(0, 1fr) minmax(0, 1fr)', flex: 1 }}>
              <TextField label="Tên ngắn" hint="Dùng trong bảng chấm" error={e(`criteria.${i}.shortName`)} {...register(`criteria.${i}.shortName`)} />
              <SelectField label="Áp dụng cho" {...register(`criteria.${i}.appliesTo`)}>
                {APPLIES_TO.map((a) => (
                  <option key={a} value={a}>
                    {APPLIES_LABELS[a]}
                  </option>
                ))}
              </SelectField>
              <SelectField label="Loại tiêu chí" {...register(`criteria.${i}.kind`)}>
                {CRITERION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {CRITERION_KIND_LABELS[k]}
                  </option>
                ))}
              </SelectField>
              <ComplaintWindowFields index={i} />
              <TextAreaField label="Nội dung tiêu chí" rows={3} fieldClassName="span-all" error={e(`criteria.${i}.text`)} {...register(`criteria.${i}.text`)} />
            </div>
            <ItemTools index={i} count={list.fields.length} noun="tiêu chí" onMove={list.move} onRemove={() => list.remove(i)} />
          </div>
        </fieldset>
      ))}
      <ErrorAt path="criteria" />
      <div>
        <button type="button" className="btn btn-sm" onClick={() => list.append({ id: newId(), shortName: '', text: '', appliesTo: 'both', kind: 'required' })}>
          <Plus size={16} aria-hidden="true" /> Thêm tiêu chí
        </button>
      </div>
    </EditorSection>
  );
}

export function GatesSection() {
  const { register, control } = useFormContext<EditorValues>();
  const list = useFieldArray({ control, name: 'gates' });
  const kinds = useWatch({ control, name: 'gates' });
  const e = useErrors();
  return (
    <EditorSection
      id="gates-edit"
      title="Điều kiện chung để xét khen thưởng"
      lead="Điều kiện phải đạt thì mới xét khen thưởng cho bất kỳ ai (ví dụ: xã được thị xã tặng giấy khen; xếp hạng cải cách hành chính). Kết quả ghi nhận ở trang Tổng quan."
    >
      {list.fields.map((f, i) => (
        <fieldset key={f.id} style={{ marginBottom: 12 }}>
          <legend>Điều kiện {i + 1}</legend>
          <div className="row" style={{ alignItems: 'flex-start', flexWrap: 'nowrap' }}>
            <div className="form-grid" style={{ gridTemplateColumns: '260px 160px 1fr', flex: 1, alignItems: 'end' }}>
              <SelectField label="Cách đánh giá" {...register(`gates.${i}.kind`)}>
                <option value="yes-no">Đạt / Không đạt</option>
                <option value="rank-at-most">Xếp hạng không quá một mức</option>
              </SelectField>
              {kinds?.[i]?.kind === 'rank-at-most' ? (
                <TextField label="Hạng thấp nhất còn đạt" type="number" min={1} error={e(`gates.${i}.maxRank`)} {...register(`gates.${i}.maxRank`, { setValueAs: (v: string) => (v === '' ? undefined : Number(v)) })} />
              ) : (
                <div />
              )}
              <Checkbox label="In cùng các tiêu chí thi đua" {...register(`gates.${i}.listedWithCriteria`)} />
              <TextAreaField label="Nội dung điều kiện" rows={2} fieldClassName="span-all" error={e(`gates.${i}.text`)} {...register(`gates.${i}.text`)} />
            </div>
            <ItemTools index={i} count={list.fields.length} noun="điều kiện" onMove={list.move} onRemove={() => list.remove(i)} />
          </div>
        </fieldset>
      ))}
      <button type="button" className="btn btn-sm" onClick={() => list.append({ id: newId(), text: '', kind: 'yes-no', listedWithCriteria: false, proof: { documentNumber: '', issuer: '', note: '' } })}>
        <Plus size={16} aria-hidden="true" /> Thêm điều kiện
      </button>
    </EditorSection>
  );
}

export function RewardsSection() {
  const { register, control } = useFormContext<EditorValues>();
  const list = useFieldArray({ control, name: 'rewards' });
  const e = useErrors();
  return (
    <EditorSection id="rewards" title="III.2. Hình thức, số lượng khen thưởng" lead="Chỉ tiêu theo từng loại; hệ số dùng để tính tiền thưởng (hệ số × mức lương cơ sở, làm tròn lên).">
      {list.fields.map((f, i) => (
        <fieldset key={f.id} style={{ marginBottom: 12 }}>
          <legend>Hình thức {i + 1}</legend>
          <div className="row" style={{ alignItems: 'flex-start', flexWrap: 'nowrap' }}>
            <div className="form-grid" style={{ gridTemplateColumns: '1fr 140px 110px 110px', flex: 1 }}>
              <TextField label="Hình thức khen thưởng" error={e(`rewards.${i}.form`)} {...register(`rewards.${i}.form`)} />
              <SelectField label="Loại" {...register(`rewards.${i}.category`)}>
                {CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {CATEGORY_LABELS[c]}
                  </option>
                ))}
              </SelectField>
              <TextField label="Số lượng" type="number" min={0} error={e(`rewards.${i}.quota`)} {...register(`rewards.${i}.quota`, { valueAsNumber: true })} />
              <TextField label="Hệ số" type="number" step={0.1} min={0} error={e(`rewards.${i}.coefficient`)} {...register(`rewards.${i}.coefficient`, { valueAsNumber: true })} />
              <TextField label="Căn cứ của hệ số" fieldClassName="span-all" {...register(`rewards.${i}.coefficientSource`)} />
              <div className="span-all">
                <Checkbox label="Đồng thời đề nghị cấp trên khen thưởng nếu đủ điều kiện" {...register(`rewards.${i}.proposeToHigherLevel`)} />
              </div>
              <AwardRules index={i} />
            </div>
            <ItemTools index={i} count={list.fields.length} noun="hình thức" onMove={list.move} onRemove={() => list.remove(i)} />
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        className="btn btn-sm"
        onClick={() => list.append({ id: newId(), form: 'Giấy khen của Chủ tịch Ủy ban nhân dân xã', category: 'individual', quota: 1, coefficient: 0.3, coefficientSource: '', proposeToHigherLevel: false })}
      >
        <Plus size={16} aria-hidden="true" /> Thêm hình thức khen thưởng
      </button>
      <div className="stack" style={{ marginTop: 16 }}>
        <TextAreaField label="Tiêu đề mục a)" hint="Để trống thì lập tự động từ hình thức và số lượng" rows={2} error={e('rewardHeading')} {...register('rewardHeading')} />
        <TextAreaField label="Nội dung mục a)" rows={4} error={e('rewardText')} {...register('rewardText')} />
      </div>
    </EditorSection>
  );
}

export function ProcedureSection() {
  return (
    <EditorSection id="procedure" title="III.2.b) Cách thức thực hiện">
      <LinesField name="procedure" noun="Bước" addLabel="Thêm bước thực hiện" rows={3} />
    </EditorSection>
  );
}
