// Form fields with a label, a hint and a Vietnamese error message, wired for
// react-hook-form's register() (ref and handlers pass straight through).
import { useEffect, useId, useState, type FocusEvent, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { formatDate, parseVietnameseDate } from '../lib/vi-date';

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode | undefined;
  error?: string | undefined;
  className?: string | undefined;
  children: ReactNode;
}

function FieldFrame({ id, label, hint, error, className, children }: FieldFrameProps) {
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && !error && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

/**
 * A field's error is shown once the person has left the field or tried to submit its form, never
 * before anything was typed (a row just added, a form just opened). The one rule for every form.
 */
function useShownError(id: string, error: string | undefined) {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const form = (document.getElementById(id) as HTMLInputElement | null)?.form;
    if (!form) return;
    const submitted = () => setSeen(true);
    form.addEventListener('submit', submitted);
    return () => form.removeEventListener('submit', submitted);
  }, [id]);
  return { error: seen ? error : undefined, touched: () => setSeen(true) };
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  if (error) return `${id}-error`;
  if (hint) return `${id}-hint`;
  return undefined;
}

type Common = { label: ReactNode; hint?: ReactNode; error?: string | undefined; fieldClassName?: string };

export function TextField({ label, hint, error: found, fieldClassName, ref, onBlur, ...input }: Common & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const id = useId();
  const { error, touched } = useShownError(id, found);
  const blurred = (e: FocusEvent<HTMLInputElement>) => {
    touched();
    onBlur?.(e);
  };
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={fieldClassName}>
      <input id={id} className="input" aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} ref={ref} onBlur={blurred} {...input} />
    </FieldFrame>
  );
}

export function TextAreaField({ label, hint, error: found, fieldClassName, ref, onBlur, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  const id = useId();
  const { error, touched } = useShownError(id, found);
  const blurred = (e: FocusEvent<HTMLTextAreaElement>) => {
    touched();
    onBlur?.(e);
  };
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={fieldClassName}>
      <textarea id={id} className="input" aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} ref={ref} onBlur={blurred} {...input} />
    </FieldFrame>
  );
}

export function SelectField({ label, hint, error: found, fieldClassName, ref, children, onBlur, ...input }: Common & SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> }) {
  const id = useId();
  const { error, touched } = useShownError(id, found);
  const blurred = (e: FocusEvent<HTMLSelectElement>) => {
    touched();
    onBlur?.(e);
  };
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={fieldClassName}>
      <select id={id} className="input" aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} ref={ref} onBlur={blurred} {...input}>
        {children}
      </select>
    </FieldFrame>
  );
}

interface DateFieldProps extends Common {
  /** ISO date, or the raw text the person typed when it is not a date yet. */
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  onBlur?: () => void;
  name?: string;
  required?: boolean;
}

/**
 * A date typed as dd/mm/yyyy whatever the browser's locale (an <input type=date> would
 * follow the locale). An unparsable entry is kept as typed so the schema can say why.
 */
export function DateField({ label, hint, error: found, fieldClassName, value, onChange, onBlur, name, required }: DateFieldProps) {
  const id = useId();
  const { error, touched } = useShownError(id, found);
  const [text, setText] = useState(() => (value ? formatDate(value) : ''));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // An outside change (a reset, a restored draft): follow it, unless it is what we typed.
    setShown(value);
    const typed = parseVietnameseDate(text) ?? (text.trim() || undefined);
    if (typed !== value) setText(value ? formatDate(value) : '');
  }
  return (
    <FieldFrame id={id} label={label} hint={hint ?? 'Nhập theo dạng ngày/tháng/năm, ví dụ 26/04/2024'} error={error} className={fieldClassName}>
      <input
        id={id}
        name={name}
        className="input"
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        autoComplete="off"
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, true, error)}
        value={text}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const trimmed = next.trim();
          onChange(trimmed === '' ? undefined : (parseVietnameseDate(trimmed) ?? trimmed));
        }}
        onBlur={() => {
          const parsed = parseVietnameseDate(text);
          if (parsed) setText(formatDate(parsed));
          touched();
          onBlur?.();
        }}
      />
    </FieldFrame>
  );
}

export function Checkbox({ label, ref, ...input }: { label: ReactNode } & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  return (
    <label className="checkbox">
      <input type="checkbox" ref={ref} {...input} />
      <span>{label}</span>
    </label>
  );
}
