// Which round, and which page of which slide, the projector shows: one answer for the projector
// window and the operator's controls, so both say "Trang 2/5" about the same rows.
import type { CouncilSession, VotingRound } from '../../domain/council';
import { CATEGORIES, type Category } from '../../domain/rules';
import { CANDIDATES_PER_PAGE, clampPage, paging, RESULT_ROWS_PER_PAGE } from './results-layout';
import type { Candidate, CouncilData } from './use-council';

export interface ProjectorState {
  slide: string;
  roundId?: string | undefined;
  page?: number | undefined;
}

export interface ProjectorView {
  slide: string;
  round: VotingRound | undefined;
  /** From 1, within the slide's pages (a page past the end, left from a longer list, shows the last). */
  page: number;
  pageCount: number;
}

/** The candidates the candidates slide lists: the round's, or every category's before a round. */
export function candidateEntries(data: CouncilData, round: VotingRound | undefined): { category: Category; candidate: Candidate }[] {
  if (round) return data.candidates.filter((c) => round.candidateIds.includes(c.id)).map((candidate) => ({ category: round.category, candidate }));
  return CATEGORIES.flatMap((category) => data.candidates.filter((c) => c.category === category).map((candidate) => ({ category, candidate })));
}

/**
 * Candidates a page of the candidates slide holds: two columns of six for a round; before any
 * round the list is by category, and a page with two categories' headings has room for eight.
 */
export function candidatesPerPage(round: VotingRound | undefined): number {
  return round ? CANDIDATES_PER_PAGE : CANDIDATES_PER_PAGE - 4;
}

/** How many items a slide spreads over its pages, and how many a page holds (0: the slide has no pages). */
function slideItems(data: CouncilData, slide: string, round: VotingRound | undefined): { count: number; capacity: number } {
  if (slide === 'results') {
    // Nothing of an unpublished result is shown, not even how many pages it would take.
    const outcome = round?.status === 'published' ? round.result : undefined;
    return { count: outcome?.candidates.length ?? 0, capacity: RESULT_ROWS_PER_PAGE };
  }
  if (slide === 'candidates') return { count: candidateEntries(data, round).length, capacity: candidatesPerPage(round) };
  return { count: 0, capacity: 1 };
}

export function projectorView(data: CouncilData, session: CouncilSession, state: ProjectorState): ProjectorView {
  const sessionRounds = data.rounds.filter((r) => r.sessionId === session.id);
  const round = sessionRounds.find((r) => r.id === state.roundId) ?? sessionRounds.at(-1);
  const { count, capacity } = slideItems(data, state.slide, round);
  const { pageCount } = paging(count, capacity);
  return { slide: state.slide, round, page: clampPage(state.page, pageCount), pageCount };
}
