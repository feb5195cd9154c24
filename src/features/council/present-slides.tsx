// The projector's slides: large, high-contrast, readable from the back of the room.
// Nothing secret shows before publishing: results need a published round.
import type { CSSProperties } from 'react';
import type { CouncilSession, VotingRound } from '../../domain/council';
import { checkQuorum, thresholdPhrase } from '../../domain/quorum';
import { CATEGORY_LABELS, CATEGORIES, VOTE_BASE_LABELS, VOTING_MODE_LABELS } from '../../domain/rules';
import { roundHeadlineIn } from '../../domain/round-names';
import { WOMEN_PREFERENCE_SOURCE } from '../../domain/women-preference';
import { formatDate } from '../../lib/vi-date';
import { rulesLine } from '../../domain/award-rules';
import { awardOfRound, candidateName, type CouncilData } from './use-council';
import { resultsLayout } from './results-layout';

interface SlideProps {
  data: CouncilData;
  session: CouncilSession;
  round: VotingRound | undefined;
}

export function TitleSlide({ data, session }: SlideProps) {
  return (
    <div className="slide slide-title">
      <p className="slide-kicker">Hội đồng Thi đua - Khen thưởng</p>
      <h1>Phiên họp bình xét khen thưởng</h1>
      <p className="slide-big">{data.campaign?.shortName}</p>
      <p>Ngày {formatDate(session.date)}{session.startTime ? ` · ${session.startTime}` : ''} · {session.place}</p>
    </div>
  );
}

