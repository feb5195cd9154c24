// Editor sections: timeline, funding, duties (tổ chức thực hiện), closing and recipients.
import { useState } from 'react';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { Plus } from 'lucide-react';
import { newId } from '../../lib/ids';
import { DateField, TextAreaField, TextField } from '../../ui/fields';
import type { EditorValues } from './editor-model';
import { EditorSection, ItemTools, LinesField, useErrors } from './editor-parts';

/** "01/2025" ⇄ "2025-01": the review month typed the Vietnamese way. */
function MonthField({ value, onChange, onBlur, error }: { value: string | undefined; onChange: (v: string) => void; onBlur: () => void; error?: string | undefined }) {
  const shown = (v: string | undefined) => (v && /^\d{4}-\d{2}$/.test(v) ? `${v.slice(5)}/${v.slice(0, 4)}` : (v ?? ''));
  const [text, setText] = useState(() => shown(value));
  return (
    <TextField
      label="Tháng tổng kết"
      hint="Dạng tháng/năm, ví dụ 01/2025"
      inputMode="numeric"
      value={text}
      error={error}
      onBlur={onBlur}
      onChange={(e) => {
        setText(e.target.value);
        const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(e.target.value);
        onChange(m?.[1] && m[2] && Number(m[1]) >= 1 && Number(m[1]) <= 12 ? `${m[2]}-${m[1].padStart(2, '0')}` : e.target.value);
      }}
    />
  );
}

export function TimelineSection() {
  const { register, control } = useFormContext<EditorValues>();
  const e = useErrors();
  return (
    <EditorSection id="timeline" title="III.3–4. Thời gian" lead="Ngày phát động và kết thúc dùng cho mốc thời gian và kiểm tra minh chứng; các câu bên dưới được in trong kế hoạch.">
      <div className="form-grid" style={{ gridTemplateColumns: '1fr 1fr 1fr' }}>
        <Controller
          control={control}
          name="timeline.launch"
          render={({ field }) => <DateField label="Ngày phát động" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={e('timeline.launch')} />}
        />
        <Controller
          control={control}
          name="timeline.end"
          render={({ field }) => <DateField label="Ngày kết thúc" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={e('timeline.end')} />}
        />
        <Controller control={control} name="timeline.reviewMonth" render={({ field }) => <MonthField value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={e('timeline.reviewMonth')} />} />
        <TextAreaField label="Thời gian phát động (câu in trong kế hoạch)" rows={2} fieldClassName="span-all" error={e('timeline.launchText')} {...register('timeline.launchText')} />
        <TextAreaField label="Thời gian tổng kết khen thưởng (câu in trong kế hoạch)" rows={1} fieldClassName="span-all" error={e('timeline.reviewText')} {...register('timeline.reviewText')} />
      </div>
    </EditorSection>
  );
}

export function FundingSection() {
  const { register } = useFormContext<EditorValues>();
  const e = useErrors();
  return (
    <EditorSection id="funding" title="IV. Mức chi và nguồn kinh phí">
      <div className="form-grid">
        <TextAreaField label="Mức khen thưởng" rows={2} error={e('funding.level')} {...register('funding.level')} />
        <TextAreaField label="Nguồn kinh phí" rows={2} error={e('funding.source')} {...register('funding.source')} />
      </div>
    </EditorSection>
  );
}

export function DutiesSection() {
  const { register, control } = useFormContext<EditorValues>();
  const list = useFieldArray({ control, name: 'duties' });
  const e = useErrors();
  return (
    <EditorSection id="duties" title="V. Tổ chức thực hiện" lead="Nhiệm vụ của từng đơn vị, cá nhân.">
      {list.fields.map((f, i) => (
        <fieldset key={f.id} style={{ marginBottom: 12 }}>
          <legend>Đơn vị, cá nhân {i + 1}</legend>
          <div className="row" style={{ alignItems: 'flex-start', flexWrap: 'nowrap' }}>
            <div style={{ flex: 1 }} className="stack">
              <TextField label="Đơn vị, cá nhân thực hiện" error={e(`duties.${i}.role`)} {...register(`duties.${i}.role`)} />
              <LinesField name={`duties.${i}.items`} noun="Nhiệm vụ" addLabel="Thêm nhiệm vụ" />
            </div>
            <ItemTools index={i} count={list.fields.length} noun="đơn vị thực hiện" onMove={list.move} onRemove={() => list.remove(i)} />
          </div>
        </fieldset>
      ))}
      <button type="button" className="btn btn-sm" onClick={() => list.append({ id: newId(), role: '', items: [] })}>
        <Plus size={16} aria-hidden="true" /> Thêm đơn vị, cá nhân thực hiện
      </button>
    </EditorSection>
  );
}

export function ClosingSection() {
  const { register } = useFormContext<EditorValues>();
  const e = useErrors();
  return (
    <EditorSection id="recipients" title="Câu kết và nơi nhận">
      <TextAreaField label="Câu kết" rows={2} error={e('closing')} {...register('closing')} />
      <h3 style={{ fontSize: 16, margin: '18px 0 8px' }}>Nơi nhận</h3>
      <LinesField name="recipients" noun="Nơi nhận" addLabel="Thêm nơi nhận" rows={1} />
    </EditorSection>
  );
}
