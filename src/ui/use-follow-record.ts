// A form that stays open while its record changes underneath (the person's own save of another
// section, another tab, the projector): fields the person has typed in are kept, the others
// follow the stored record. Remounting the form on each revision would throw the typing away.
import { useEffect, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

export function useFollowRecord<T extends FieldValues, C, O extends FieldValues>(form: UseFormReturn<T, C, O>, values: T, revision: string | number): void {
  const seen = useRef(revision);
  const latest = useRef(values);
  useEffect(() => {
    latest.current = values;
  });
  useEffect(() => {
    if (seen.current === revision) return;
    seen.current = revision;
    form.reset(latest.current, { keepDirtyValues: true });
  }, [form, revision]);
}
