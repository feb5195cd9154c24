// Paper ballots (phiếu bầu) for a round, four to an A4 page, one per member present,
// printed through the browser's print dialog.
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { VotingRound } from '../../domain/council';
import { CATEGORY_LABELS } from '../../domain/rules';
import { candidateName, type CouncilData } from './use-council';

export function BallotPrint({ data, round, copies, onDone }: { data: CouncilData; round: VotingRound; copies: number; onDone: () => void }) {
  useEffect(() => {
    document.body.classList.add('print-ballots');
    const done = () => onDone();
    window.addEventListener('afterprint', done);
    const timer = window.setTimeout(() => window.print(), 50);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('afterprint', done);
      document.body.classList.remove('print-ballots');
    };
  }, [onDone]);

  const ballot = (i: number) => (
    <div className="ballot" key={i}>
      <p className="ballot-org">HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG</p>
      <p className="ballot-title">PHIẾU BẦU</p>
      <p className="ballot-sub">
        {data.campaign?.shortName} · Vòng {round.number} · {CATEGORY_LABELS[round.category]} · chọn tối đa {round.quota}
      </p>
      <table>
        <thead><tr><th>STT</th><th>Họ và tên</th><th>Đồng ý</th><th>Không đồng ý</th></tr></thead>
        <tbody>
          {round.candidateIds.map((id, n) => (
            <tr key={id}><td>{n + 1}</td><td>{candidateName(data, id)}</td><td /><td /></tr>
          ))}
        </tbody>
      </table>
      <p className="ballot-note">Đánh dấu X vào một ô cho mỗi người. Phiếu đồng ý quá {round.quota} người là phiếu không hợp lệ.</p>
    </div>
  );
  return createPortal(<div className="ballot-print" aria-hidden="true">{Array.from({ length: Math.max(1, copies) }, (_, i) => ballot(i))}</div>, document.body);
}
