// A form that stays open while its record changes underneath (the person's own save of another
// section, another tab, the projector): fields the person has typed in are kept, the others
// follow the stored record. Remounting the form on each revision would throw the typing away.
import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/** Every leaf of a form's values, by its react-hook-form path ('sections.0.body'). */
function leaves(value: unknown, path: string, out: Map<string, unknown>): Map<string, unknown> {
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) leaves(inner, path ? `${path}.${key}` : key, out);
  } else {
    out.set(path, value);
  }
  return out;
}

/**
 * The fields the person is editing that were also changed elsewhere, to a different value:
 * what they typed wins on screen, so they must be told that saving replaces the other change.
 */
export function clashingFields(before: unknown, typed: unknown, after: unknown): string[] {
  const was = leaves(before, '', new Map());
  const now = leaves(typed, '', new Map());
  const stored = leaves(after, '', new Map());
  return [...now.keys()].filter((path) => now.get(path) !== was.get(path) && stored.get(path) !== was.get(path) && stored.get(path) !== now.get(path));
}

/** Follows the record; returns the paths of the fields typed here that another save also changed. */
export function useFollowRecord<T extends FieldValues, C, O extends FieldValues>(form: UseFormReturn<T, C, O>, values: T, revision: string | number): readonly string[] {
  const [seen, setSeen] = useState<{ revision: string | number; values: T; clashes: readonly string[] }>({ revision, values, clashes: [] });
  if (seen.revision !== revision) {
    setSeen({ revision, values, clashes: clashingFields(seen.values, form.getValues(), values) });
  }
  const followed = useRef(revision);
  const latest = useRef(values);
  useEffect(() => {
    latest.current = values;
  });
  useEffect(() => {
    if (followed.current === revision) return;
    followed.current = revision;
    form.reset(latest.current, { keepDirtyValues: true });
  }, [form, revision]);
  return seen.clashes;
}
