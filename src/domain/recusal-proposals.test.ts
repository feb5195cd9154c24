import { describe, expect, it } from 'vitest';
import { proposeRecusals } from './recusal-proposals';

const members = [
  { id: 'm1', personId: 'p1' }, // a nominee
  { id: 'm2', personId: 'p2' }, // heads unit U, nominated
  { id: 'm3' }, // no register link: nothing to propose
  { id: 'm4', personId: 'p4' }, // not linked to any nominee
];
const nominees = [
  { nominationId: 'n1', personId: 'p1' },
  { nominationId: 'nU', headPersonId: 'p2' },
  { nominationId: 'n9', personId: 'p9' },
];
const present = { m1: 'present', m2: 'present', m3: 'present', m4: 'present' } as const;

describe('proposeRecusals', () => {
  it('proposes a member who is the nominee, and one who heads the nominated collective', () => {
    expect(proposeRecusals(members, nominees, { attendance: present, recusals: {} })).toEqual([
      { memberId: 'm1', nominationId: 'n1', reason: 'nominee' },
      { memberId: 'm2', nominationId: 'nU', reason: 'head-of-unit' },
    ]);
  });

  it('proposes nothing already recorded, declined, or for an absent member', () => {
    expect(proposeRecusals(members, nominees, { attendance: present, recusals: { m1: ['n1'] }, recusalsDeclined: { m2: ['nU'] } })).toEqual([]);
    expect(proposeRecusals(members, nominees, { attendance: { ...present, m1: 'absent' }, recusals: {} }).map((p) => p.memberId)).toEqual(['m2']);
    // An absent member with a written opinion still gives a vote: the proposal stands.
    expect(proposeRecusals(members, nominees, { attendance: { ...present, m1: 'absent-written' }, recusals: {} }).map((p) => p.memberId)).toEqual(['m1', 'm2']);
  });

  it('a recusal or a decline on another nominee does not hide this one', () => {
    const out = proposeRecusals(members, nominees, { attendance: present, recusals: { m1: ['n9'] }, recusalsDeclined: { m1: ['nU'] } });
    expect(out.map((p) => `${p.memberId}:${p.nominationId}`)).toEqual(['m1:n1', 'm2:nU']);
  });

  it('a member who is both nominee and head is proposed once per nomination', () => {
    const out = proposeRecusals([{ id: 'm1', personId: 'p1' }], [{ nominationId: 'n1', personId: 'p1' }, { nominationId: 'nV', headPersonId: 'p1' }], { attendance: { m1: 'present' }, recusals: {} });
    expect(out).toEqual([
      { memberId: 'm1', nominationId: 'n1', reason: 'nominee' },
      { memberId: 'm1', nominationId: 'nV', reason: 'head-of-unit' },
    ]);
  });
});
