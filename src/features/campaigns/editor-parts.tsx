// Building blocks of the campaign editor: a titled section with an anchor for the table of
// contents, and an ordered list of texts (add, remove, move up/down) as a field array.
import type { ReactNode } from 'react';
import { get, useFieldArray, useFormContext, useFormState, type FieldArrayPath, type Path } from 'react-hook-form';
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { TextAreaField } from '../../ui/fields';
import type { EditorValues } from './editor-model';

export function EditorSection({ id, title, lead, children }: { id: string; title: string; lead?: ReactNode; children: ReactNode }) {
  return (
    <section className="card editor-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {lead && <p className="muted small section-lead">{lead}</p>}
      {children}
    </section>
  );
}

/** The error message at `path`, if any (react-hook-form's nested errors). */
export function useFieldError(path: string): string | undefined {
  return useErrors()(path);
}

/** A lookup of error messages by path, for sections with many fields. */
export function useErrors(): (path: string) => string | undefined {
  const { errors } = useFormState<EditorValues>();
  return (path) => (get(errors, path) as { message?: string } | undefined)?.message;
}

export function ErrorAt({ path }: { path: string }) {
  const message = useFieldError(path);
  return message ? (
    <span className="error small" role="alert" style={{ color: 'var(--c-danger)' }}>
      {message}
    </span>
  ) : null;
}

export function ItemTools({ index, count, noun, onMove, onRemove }: { index: number; count: number; noun: string; onMove: (from: number, to: number) => void; onRemove: () => void }) {
  return (
    <div className="row" style={{ gap: 2, flexWrap: 'nowrap' }}>
      <button type="button" className="btn btn-ghost btn-sm" disabled={index === 0} onClick={() => onMove(index, index - 1)} aria-label={`Đưa ${noun} ${index + 1} lên trên`}>
        <ArrowUp size={16} aria-hidden="true" />
      </button>
      <button type="button" className="btn btn-ghost btn-sm" disabled={index === count - 1} onClick={() => onMove(index, index + 1)} aria-label={`Đưa ${noun} ${index + 1} xuống dưới`}>
        <ArrowDown size={16} aria-hidden="true" />
      </button>
      <button type="button" className="btn btn-ghost btn-sm" onClick={onRemove} aria-label={`Xoá ${noun} ${index + 1}`}>
        <Trash2 size={16} aria-hidden="true" />
      </button>
    </div>
  );
}

interface LinesProps {
  name: FieldArrayPath<EditorValues>;
  /** "Mục đích": labels each item "Mục đích 1", "Mục đích 2"… */
  noun: string;
  addLabel: string;
  rows?: number;
}

/** An ordered list of paragraphs, each printed in the plan as "- …". */
export function LinesField({ name, noun, addLabel, rows = 2 }: LinesProps) {
  const { control, register } = useFormContext<EditorValues>();
  const list = useFieldArray({ control, name });
  return (
    <div>
      {list.fields.map((f, i) => (
        <LineItem key={f.id} index={i} count={list.fields.length} noun={noun} rows={rows} path={`${name}.${i}.value`} onMove={list.move} onRemove={() => list.remove(i)} register={register} />
      ))}
      <ErrorAt path={name} />
      <button type="button" className="btn btn-sm" style={{ marginTop: 10 }} onClick={() => list.append({ value: '' } as never)}>
        <Plus size={16} aria-hidden="true" /> {addLabel}
      </button>
    </div>
  );
}

interface LineItemProps {
  index: number;
  count: number;
  noun: string;
  rows: number;
  path: string;
  onMove: (a: number, b: number) => void;
  onRemove: () => void;
  register: ReturnType<typeof useFormContext<EditorValues>>['register'];
}

function LineItem({ index, count, noun, rows, path, onMove, onRemove, register }: LineItemProps) {
  const error = useFieldError(path);
  return (
    <div className="array-item">
      <span className="index" aria-hidden="true">
        {index + 1}.
      </span>
      <TextAreaField label={<span className="visually-hidden">{`${noun} ${index + 1}`}</span>} rows={rows} error={error} {...register(path as Path<EditorValues>)} />
      <ItemTools index={index} count={count} noun={noun.toLocaleLowerCase('vi')} onMove={onMove} onRemove={onRemove} />
    </div>
  );
}
