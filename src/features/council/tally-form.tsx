// Entering the count of a paper ballot or a show of hands, with the sums checked live.
// A mismatch blocks closing until corrected, or accepted with a reason for the minutes.
import { useState } from 'react';
import { closeRound, enterTally } from '../../db/round-repo';
import type { Tally, VotingRound } from '../../domain/council';
import { canClose, checkTally, emptyTally, tallyContextOf } from '../../domain/tally-check';
import { Alert } from '../../ui/alert';
import { errorText } from '../../ui/error-text';
import { TextAreaField } from '../../ui/fields';
import { candidateName, type CouncilData } from './use-council';

const FIELDS = [
  ['issued', 'Số phiếu phát ra'],
  ['returned', 'Số phiếu thu về'],
  ['valid', 'Số phiếu hợp lệ'],
  ['invalid', 'Số phiếu không hợp lệ'],
] as const;

function NumberInput({ label, value, onChange }: { label: string; value: number; onChange: (n: number) => void }) {
  return (
    <label className="field tally-field">
      <span>{label}</span>
      <input className="input" type="number" min={0} value={Number.isFinite(value) ? value : ''} onChange={(e) => onChange(Math.max(0, Math.floor(Number(e.target.value) || 0)))} />
    </label>
  );
}

export function TallyForm({ data, round }: { data: CouncilData; round: VotingRound }) {
  const [tally, setTally] = useState<Tally>(() => round.tally ?? emptyTally(round.candidateIds));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const context = { ...tallyContextOf(round), name: (id: string) => candidateName(data, id) };
  const issues = checkTally(tally, context);
  const impossible = issues.filter((i) => i.severity === 'impossible');
  const closable = canClose(issues, reason);
  const paper = round.rules.mode === 'paper';
  // Paper ballots of members recused on a candidate: the committee says how many were valid.
  const withRecusals = paper ? round.candidateIds.filter((id) => context.recusedPresent(id) > 0) : [];
  const update = (next: Tally) => {
    setTally(next);
    setSaved(false);
  };
  const setCandidate = (id: string, key: 'agree' | 'disagree' | 'blank' | 'recusedValid', n: number) => {
    const current = tally.perCandidate[id] ?? { agree: 0, disagree: 0 };
    update({ ...tally, perCandidate: { ...tally.perCandidate, [id]: { ...current, [key]: n } } });
  };

  async function save(close: boolean) {
    setError(null);
    try {
      await enterTally(round.id, tally);
      setSaved(true);
      if (close) await closeRound(round.id, issues.length > 0 ? reason : '');
    } catch (err) {
      setError(errorText(err));
    }
  }

  return (
    <div className="stack">
      {paper && (
        <div className="row tally-row">
          {FIELDS.map(([key, label]) => (
            <NumberInput key={key} label={label} value={tally[key]} onChange={(n) => update({ ...tally, [key]: n })} />
          ))}
        </div>
      )}
      <div className="table-wrap tally-wrap">
        <table className="table tally-table">
          <thead>
            <tr>
              <th>Ứng viên</th><th>Đồng ý</th><th>Không đồng ý</th><th>{paper ? 'Để trống' : 'Không biểu quyết'}</th>
              {withRecusals.length > 0 && <th>Phiếu hợp lệ của thành viên không biểu quyết cho người này</th>}
            </tr>
          </thead>
          <tbody>
            {round.candidateIds.map((id) => {
              const c = tally.perCandidate[id] ?? { agree: 0, disagree: 0 };
              const n = candidateName(data, id);
              return (
                <tr key={id}>
                  <th scope="row">{n}</th>
                  <td><NumberInput label={`Đồng ý: ${n}`} value={c.agree} onChange={(v) => setCandidate(id, 'agree', v)} /></td>
                  <td><NumberInput label={`Không đồng ý: ${n}`} value={c.disagree} onChange={(v) => setCandidate(id, 'disagree', v)} /></td>
                  <td><NumberInput label={`${paper ? 'Để trống' : 'Không biểu quyết'}: ${n}`} value={c.blank ?? 0} onChange={(v) => setCandidate(id, 'blank', v)} /></td>
                  {withRecusals.length > 0 && (
                    <td>
                      {withRecusals.includes(id) ? (
                        <NumberInput label={`Phiếu hợp lệ của thành viên không biểu quyết: ${n}`} value={c.recusedValid ?? Math.min(context.recusedPresent(id), tally.valid)} onChange={(v) => setCandidate(id, 'recusedValid', v)} />
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {issues.length === 0 ? (
        <Alert tone="success" title="Các con số khớp nhau." />
      ) : (
        <Alert tone={impossible.length > 0 ? 'danger' : 'warning'} title={impossible.length > 0 ? 'Các con số không thể đúng: hãy kiểm lại phiếu' : 'Các con số chưa khớp'}>
          <ul>{issues.map((i) => <li key={`${i.code}-${i.candidateId ?? ''}`}>{i.message}</li>)}</ul>
        </Alert>
      )}
      {issues.length > 0 && impossible.length === 0 && (
        <TextAreaField label="Lý do chấp nhận sai lệch (ghi vào biên bản)" hint="Chỉ điền khi Tổ kiểm phiếu đã kiểm tra lại và Hội đồng thống nhất chấp nhận." value={reason} onChange={(ev) => setReason(ev.target.value)} />
      )}
      <div className="form-actions">
        <button type="button" className="btn" onClick={() => void save(false)}>Lưu kết quả kiểm phiếu</button>
        <button type="button" className="btn btn-primary" disabled={!closable} onClick={() => void save(true)}>
          {issues.length > 0 ? 'Chấp nhận sai lệch và kết thúc vòng' : 'Kết thúc vòng bỏ phiếu'}
        </button>
        {saved && <span className="muted small" role="status">Đã lưu.</span>}
      </div>
      {error && <Alert tone="danger">{error}</Alert>}
    </div>
  );
}
