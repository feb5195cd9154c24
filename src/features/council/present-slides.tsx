// The projector's slides: large, high-contrast, readable from the back of the room.
// Nothing secret shows before publishing: results need a published round.
import type { CSSProperties } from 'react';
import type { CouncilSession, VotingRound } from '../../domain/council';
import { checkQuorum } from '../../domain/quorum';
import { CATEGORY_LABELS, VOTING_MODE_LABELS, type Category } from '../../domain/rules';
import { formatDate } from '../../lib/vi-date';
import { rulesLine } from '../../domain/award-rules';
import { awardOfRound, type Candidate, type CouncilData } from './use-council';
import { CANDIDATE_COLUMN_ROWS, pageRange } from './results-layout';
import { candidateEntries, candidatesPerPage } from './projector-pages';
import { PageMark } from './page-mark';

export interface SlideProps {
  data: CouncilData;
  session: CouncilSession;
  round: VotingRound | undefined;
  /** The page shown of a slide too long for one screen (from 1), and how many it has. */
  page: number;
  pageCount: number;
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

export function CandidatesSlide({ data, round, page, pageCount }: SlideProps) {
  const entries = candidateEntries(data, round);
  const { start, end } = pageRange(entries.length, candidatesPerPage(round), page);
  // The page's candidates under their category, numbered as on the whole list (and the ballot).
  const groups: { category: Category; first: number; list: Candidate[] }[] = [];
  entries.slice(start, end).forEach(({ category, candidate }, i) => {
    const last = groups.at(-1);
    if (last?.category === category) last.list.push(candidate);
    else groups.push({ category, first: entries.slice(0, start + i).filter((e) => e.category === category).length + 1, list: [candidate] });
  });
  const shown = end - start;
  const columns = shown > CANDIDATE_COLUMN_ROWS ? 2 : 1;
  const layout = columns === 2 ? 'two-col' : shown <= 3 ? 'roomy' : '';
  return (
    <div className="slide">
      <header className="slide-head">
        <h1>Danh sách đề nghị bình xét{round ? ` · Vòng ${round.number}` : ''}</h1>
        <PageMark page={page} pageCount={pageCount} />
      </header>
      {round && (
        <>
          <p className="slide-sub">{awardOfRound(data, round)?.form ?? CATEGORY_LABELS[round.category]} · {entries.length} ứng viên · Chọn {round.quota} · {VOTING_MODE_LABELS[round.rules.mode]}</p>
          <p className="slide-rule">{rulesLine(round.rules)}</p>
        </>
      )}
      {groups.map((g) => (
        <section key={g.category}>
          {/* A round's category is in the line above; the list before any round is by category. */}
          {!round && <h2>{CATEGORY_LABELS[g.category]}</h2>}
          <ol className={`slide-candidates ${layout}`} start={g.first} style={{ '--rows': Math.ceil(g.list.length / columns) } as CSSProperties}>
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
