// Who should not vote on whom (Decree 152 spirit, the council's rules): a council member who is
// the nominee, or who heads the nominated collective. Proposed, never applied silently: the
// operator confirms each (session.recusals) or declines it (session.recusalsDeclined).
import type { Attendance } from './council';

export interface NomineeLink {
  nominationId: string;
  /** The nominated person (an individual nomination). */
  personId?: string | undefined;
  /** The person who heads the nominated unit (a collective nomination). */
  headPersonId?: string | undefined;
}

export type RecusalReason = 'nominee' | 'head-of-unit';

export interface RecusalProposal {
  memberId: string;
  nominationId: string;
  reason: RecusalReason;
}

interface SessionState {
  attendance: Readonly<Record<string, Attendance>>;
  recusals: Readonly<Record<string, readonly string[]>>;
  /** Absent in sessions saved before proposals existed. */
  recusalsDeclined?: Readonly<Record<string, readonly string[]>> | undefined;
}

/**
 * The recusals to propose for these nominees: every link between a member (by their register
 * person) and a nominee, except where the member is absent (they cast nothing), already does
 * not vote on that nominee, or the council has declined the proposal. In member order.
 */
export function proposeRecusals(
  members: readonly { id: string; personId?: string | undefined }[],
  nominees: readonly NomineeLink[],
  session: SessionState,
): RecusalProposal[] {
  const has = (list: Readonly<Record<string, readonly string[]>> | undefined, memberId: string, nominationId: string) => (list?.[memberId] ?? []).includes(nominationId);
  return members.flatMap((member) => {
    const attendance = session.attendance[member.id] ?? 'absent';
    if (!member.personId || attendance === 'absent') return [];
    return nominees.flatMap((n): RecusalProposal[] => {
      if (has(session.recusals, member.id, n.nominationId) || has(session.recusalsDeclined, member.id, n.nominationId)) return [];
      if (n.personId === member.personId) return [{ memberId: member.id, nominationId: n.nominationId, reason: 'nominee' }];
      if (n.headPersonId === member.personId) return [{ memberId: member.id, nominationId: n.nominationId, reason: 'head-of-unit' }];
      return [];
    });
  });
}

export const RECUSAL_REASON_LABELS: Record<RecusalReason, string> = {
  nominee: 'là người được đề xuất',
  'head-of-unit': 'là người đứng đầu tập thể được đề xuất',
};
