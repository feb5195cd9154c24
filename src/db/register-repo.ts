// Repositories for the register: units and people.
import { personSchema, unitSchema, type Person, type Unit } from '../domain/register';
import { defineRepository } from './repository';

export const unitsRepo = defineRepository<Unit>({
  table: 'units',
  label: 'đơn vị',
  schema: unitSchema,
  describe: (u) => `đơn vị “${u.name}”`,
});

export const peopleRepo = defineRepository<Person>({
  table: 'people',
  label: 'cán bộ',
  schema: personSchema,
  describe: (p) => `cán bộ “${p.fullName}”`,
});
