// Proposed recusals on a prepared round: a council member who is a nominee on it, or heads a
// nominated collective, should not vote on that nominee. The operator confirms them (one
// action, written to the session's recusals) or declines one (it stays on the record).
import { UserX } from 'lucide-react';
import { confirmRecusals, declineRecusals, type RecusalEntry } from '../../db/council-repo';
import { COUNCIL_ROLE_LABELS, type CouncilSession, type VotingRound } from '../../domain/council';
import { proposeRecusals, RECUSAL_REASON_LABELS, type RecusalReason } from '../../domain/recusal-proposals';
import { candidateName, type CouncilData } from './use-council';

export type ProposedRecusal = RecusalEntry & { reason: RecusalReason };

export function proposedRecusals(data: CouncilData, session: CouncilSession, round: VotingRound): ProposedRecusal[] {
  const links = round.candidateIds.map((id) => {
    const c = data.candidates.find((x) => x.id === id);
    return { nominationId: id, personId: c?.personId, headPersonId: c?.headPersonId };
  });
  return proposeRecusals(data.members, links, session).flatMap((p) => {
    const member = data.members.find((m) => m.id === p.memberId);
    return member ? [{ member, nominationId: p.nominationId, nomineeName: candidateName(data, p.nominationId), reason: p.reason }] : [];
  });
}

/** "Trần Thị Thu Hà (Thư ký) là người được đề xuất: không biểu quyết cho Trần Thị Thu Hà." */
export function ProposalText({ p }: { p: ProposedRecusal }) {
  return (
    <>
      <strong>{p.member.fullName}</strong> ({COUNCIL_ROLE_LABELS[p.member.role]}) {RECUSAL_REASON_LABELS[p.reason]}: không biểu quyết cho{' '}
      {p.reason === 'nominee' ? 'chính mình' : <strong>{p.nomineeName}</strong>}.
    </>
  );
}

interface Props {
  session: CouncilSession;
  round: VotingRound;
  proposals: ProposedRecusal[];
  run: (action: () => Promise<unknown>) => void;
}

export function RecusalProposals({ session, round, proposals, run }: Props) {
  if (proposals.length === 0) return null;
  return (
    <section className="recusal-proposals" aria-labelledby={`proposals-${round.id}`}>
      <h4 id={`proposals-${round.id}`}>
        <UserX size={18} aria-hidden="true" /> Đề xuất không biểu quyết ({proposals.length})
      </h4>
      <p className="small muted">Thành viên Hội đồng là người được đề xuất, hoặc đứng đầu tập thể được đề xuất, thì không biểu quyết cho trường hợp đó; cơ sở tính tỷ lệ giảm tương ứng.</p>
      <ul>
        {proposals.map((p) => (
          <li key={`${p.member.id}-${p.nominationId}`}>
            <span><ProposalText p={p} /></span>
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => run(() => declineRecusals(session.id, [p]))} aria-label={`Không áp dụng: ${p.member.fullName} vẫn biểu quyết cho ${p.nomineeName}`}>
              Không áp dụng
            </button>
          </li>
        ))}
      </ul>
      <div>
        <button type="button" className="btn btn-primary btn-sm" onClick={() => run(() => confirmRecusals(session.id, proposals))}>
          Xác nhận không biểu quyết
        </button>
      </div>
    </section>
  );
}
