// A round's counted result for the operator: votes, base, required, pass/fail, winners, and
// what the council must do next (a run-off among the tied, or decide an unresolved tie).
import type { VotingRound } from '../../domain/council';
import { thresholdPhrase } from '../../domain/quorum';
import { VOTE_BASE_LABELS } from '../../domain/rules';
import { percentText, type RoundOutcome } from '../../domain/vote-counting';
import { Alert } from '../../ui/alert';
import { candidateName, type CouncilData } from './use-council';

export function ResultsTable({ data, round, outcome }: { data: CouncilData; round: VotingRound; outcome: RoundOutcome }) {
  const name = (id: string) => candidateName(data, id);
  return (
    <div className="stack">
      <p className="small muted">
        Đạt khi số phiếu đồng ý {thresholdPhrase(round.rules.threshold)} {VOTE_BASE_LABELS[round.rules.base]}
        {round.rules.writtenOpinionsCount ? '; có tính ý kiến bằng văn bản của thành viên vắng mặt' : ''}.
      </p>
      <div className="table-wrap">
        <table className="table" aria-label={`Kết quả vòng ${round.number}`}>
          <thead>
            <tr><th>Ứng viên</th><th>Đồng ý</th><th>Không đồng ý</th><th>Cơ sở</th><th>Cần</th><th>Tỷ lệ</th><th>Kết quả</th></tr>
          </thead>
          <tbody>
            {outcome.candidates.map((c) => (
              <tr key={c.candidateId}>
                <td>{name(c.candidateId)}</td>
                <td>{c.agree}{c.writtenAgree > 0 && <span className="muted small"> (gồm {c.writtenAgree} văn bản)</span>}</td>
                <td>{c.disagree}</td>
                <td>{c.base}{c.recused > 0 && <span className="muted small"> ({c.recused} không biểu quyết)</span>}</td>
                <td>{c.required}</td>
                <td>{percentText(c.agree, c.base)}</td>
                <td>
                  {outcome.winners.includes(c.candidateId) ? (
                    <span className="badge badge-success">Được chọn</span>
                  ) : outcome.tie?.candidateIds.includes(c.candidateId) ? (
                    <span className="badge badge-warning">Bằng phiếu</span>
                  ) : c.passes ? (
                    <span className="badge badge-info">Đạt, ngoài số lượng</span>
                  ) : (
                    <span className="badge badge-danger">Không đạt</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {outcome.preference && (
        <Alert tone="info" title="Đã áp dụng ưu tiên theo Điều 4 Nghị định 152/2025/NĐ-CP">
          Trong số bằng phiếu ({outcome.preference.among.map(name).join(', ')}), ưu tiên nữ: {outcome.preference.chosen.map(name).join(', ')}.
        </Alert>
      )}
      {outcome.runoff && (
        <Alert tone="warning" title="Bằng phiếu ở vị trí cuối cùng">
          {outcome.runoff.candidateIds.map(name).join(', ')} bằng phiếu nhau cho {outcome.runoff.seats} suất còn lại. Đề nghị bầu lại giữa những người này.
        </Alert>
      )}
      {outcome.tieUnresolved && outcome.tie && (
        <Alert tone="danger" title="Vẫn bằng phiếu và đã hết số vòng cho phép">
          {outcome.tie.candidateIds.map(name).join(', ')} bằng phiếu cho {outcome.tie.seats} suất. Phần mềm không tự chọn: Hội đồng thảo luận và quyết định, ghi vào biên bản.
        </Alert>
      )}
      {round.mismatchAcceptedReason && <p className="small">Sai lệch kiểm phiếu được chấp nhận, lý do: {round.mismatchAcceptedReason}</p>}
    </div>
  );
}
