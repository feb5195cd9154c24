// Campaign-level gates (điều kiện): both must hold before anyone is rewarded. A gate with
// no recorded value is "unknown", which holds nominations back just like a failed one.
import type { Gate } from './campaign';

export type GateStatus = 'pass' | 'fail' | 'unknown';

export interface GateResult {
  gateId: string;
  status: GateStatus;
  /** Plain Vietnamese: why it passes, fails, or is not known yet. */
  reason: string;
}

export function evaluateGate(gate: Gate): GateResult {
  if (gate.value === undefined) {
    return { gateId: gate.id, status: 'unknown', reason: 'Chưa ghi nhận kết quả' };
  }
  if (gate.kind === 'yes-no') {
    return gate.value === true
      ? { gateId: gate.id, status: 'pass', reason: 'Đã đạt' }
      : { gateId: gate.id, status: 'fail', reason: 'Không đạt' };
  }
  const max = gate.maxRank ?? 1;
  if (typeof gate.value !== 'number') return { gateId: gate.id, status: 'unknown', reason: 'Chưa ghi nhận thứ hạng' };
  return gate.value <= max
    ? { gateId: gate.id, status: 'pass', reason: `Xếp hạng ${gate.value}, trong nhóm từ hạng 1 đến hạng ${max}` }
    : { gateId: gate.id, status: 'fail', reason: `Xếp hạng ${gate.value}, ngoài nhóm từ hạng 1 đến hạng ${max}` };
}

export interface GatesSummary {
  status: GateStatus;
  results: GateResult[];
  /** True only when every gate passes: the nomination step is open. */
  nominationsOpen: boolean;
}

export function evaluateGates(gates: readonly Gate[]): GatesSummary {
  const results = gates.map(evaluateGate);
  const status: GateStatus = results.some((r) => r.status === 'fail')
    ? 'fail'
    : results.some((r) => r.status === 'unknown')
      ? 'unknown'
      : 'pass';
  return { status, results, nominationsOpen: status === 'pass' };
}

/**
 * Why no reward can be proposed yet, one plain Vietnamese line per gate that fails or is
 * unknown ("Điều kiện 2 (…): chưa ghi nhận kết quả"). Empty when nominations are open.
 */
export function nominationsHeldBack(campaign: { gates: readonly Gate[] }): string[] {
  const summary = evaluateGates(campaign.gates);
  return summary.results.flatMap((result, index) => {
    if (result.status === 'pass') return [];
    const gate = campaign.gates[index];
    const text = gate ? shortGateText(gate.text) : '';
    const verdict = result.status === 'unknown' ? 'chưa ghi nhận kết quả' : result.reason.charAt(0).toLowerCase() + result.reason.slice(1);
    return [`Điều kiện ${index + 1}${text ? ` (${text})` : ''}: ${verdict}`];
  });
}

/** The gate's text cut to a readable length for one line of a notice. */
export function shortGateText(text: string, max = 90): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}
