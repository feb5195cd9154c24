// Nothing typed is lost: a form's unsaved values are kept in localStorage as the person
// types, survive closing the tab, and are offered back the next time the form opens.
import { useCallback, useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

const PREFIX = 'binh-xet:draft:';

interface StoredDraft<T> {
  savedAt: string;
  values: T;
}

export function readDraft<T>(key: string): StoredDraft<T> | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as StoredDraft<T>) : null;
  } catch {
    return null;
  }
}

export function clearDraft(key: string): void {
  localStorage.removeItem(PREFIX + key);
}

export function useFormDraft<T extends FieldValues>(key: string, form: UseFormReturn<T>) {
  const [pending, setPending] = useState<StoredDraft<T> | null>(() => readDraft<T>(key));

  useEffect(() => {
    let timer: number | undefined;
    const subscription = form.watch((values, { name }) => {
      // A change to a field has a name; a reset (load, restore, save) has none.
      if (!name) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        try {
          localStorage.setItem(PREFIX + key, JSON.stringify({ savedAt: new Date().toISOString(), values }));
        } catch {
          // A full localStorage must not break typing; the form still holds the values.
        }
      }, 300);
    });
    return () => {
      window.clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [form, key]);

  const restore = useCallback(() => {
    if (pending) form.reset(pending.values, { keepDefaultValues: true });
    setPending(null);
  }, [form, pending]);

  const discard = useCallback(() => {
    clearDraft(key);
    setPending(null);
  }, [key]);

  /** Keeps what is typed right now as the draft (e.g. before refilling the form from storage). */
  const keepNow = useCallback(() => {
    try {
      localStorage.setItem(PREFIX + key, JSON.stringify({ savedAt: new Date().toISOString(), values: form.getValues() }));
    } catch {
      // A full localStorage: nothing more we can do here; the caller may still refill the form.
    }
  }, [form, key]);

  const saved = useCallback(() => {
    clearDraft(key);
    setPending(null);
  }, [key]);

  return { pending, restore, discard, saved, keepNow };
}
