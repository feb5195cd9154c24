// One voting round on the operator's screen: its state, what can be done next, and the
// buttons that put it on the projector.
import { useCallback, useState } from 'react';
import { correctRound, createRunoff, publishRound, removePreparedRound } from '../../db/round-repo';
import { awardLabel, rulesLine } from '../../domain/award-rules';
import type { CouncilSession, VotingRound } from '../../domain/council';
import { VOTING_MODE_LABELS } from '../../domain/rules';
import { roundTitle } from '../../domain/round-names';
import { supersededRoundIds } from '../../domain/council-results';
import { Alert } from '../../ui/alert';
import { TextField } from '../../ui/fields';
import { BallotPrint } from './ballot-print';
import { OpenRoundButton } from './open-round-button';
import { proposedRecusals, RecusalProposals } from './recusal-proposals';
import { PcBallot } from './pc-ballot';
import { showOnProjector } from './projector-channel';
import { ResultsTable } from './results-table';
import { TallyForm } from './tally-form';
import { RoundOpinions } from './round-opinions';
import { ErrorMessage } from '../../ui/error-message';
import { awardOfRound, type CouncilData } from './use-council';

const STATUS = {
  prepared: ['Chuẩn bị', 'badge-info'],
  open: ['Đang bỏ phiếu', 'badge-warning'],
  closed: ['Đã kết thúc', 'badge-primary'],
  published: ['Đã công bố', 'badge-success'],
} as const;

export function RoundCard({ data, session, round }: { data: CouncilData; session: CouncilSession; round: VotingRound }) {
  const [error, setError] = useState<unknown>(null);
  const [reason, setReason] = useState('');
  const [correcting, setCorrecting] = useState(false);
  const [printing, setPrinting] = useState(false);
  const stopPrinting = useCallback(() => setPrinting(false), []);
  const presentCount = data.members.filter((m) => session.attendance[m.id] === 'present').length;
  const run = (action: () => Promise<unknown>) => {
    setError(null);
    action().catch((e: unknown) => setError(e));
  };
  const show = (slide: string) => run(() => showOnProjector({ sessionId: session.id, slide, roundId: round.id }));
  const done = round.status === 'closed' || round.status === 'published';
  const outcome = done ? round.result : undefined;
  const superseded = supersededRoundIds(data.rounds).has(round.id);
  const [label, tone] = STATUS[round.status];
  const replaced = data.rounds.some((r) => r.replacesRoundId === round.id);
  const award = awardOfRound(data, round);
  const proposals = round.status === 'prepared' && !superseded ? proposedRecusals(data, session, round) : [];

  return (
    <article className="card round-card" aria-labelledby={`round-${round.id}`} data-testid={`round-${round.number}`}>
      <header className="row" style={{ justifyContent: 'space-between' }}>
        <h3 id={`round-${round.id}`}>
          Vòng {round.number}: {roundTitle(round, award ? awardLabel(award) : undefined)} · chọn {round.quota} · {VOTING_MODE_LABELS[round.rules.mode]}
        </h3>
        <span className={`badge ${tone}`}>{label}</span>
      </header>
      {!outcome && <p className="small round-rule">{rulesLine(round.rules)}.</p>}
      {round.correctionReason && <p className="small">Lý do điều chỉnh: {round.correctionReason}</p>}
      {replaced && <p className="small muted">Vòng này đã được thay bằng một vòng điều chỉnh.</p>}
      {superseded && !replaced && (
        <Alert tone="warning" title="Vòng này không còn giá trị">
          Vòng gốc của nó đã được điều chỉnh, nên vòng này không mở hay công bố được nữa; kết quả lấy theo vòng điều chỉnh.
          {round.status === 'prepared' && ' Hãy xoá vòng này.'}
        </Alert>
      )}
      <div className="row">
        <button type="button" className="btn btn-sm" onClick={() => show('candidates')}>Chiếu ứng viên</button>
        {round.status === 'open' && <button type="button" className="btn btn-sm" onClick={() => show('voting')}>Chiếu “đang bỏ phiếu”</button>}
        {round.status === 'published' && <button type="button" className="btn btn-sm" onClick={() => show('results')}>Chiếu kết quả</button>}
        {round.rules.mode === 'paper' && (round.status === 'prepared' || round.status === 'open') && (
          <button type="button" className="btn btn-sm" onClick={() => setPrinting(true)}>In phiếu bầu ({presentCount} phiếu)</button>
        )}
      </div>
      {printing && <BallotPrint data={data} round={round} copies={presentCount} onDone={stopPrinting} />}
      {round.status === 'prepared' && round.runoffOf && !superseded && <RoundOpinions data={data} session={session} round={round} />}
      <RecusalProposals session={session} round={round} proposals={proposals} run={run} />
      {round.status === 'prepared' && (
        <div className="form-actions">
          {!superseded && <OpenRoundButton session={session} round={round} proposals={proposals} run={run} />}
          <button type="button" className="btn btn-ghost" onClick={() => run(() => removePreparedRound(round.id))}>Xoá vòng này</button>
        </div>
      )}
      {round.status === 'open' && (round.rules.mode === 'pc-secret' ? <PcBallot data={data} round={round} /> : <TallyForm data={data} round={round} />)}
      {outcome && <ResultsTable data={data} round={round} result={outcome} superseded={superseded} />}
      {done && !outcome && <Alert tone="warning">Vòng này đóng trước khi có kết quả chốt; hãy tạo vòng điều chỉnh để kiểm lại.</Alert>}
      {done && (
        <div className="form-actions">
          {round.status === 'closed' && !superseded && outcome && (
            <button type="button" className="btn btn-primary" onClick={() => run(async () => { await publishRound(round.id); await showOnProjector({ sessionId: session.id, slide: 'results', roundId: round.id }); })}>
              Công bố kết quả
            </button>
          )}
          {outcome?.runoff && !superseded && !data.rounds.some((r) => r.runoffOf === round.id) && (
            <button type="button" className="btn" onClick={() => run(() => createRunoff(round.id))}>Bầu lại giữa những người bằng phiếu</button>
          )}
          {!replaced && !superseded && <button type="button" className="btn btn-ghost" onClick={() => setCorrecting(!correcting)}>Điều chỉnh kết quả…</button>}
        </div>
      )}
      {correcting && (
        <div className="row council-add">
          <TextField label="Lý do điều chỉnh (ghi vào biên bản)" value={reason} onChange={(e) => setReason(e.target.value)} fieldClassName="grow" />
          <button type="button" className="btn" onClick={() => run(async () => { await correctRound(round.id, reason); setCorrecting(false); })}>Tạo vòng điều chỉnh</button>
        </div>
      )}
      {error !== null && <ErrorMessage error={error} />}
    </article>
  );
}
