// Live reads of the register, tombstones filtered out.
import { useLiveQuery } from 'dexie-react-hooks';
import { listPeople, listUnits } from '../../db/register-repo';
import { compareText, compareVietnameseNames } from '../../lib/vi-text';

export function useUnits() {
  return useLiveQuery(async () => (await listUnits()).sort((a, b) => compareText(a.name, b.name)), []);
}

export function usePeople() {
  return useLiveQuery(async () => (await listPeople()).sort((a, b) => compareVietnameseNames(a.fullName, b.fullName)), []);
}
