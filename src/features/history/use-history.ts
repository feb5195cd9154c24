// Live reads of the award history, as ledger rows, and the register's units for the filter.
import { useLiveQuery } from 'dexie-react-hooks';
import { listAwards } from '../../db/award-history-repo';
import { listUnits } from '../../db/register-repo';
import { historyRows } from '../../domain/award-history-view';
import { compareText } from '../../lib/vi-text';

export function useHistoryRows() {
  return useLiveQuery(async () => historyRows(await listAwards()), []);
}

export function useRegisterUnits() {
  return useLiveQuery(async () => (await listUnits()).sort((a, b) => compareText(a.name, b.name)), []);
}
