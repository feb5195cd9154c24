// Decree 152/2025/NĐ-CP art. 4 item 6: among equally qualified nominees, a woman, or a
// collective with at least 70% women, is chosen. Who qualifies is read from the register.
import type { Category } from './rules';

export const COLLECTIVE_WOMEN_PERCENT = 70;

export interface PreferenceFacts {
  category: Category;
  gender?: 'nam' | 'nu' | undefined;
  womenPercent?: number | undefined;
}

export function qualifiesForWomenPreference(facts: PreferenceFacts): boolean {
  if (facts.category === 'individual') return facts.gender === 'nu';
  return facts.womenPercent !== undefined && facts.womenPercent >= COLLECTIVE_WOMEN_PERCENT;
}

export const WOMEN_PREFERENCE_SOURCE = 'khoản 6 Điều 4 Nghị định số 152/2025/NĐ-CP';
