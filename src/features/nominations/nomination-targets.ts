// What a bulk action on the selected rows acts on: their nominations. A row holds one, except
// where a category has several awards: then each live award's nomination is its own target,
// named with the award ("Trần Thị Bình (CSTĐ cơ sở)"), and the officer may keep to one award.
import type { Nomination } from '../../domain/nomination';
import type { NominationRow } from './table-rows';

export type TargetRow = Pick<NominationRow, 'name' | 'nominated' | 'nomination'> & Partial<Pick<NominationRow, 'perTitle'>>;

export interface NominationTarget {
  name: string;
  /** The live nomination; undefined when the row has none (for that award). */
  nomination: Nomination | undefined;
}

/** The awards the rows hold live nominations for, in the rows' award order; empty unless some row is per award. */
export function awardChoices(rows: readonly TargetRow[]): { rewardId: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) for (const e of r.perTitle ?? []) if (e.nominated && !seen.has(e.rewardId)) seen.set(e.rewardId, e.label);
  return [...seen].map(([rewardId, label]) => ({ rewardId, label }));
}

/** Every target of the rows, one per live nomination, only those of `rewardId` when given ('' for all). */
export function nominationTargets(rows: readonly TargetRow[], rewardId = ''): NominationTarget[] {
  return rows.flatMap((r): NominationTarget[] => {
    if (!r.perTitle?.length) return [{ name: r.name, nomination: r.nominated ? r.nomination : undefined }];
    const live = r.perTitle.filter((e) => e.nominated && (!rewardId || e.rewardId === rewardId));
    if (live.length) return live.map((e) => ({ name: `${r.name} (${e.label})`, nomination: e.nomination }));
    const picked = rewardId ? r.perTitle.find((e) => e.rewardId === rewardId) : undefined;
    return [{ name: picked ? `${r.name} (${picked.label})` : r.name, nomination: undefined }];
  });
}
