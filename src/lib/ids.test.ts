import { describe, expect, it } from 'vitest';
import { ID_PATTERN, newId, randomId } from './ids';

describe('ids', () => {
  it('are valid UUIDs, unique, and sortable by creation', () => {
    const ids = Array.from({ length: 2000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids.slice(0, 50)) expect(id).toMatch(ID_PATTERN);
  });

  it('keeps order across time', () => {
    expect(newId(1_700_000_000_000) < newId(1_800_000_000_000)).toBe(true);
  });

  it('random ids are v4 and carry no time', () => {
    const id = randomId();
    expect(id).toMatch(ID_PATTERN);
    expect(id[14]).toBe('4');
  });
});