export function AttendanceSlide({ data, session }: SlideProps) {
  const present = data.members.filter((m) => session.attendance[m.id] === 'present');
  const rules = data.campaign?.votingRules;
  const quorum = rules ? checkQuorum(data.members.length, present.length, rules.quorum) : undefined;
  const status = (id: string) => session.attendance[id] ?? 'absent';
  return (
    <div className="slide">
      <h1>Điểm danh</h1>
      <p className="slide-big">
        Có mặt <strong>{present.length}/{data.members.length}</strong> thành viên
        {quorum && <span className={quorum.met ? 'ok' : 'bad'}> · {quorum.met ? 'Đủ túc số' : `Chưa đủ túc số (cần ${quorum.required})`}</span>}
      </p>
      <ul className="slide-names two-col">
        {data.members.map((m) => (
          <li key={m.id}>
            <span>{m.fullName}</span>
            <span className={`tag tag-${status(m.id)}`}>{status(m.id) === 'present' ? 'Có mặt' : status(m.id) === 'absent-written' ? 'Vắng, có ý kiến' : 'Vắng'}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CandidatesSlide({ data, round }: SlideProps) {
  const groups = round
    ? [{ category: round.category, list: data.candidates.filter((c) => round.candidateIds.includes(c.id)) }]
    : CATEGORIES.map((category) => ({ category, list: data.candidates.filter((c) => c.category === category) })).filter((g) => g.list.length > 0);
  return (
    <div className="slide">
      <h1>Danh sách đề nghị bình xét{round ? ` · Vòng ${round.number}` : ''}</h1>
      {round && (
        <>
          <p className="slide-sub">{awardOfRound(data, round)?.form ?? CATEGORY_LABELS[round.category]} · Chọn {round.quota} · {VOTING_MODE_LABELS[round.rules.mode]}</p>
          <p className="slide-rule">{rulesLine(round.rules)}</p>
        </>
      )}
      {groups.map((g) => (
        <section key={g.category}>
          <h2>{CATEGORY_LABELS[g.category]}</h2>
          <ol className="slide-candidates">
            {g.list.map((c) => (
              <li key={c.id}>
                <span className="name">{c.name}</span>
                {c.summary && <span className="summary">{c.summary}</span>}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

export function VotingSlide({ data, round }: SlideProps) {
  if (!round) return <div className="slide"><h1>Chưa có vòng bỏ phiếu</h1></div>;
  const e = round.electorate;
  const eligible = e ? e.memberIds.filter((m) => e.attendance[m] === 'present').length : data.members.length;
  const pc = round.rules.mode === 'pc-secret';
  return (
    <div className="slide slide-title">
      <p className="slide-kicker">Vòng {round.number} · {awardOfRound(data, round)?.form ?? CATEGORY_LABELS[round.category]} · chọn {round.quota}</p>
      <h1>{round.status === 'open' ? 'Đang bỏ phiếu' : round.status === 'prepared' ? 'Chuẩn bị bỏ phiếu' : 'Đang kiểm phiếu'}</h1>
      {pc && round.status === 'open' && (
        <>
          <p className="slide-big" role="status">Đã bỏ phiếu {round.votedMemberIds.length}/{eligible}</p>
          <div className="progress" aria-hidden="true"><div style={{ width: `${(round.votedMemberIds.length / Math.max(1, eligible)) * 100}%` }} /></div>
        </>
      )}
      <p>Kết quả sẽ được công bố sau khi kiểm phiếu xong.</p>
    </div>
  );
}

export function ResultsSlide({ data, round }: SlideProps) {
  const outcome = round?.status === 'published' ? round.result : undefined;
  if (!round || !outcome) {
    return (
      <div className="slide slide-title">
        <h1>Kết quả chưa được công bố</h1>
        <p>Kết quả sẽ hiện ở đây khi Hội đồng công bố.</p>
      </div>
    );
  }
  const name = (id: string) => candidateName(data, id);
  const needed = new Set(outcome.candidates.map((c) => `${c.required}/${c.base}`));
  // The rows share the screen's height: few candidates get big rows, many share columns.
  const layout = resultsLayout(outcome.candidates.length);
  const rows = { '--rows': layout.rows, '--cols': layout.columns } as CSSProperties;
  return (
    <div className="slide">
      <h1>Kết quả vòng {round.number}: {roundHeadlineIn(data.campaign?.rewards ?? [], round)}</h1>
      <p className="slide-sub">
        Đạt khi đồng ý {thresholdPhrase(outcome.rules.threshold)} {VOTE_BASE_LABELS[outcome.rules.base]} · chọn {outcome.quota}
        {/* Many rows leave no room for a line of names: the count, and the rows say who. */}
        {layout.compact && <strong className="ok"> · Được chọn {outcome.winners.length}/{outcome.candidates.length}</strong>}
      </p>
      <ul className={layout.compact ? 'slide-results compact' : 'slide-results'} style={rows}>
        {outcome.candidates.map((c) => {
          const won = c.outcome === 'chosen';
          const tied = c.outcome === 'tied';
          const scale = Math.max(1, c.base);
          return (
            <li key={c.candidateId} className={won ? 'won' : c.passes ? 'pass' : 'fail'}>
              <span className="name">{name(c.candidateId)}</span>
              <span className="bar" role="img" aria-label={`${c.agree} trên ${c.base} phiếu đồng ý, cần ${c.required}`}>
                <span className="fill" style={{ width: `${(c.agree / scale) * 100}%` }} />
                <span className="threshold" style={{ left: `${(c.required / scale) * 100}%` }} />
              </span>
              <span className="votes">
                {c.agree}/{c.base} · {c.percent}
                {c.writtenAgree > 0 && <small className="votes-note">gồm {c.writtenAgree} ý kiến bằng văn bản</small>}
              </span>
              <span className="verdict">{won ? 'ĐƯỢC CHỌN' : tied ? 'BẰNG PHIẾU' : c.passes ? 'ĐẠT' : 'KHÔNG ĐẠT'}</span>
            </li>
          );
        })}
      </ul>
      <p className="slide-legend">
        <span><i className="key key-won" aria-hidden="true" />Được chọn</span>
        <span><i className="key key-pass" aria-hidden="true" />Đạt</span>
        <span><i className="key key-fail" aria-hidden="true" />Không đạt</span>
        <span><i className="key key-threshold" aria-hidden="true" />Vạch trắng: {needed.size === 1 ? `cần ${[...needed][0] ?? ''} phiếu đồng ý để đạt` : 'số phiếu đồng ý cần để đạt'}</span>
      </p>
      {outcome.winners.length > 0 && !layout.compact && <p className="slide-big ok">Được chọn: {outcome.winners.map(name).join(', ')}</p>}
      {outcome.preference && (
        <p className="slide-sub">
          Bằng phiếu, áp dụng ưu tiên nữ theo {WOMEN_PREFERENCE_SOURCE}: {outcome.preference.narrowedTo ? `bầu lại giữa ${outcome.preference.narrowedTo.map(name).join(', ')}` : outcome.preference.chosen.map(name).join(', ')}
        </p>
      )}
      {outcome.runoff && <p className="slide-big warn">Bằng phiếu: {outcome.runoff.candidateIds.map(name).join(', ')} — bầu lại cho {outcome.runoff.seats} suất</p>}
      {outcome.tieUnresolved && <p className="slide-big warn">Vẫn bằng phiếu — Hội đồng thảo luận, quyết định</p>}
    </div>
  );
}
