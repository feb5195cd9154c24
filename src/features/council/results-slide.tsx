// A round's published result on the projector: the frozen result record, never a recount. A long
// result is shown a page at a time (results-layout); every page keeps the rule, the count of who
// was chosen, the legend and any tie, so a page read alone is not misleading.
import type { CSSProperties } from 'react';
import { thresholdPhrase } from '../../domain/quorum';
import { VOTE_BASE_LABELS } from '../../domain/rules';
import { roundHeadlineIn } from '../../domain/round-names';
import { WOMEN_PREFERENCE_SOURCE } from '../../domain/women-preference';
import { candidateName } from './use-council';
import { pageOf, paging, RESULT_ROWS_PER_PAGE } from './results-layout';
import { PageMark } from './page-mark';
import type { SlideProps } from './present-slides';

export function ResultsSlide({ data, round, page, pageCount }: SlideProps) {
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
  // Every page's rows are sized for the fullest page, so a flip does not change the type size.
  const { rowsPerPage } = paging(outcome.candidates.length, RESULT_ROWS_PER_PAGE);
  const shown = pageOf(outcome.candidates, RESULT_ROWS_PER_PAGE, page);
  // The winners by name when the whole result is on one screen (their line takes a row's room);
  // across pages, the rows say who.
  const winnersLine = outcome.winners.length > 0 && pageCount === 1;
  return (
    <div className="slide">
      <header className="slide-head">
        <h1>Kết quả vòng {round.number}: {roundHeadlineIn(data.campaign?.rewards ?? [], round)}</h1>
        <PageMark page={page} pageCount={pageCount} />
      </header>
      <p className="slide-sub">
        Đạt khi đồng ý {thresholdPhrase(outcome.rules.threshold)} {VOTE_BASE_LABELS[outcome.rules.base]} · chọn {outcome.quota}
        <strong className="ok"> · Được chọn {outcome.winners.length}/{outcome.candidates.length}</strong>
      </p>
      <ul className="slide-results" style={{ '--rows': rowsPerPage + (winnersLine ? 1 : 0) } as CSSProperties}>
        {shown.map((c) => {
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
      {winnersLine && <p className="slide-big ok">Được chọn: {outcome.winners.map(name).join(', ')}</p>}
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
