// Written opinions for a run-off: an opinion given for the first round is for its candidates
// and is not counted again, so an absent member who sends one for the run-off is entered here.
import { useState } from 'react';
import { setRoundWrittenOpinion } from '../../db/round-repo';
import type { CouncilSession, VotingRound } from '../../domain/council';
import { Alert } from '../../ui/alert';
import { errorText } from '../../ui/error-text';
import { Checkbox } from '../../ui/fields';
import { candidateName, type CouncilData } from './use-council';

export function RoundOpinions({ data, session, round }: { data: CouncilData; session: CouncilSession; round: VotingRound }) {
  const [error, setError] = useState<string | null>(null);
  const absent = data.members.filter((m) => session.attendance[m.id] === 'absent-written');
  if (absent.length === 0) return null;
  const opinions = round.writtenOpinions ?? {};
  const run = (action: () => Promise<unknown>) => {
    setError(null);
    action().catch((e: unknown) => setError(errorText(e)));
  };
  return (
    <fieldset className="opinion" aria-label={`Ý kiến bằng văn bản cho vòng ${round.number}`}>
      <legend>Ý kiến bằng văn bản cho vòng bầu lại này</legend>
      <p className="small muted">Ý kiến gửi cho vòng trước không được tính lại. Chỉ đánh dấu khi thành viên vắng mặt gửi ý kiến cho chính vòng bầu lại.</p>
      {absent.map((m) => {
        const given = opinions[m.id];
        return (
          <div key={m.id} className="stack">
            <Checkbox
              label={`${m.fullName} có ý kiến bằng văn bản cho vòng này`}
              checked={given !== undefined}
              onChange={(e) => run(() => setRoundWrittenOpinion(round.id, m.id, e.target.checked ? [] : null))}
            />
            {given !== undefined && (
              <div className="row">
                {round.candidateIds.map((id) => (
                  <Checkbox
                    key={id}
                    label={`Đồng ý: ${candidateName(data, id)}`}
                    checked={given.includes(id)}
                    onChange={(e) => run(() => setRoundWrittenOpinion(round.id, m.id, e.target.checked ? [...given, id] : given.filter((x) => x !== id)))}
                  />
                ))}
              </div>
            )}
          </div>
        );
      })}
      {error && <Alert tone="danger">{error}</Alert>}
    </fieldset>
  );
}
