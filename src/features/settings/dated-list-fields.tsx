// Settings: legal bases and higher bodies as dated rows (text, source, from, to). A paper
// uses the rows in force on its own date, so old rows stay: add a new one when the law changes.
import { Controller, useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import type { z } from 'zod';
import { Plus, Trash2 } from 'lucide-react';
import type { settingsFields } from '../../domain/settings';
import { DateField, TextAreaField, TextField } from '../../ui/fields';

type Input = z.input<typeof settingsFields>;
type Output = z.output<typeof settingsFields>;

interface Props {
  name: 'legalBases' | 'higherBodies';
  control: Control<Input, unknown, Output>;
  register: UseFormRegister<Input>;
  errors: FieldErrors<Input>;
  /** The label of one row's text: "Căn cứ" or "Cơ quan". */
  textLabel: string;
  textHint: string;
}

export function DatedListFields({ name, control, register, errors, textLabel, textHint }: Props) {
  const rows = useFieldArray({ control, name });
  const rowErrors = errors[name];
  return (
    <div className="stack">
      {rows.fields.map((field, i) => (
        <fieldset key={field.id}>
          <legend>{`${textLabel} ${i + 1}`}</legend>
          <div className="form-grid" style={{ gridTemplateColumns: '1fr 1fr auto', alignItems: 'start' }}>
            <TextAreaField label={textLabel} hint={textHint} rows={2} fieldClassName="span-2" error={rowErrors?.[i]?.text?.message} {...register(`${name}.${i}.text`)} />
            <button type="button" className="btn btn-ghost" style={{ marginTop: 27 }} onClick={() => rows.remove(i)} aria-label={`Xoá ${textLabel.toLocaleLowerCase('vi')} ${i + 1}`}>
              <Trash2 size={18} aria-hidden="true" />
            </button>
            <Controller
              control={control}
              name={`${name}.${i}.validFrom`}
              render={({ field: f }) => <DateField label="Áp dụng từ ngày" hint="Để trống: từ trước đến nay" value={f.value} onChange={f.onChange} onBlur={f.onBlur} error={rowErrors?.[i]?.validFrom?.message} />}
            />
            <Controller
              control={control}
              name={`${name}.${i}.validTo`}
              render={({ field: f }) => <DateField label="Áp dụng đến ngày" hint="Để trống: vẫn còn hiệu lực" value={f.value} onChange={f.onChange} onBlur={f.onBlur} error={rowErrors?.[i]?.validTo?.message} />}
            />
            <TextField label="Nguồn" hint="Số hiệu văn bản, ngày hiệu lực" fieldClassName="span-2" error={rowErrors?.[i]?.source?.message} {...register(`${name}.${i}.source`)} />
          </div>
        </fieldset>
      ))}
      <div>
        <button type="button" className="btn" onClick={() => rows.append({ text: '', source: '' })}>
          <Plus size={18} aria-hidden="true" /> Thêm {textLabel.toLocaleLowerCase('vi')}
        </button>
      </div>
    </div>
  );
}
