import { describe, expect, it } from 'vitest';
import { campaignFields, type Gate } from './campaign';
import { plan99Template } from './templates/plan-99';
import { evaluateGate, evaluateGates, nominationsHeldBack } from './gates';

const [giayKhen, rank] = campaignFields.parse(plan99Template()).gates as [Gate, Gate];
const YES_NO = [undefined, true, false] as const;
const RANKS = [undefined, 1, 2, 3, 4, 5, 14] as const;

describe('gates, exhaustively', () => {
  it('a yes-no gate passes only on yes, and is unknown until recorded', () => {
    expect(YES_NO.map((value) => evaluateGate({ ...giayKhen, value }).status)).toEqual(['unknown', 'pass', 'fail']);
  });

  it('a rank gate passes exactly for ranks 1..maxRank', () => {
    for (const maxRank of [1, 2, 3, 5]) {
      for (const value of RANKS) {
        const status = evaluateGate({ ...rank, maxRank, value }).status;
        expect(status).toBe(value === undefined ? 'unknown' : value <= maxRank ? 'pass' : 'fail');
      }
    }
  });

  it('nominations open only when every gate passes; each failing or unknown gate gives one plain reason', () => {
    for (const a of YES_NO) {
      for (const b of RANKS) {
        const gates = [{ ...giayKhen, value: a }, { ...rank, value: b }];
        const results = gates.map(evaluateGate);
        const summary = evaluateGates(gates);
        const passing = results.filter((r) => r.status === 'pass').length;
        expect(summary.nominationsOpen).toBe(passing === 2);
        expect(summary.status).toBe(results.some((r) => r.status === 'fail') ? 'fail' : passing === 2 ? 'pass' : 'unknown');
        const held = nominationsHeldBack({ gates });
        expect(held).toHaveLength(2 - passing);
        if (a === undefined) expect(held[0]).toMatch(/^Điều kiện 1 \(.+\): chưa ghi nhận kết quả$/);
        if (b !== undefined && b > 3) expect(held.at(-1)).toMatch(new RegExp(`^Điều kiện 2 .*: xếp hạng ${b}, ngoài nhóm từ hạng 1 đến hạng 3$`));
      }
    }
  });

  it('a campaign without gates is open', () => {
    expect(evaluateGates([]).nominationsOpen).toBe(true);
    expect(nominationsHeldBack({ gates: [] })).toEqual([]);
  });
});
