import { describe, expect, it } from 'vitest';
import { similarPeople } from './person-duplicates';
import type { Person } from './register';

const meta = { createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', rev: 1 };
const person = (id: string, fullName: string, extra: Partial<Person> = {}): Person => ({ ...meta, id, fullName, gender: 'nam', position: '', kind: 'cong-chuc', active: true, ...extra });

describe('similarPeople', () => {
  const tuan = person('p1', 'Phạm Minh Tuấn', { unitId: 'u1', dateOfBirth: '1975-01-01' });
  const other = person('p2', 'Phạm Minh Tuấn', { unitId: 'u2', dateOfBirth: '1980-05-05' });
  it('flags the same name, whatever accents or case, in the same unit or with the same birth date', () => {
    expect(similarPeople({ fullName: 'pham minh tuan', unitId: 'u1' }, [tuan, other]).map((p) => p.id)).toEqual(['p1']);
    expect(similarPeople({ fullName: 'PHẠM MINH TUẤN', dateOfBirth: '1980-05-05' }, [tuan, other]).map((p) => p.id)).toEqual(['p2']);
  });
  it('does not flag namesakes born on another day, nor the person being edited', () => {
    expect(similarPeople({ fullName: 'Phạm Minh Tuấn', unitId: 'u1', dateOfBirth: '1990-01-01' }, [tuan])).toEqual([]);
    expect(similarPeople({ fullName: 'Phạm Minh Tuấn', unitId: 'u1' }, [tuan], 'p1')).toEqual([]);
  });
});
