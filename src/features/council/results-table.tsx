// A round's frozen result for the operator: votes, base, required, pass/fail, winners, the
// written opinions counted or rejected, and what the council must do next (a run-off among
// the tied, or decide an unresolved tie). It shows the record; it never counts.
import type { VotingRound } from '../../domain/council';
import { thresholdPhrase } from '../../domain/quorum';
import type { FrozenCandidate, RoundResult } from '../../domain/round-result-schema';
import { VOTE_BASE_LABELS } from '../../domain/rules';
import { WOMEN_PREFERENCE_SOURCE } from '../../domain/women-preference';
import { Alert } from '../../ui/alert';
import { candidateName, memberName, type CouncilData } from './use-council';

export function OutcomeBadge({ c }: { c: FrozenCandidate }) {
  if (c.outcome === 'chosen') return <span className="badge badge-success">{c.preferred ? 'Được chọn (ưu tiên nữ)' : 'Được chọn'}</span>;
  if (c.outcome === 'tied') return <span className="badge badge-warning">Bằng phiếu</span>;
  if (c.outcome === 'passed-over-quota') return <span className="badge badge-info">Đạt, ngoài số lượng</span>;
  return <span className="badge badge-danger">Không đạt</span>;
}

export function ResultsTable({ data, round, result, superseded = false }: { data: CouncilData; round: VotingRound; result: RoundResult; superseded?: boolean }) {
  const name = (id: string) => candidateName(data, id);
  const opinions = result.writtenOpinions;
  return (
    <div className="stack">
      <p className="small muted">
        Đạt khi số phiếu đồng ý {thresholdPhrase(result.rules.threshold)} {VOTE_BASE_LABELS[result.rules.base]} được biểu quyết
        {result.rules.writtenOpinionsCount ? '; có tính ý kiến bằng văn bản hợp lệ của thành viên vắng mặt' : ''}.
      </p>
      <div className="table-wrap">
        <table className="table" aria-label={`Kết quả vòng ${round.number}`}>
          <thead>
            <tr><th>Ứng viên</th><th>Đồng ý</th><th>Không đồng ý</th><th>Cơ sở tính</th><th>Cần</th><th>Tỷ lệ</th><th>Kết quả</th></tr>
          </thead>
          <tbody>
            {result.candidates.map((c) => (
              <tr key={c.candidateId}>
                <td>{name(c.candidateId)}</td>
                <td>{c.agree}{c.writtenAgree > 0 && <span className="muted small"> (gồm {c.writtenAgree} văn bản)</span>}</td>
                <td>{c.disagree}{c.blank > 0 && <span className="muted small"> ({c.blank} để trống)</span>}</td>
                <td>{c.base}{c.recused > 0 && <span className="muted small"> ({c.recused} không biểu quyết)</span>}</td>
                <td>{c.required}</td>
                <td>{c.percent}</td>
                <td>{superseded ? <span className="badge">Không còn giá trị</span> : <OutcomeBadge c={c} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {opinions.length > 0 && (
        <ul className="small" aria-label="Ý kiến bằng văn bản">
          {opinions.map((o) => (
            <li key={o.memberId}>
              Ý kiến bằng văn bản của {memberName(data, o.memberId)}:{' '}
              {o.status === 'applied' ? `đã tính (đồng ý: ${o.agreeIds.map(name).join(', ') || 'không ai'})` : `không tính — ${o.reason}`}
            </li>
          ))}
        </ul>
      )}
      {result.preference && (
        <Alert tone="info" title={`Đã áp dụng ưu tiên theo ${WOMEN_PREFERENCE_SOURCE}`}>
          Trong số bằng phiếu ({result.preference.among.map(name).join(', ')}), ưu tiên nữ (hoặc tập thể có từ 70% nữ):{' '}
          {result.preference.narrowedTo ? `bầu lại giữa ${result.preference.narrowedTo.map(name).join(', ')}` : result.preference.chosen.map(name).join(', ')}.
        </Alert>
      )}
      {result.runoff && !superseded && (
        <Alert tone="warning" title="Bằng phiếu ở vị trí cuối cùng">
          {result.runoff.candidateIds.map(name).join(', ')} bằng phiếu nhau cho {result.runoff.seats} suất còn lại. Đề nghị bầu lại giữa những người này.
        </Alert>
      )}
      {result.tieUnresolved && result.tie && (
        <Alert tone="danger" title="Vẫn bằng phiếu và đã hết số vòng cho phép">
          {result.tie.candidateIds.map(name).join(', ')} bằng phiếu cho {result.tie.seats} suất. Phần mềm không tự chọn: Hội đồng thảo luận và quyết định, ghi vào biên bản.
        </Alert>
      )}
      {result.mismatchAcceptedReason && <p className="small">Sai lệch kiểm phiếu được chấp nhận, lý do: {result.mismatchAcceptedReason}</p>}
    </div>
  );
}
