// A person typed by hand who may already be in the register: the same name (ignoring accents,
// case and spacing) and either the same birth date or the same unit — the rule the import uses.
import { foldForSearch } from '../lib/vi-text';
import type { Person } from './register';

export function similarPeople(
  typed: { fullName: string; unitId?: string | undefined; dateOfBirth?: string | undefined },
  existing: readonly Person[],
  selfId?: string,
): Person[] {
  const name = foldForSearch(typed.fullName);
  if (!name) return [];
  return existing.filter((p) => {
    if (p.id === selfId || p.deletedAt || foldForSearch(p.fullName) !== name) return false;
    if (typed.dateOfBirth && p.dateOfBirth) return typed.dateOfBirth === p.dateOfBirth;
    return (typed.unitId ?? '') === (p.unitId ?? '');
  });
}
