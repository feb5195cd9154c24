// Secret ballot on this PC: members come to the keyboard in turn. The ballot covers the
// whole screen, shows only that member's choices, and clears after submitting; the operator
// sees only how many have voted ("đã bỏ phiếu 5/9"), never who chose what.
import { useState, type FormEvent } from 'react';
import { castBallot, closeRound } from '../../db/round-repo';
import type { VotingRound } from '../../domain/council';
import { Alert } from '../../ui/alert';
import { errorText } from '../../ui/error-text';
import { SelectField } from '../../ui/fields';
import { candidateName, type CouncilData } from './use-council';

export function PcBallot({ data, round }: { data: CouncilData; round: VotingRound }) {
  const [voter, setVoter] = useState('');
  const [voting, setVoting] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [thanks, setThanks] = useState(false);
  const e = round.electorate;
  const eligible = data.members.filter((m) => e?.attendance[m.id] === 'present');
  const waiting = eligible.filter((m) => !round.votedMemberIds.includes(m.id));
  const recused = new Set(voting ? (e?.recusals[voting] ?? []) : []);

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    if (!voting) return;
    setError(null);
    try {
      await castBallot(round.id, voting, [...chosen]);
      setVoting(null);
      setChosen(new Set());
      setVoter('');
      setThanks(true);
    } catch (err) {
      setError(errorText(err));
    }
  }

  if (voting) {
    const member = data.members.find((m) => m.id === voting);
    return (
      <div className="ballot-screen" role="dialog" aria-modal="true" aria-labelledby="ballot-title">
        <form className="ballot-paper" onSubmit={(ev) => void submit(ev)}>
          <h2 id="ballot-title">Phiếu bầu của {member?.fullName}</h2>
          <p>Kính đề nghị ông (bà) đánh dấu vào người mình <strong>đồng ý</strong> (tối đa {round.quota} người). Người không được đánh dấu được tính là không đồng ý.</p>
          <fieldset>
            <legend className="visually-hidden">Ứng viên</legend>
            {round.candidateIds.map((id) => (
              <label key={id} className={`ballot-choice ${recused.has(id) ? 'is-recused' : ''}`}>
                <input
                  type="checkbox"
                  disabled={recused.has(id)}
                  checked={chosen.has(id)}
                  onChange={(ev) => {
                    const next = new Set(chosen);
                    if (ev.target.checked) next.add(id);
                    else next.delete(id);
                    setChosen(next);
                  }}
                />
                <span>{candidateName(data, id)}{recused.has(id) ? ' (bạn không biểu quyết)' : ''}</span>
              </label>
            ))}
          </fieldset>
          {chosen.size > round.quota && <Alert tone="warning">Bạn đã chọn {chosen.size} người, nhiều hơn {round.quota}.</Alert>}
          {error && <Alert tone="danger">{error}</Alert>}
          <div className="form-actions">
            <button type="submit" className="btn btn-primary btn-lg" disabled={chosen.size > round.quota}>Gửi phiếu</button>
            <button type="button" className="btn" onClick={() => { setVoting(null); setChosen(new Set()); }}>Huỷ, chưa bỏ phiếu</button>
          </div>
        </form>
      </div>
    );
  }

  return (
    <div className="stack">
      <p className="vote-progress" role="status">Đã bỏ phiếu {round.votedMemberIds.length}/{eligible.length}</p>
      {thanks && <Alert tone="success" title="Đã ghi nhận phiếu. Mời thành viên tiếp theo." />}
      {waiting.length > 0 ? (
        <div className="row council-add">
          <SelectField label="Thành viên đến bỏ phiếu" value={voter} onChange={(ev) => setVoter(ev.target.value)}>
            <option value="">— Chọn —</option>
            {waiting.map((m) => <option key={m.id} value={m.id}>{m.fullName}</option>)}
          </SelectField>
          <button type="button" className="btn btn-primary" disabled={!voter} onClick={() => { setThanks(false); setVoting(voter); }}>Mở phiếu bầu</button>
        </div>
      ) : (
        <p>Mọi thành viên có mặt đã bỏ phiếu.</p>
      )}
      <div className="form-actions">
        <button type="button" className="btn btn-primary" onClick={() => void closeRound(round.id).catch((err: unknown) => setError(errorText(err)))}>Kết thúc vòng bỏ phiếu</button>
      </div>
      {error && <Alert tone="danger">{error}</Alert>}
    </div>
  );
}
