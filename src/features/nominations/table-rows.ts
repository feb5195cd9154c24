// One row per participant for the nomination table: joins the register, the participants'
// summaries of their evidence, appraisals and complaints, nominations and council rounds once,
// so the table only sorts and filters plain values. Pure, so 10,000 rows are built and tested
// without a browser.
// Where a category has several awards (a year-end campaign: LĐTT and CSTĐ cơ sở for a person)
// a participant may hold one nomination per award: the row keeps each one (perTitle), and its
// status, dossier, votes and result read one line per title, "LĐTT: Được chọn".
import { nominationVotes } from '../../domain/council-results';
import { evaluateEligibility } from '../../domain/eligibility';
import { NOMINATION_STATUS_LABELS, type Nomination } from '../../domain/nomination';
import { dossierProgress } from '../../domain/nomination-rules';
import { eligibilityInputs } from '../../domain/participant-summary';
import { PERSON_KIND_LABELS, UNIT_KIND_LABELS } from '../../domain/register';
import { CATEGORY_LABELS, type Category } from '../../domain/rules';
import { foldForSearch } from '../../lib/vi-text';
import type { TitleVerdict } from '../../domain/annual-titles-eval';
import { isYearEndCampaign, perAwardCategories, rewardShortName, titleVerdicts } from '../../domain/year-end';
import type { NominationTableSource } from '../../db/nomination-table-read';

/** One award's nomination of a participant, where its category has several awards. */
export interface TitleNomination {
  rewardId: string;
  /** "LĐTT", "CSTĐ cơ sở": the award as the table names it. */
  label: string;
  nomination: Nomination;
  /** Live (not withdrawn). */
  nominated: boolean;
  status: string;
  dossier: string;
  votes: string;
  result: string;
}

export interface NominationRow {
  participantId: string;
  name: string;
  category: Category;
  categoryLabel: string;
  kind: string;
  unit: string;
  criteriaMet: number;
  criteriaTotal: number;
  disqualified: boolean;
  evidenceCount: number;
  /** "Đủ", "Đang đánh giá 2/4", "Chưa đánh giá". */
  appraisalStatus: string;
  eligible: boolean;
  reasons: string[];
  /** Year-end campaigns: each annual title's verdict for this participant, keyed by reward id. */
  titles: Map<string, TitleVerdict>;
  /** The awards this participant is already proposed for (live nominations). */
  nominatedRewardIds: string[];
  /** The nomination the row opens: its live one (the first award's, where there are several), else the latest withdrawn. */
  nomination: Nomination | undefined;
  /** Has at least one live nomination. */
  nominated: boolean;
  /** Per-award categories only: each award's nomination (live, else the latest withdrawn), in the plan's award order; else empty. */
  perTitle: TitleNomination[];
  /** Still proposable from its row: eligible and not proposed; per award, an award of its category not yet proposed whose title is met. */
  proposable: boolean;
  /** "Đã đề xuất", or "Đã đề xuất: LĐTT, CSTĐ cơ sở" per award; "" when not nominated. */
  nominatedLabel: string;
  /** Status label of the nomination, "" when not nominated; one "LĐTT: …" line per award where there are several. */
  status: string;
  dossier: string;
  votes: string;
  result: string;
  /** Folded (accent-free, lower case) text of the row, for the global search. */
  search: string;
}

export type TableSource = NominationTableSource;

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const RESULT_STATUSES = new Set(['selected', 'not-selected', 'awarded']);

/** The nomination shown for a participant: the live one, else the latest withdrawn. */
function currentNomination(list: readonly Nomination[] | undefined): Nomination | undefined {
  if (!list?.length) return undefined;
  const sorted = [...list].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  return sorted.find((n) => n.status !== 'withdrawn') ?? sorted[0];
}

/** The texts a nomination shows in the table's status, dossier, votes and result columns. */
function nominationTexts(nomination: Nomination | undefined, votes: ReturnType<typeof nominationVotes>) {
  if (!nomination) return { nominated: false, status: '', dossier: '', votes: '', result: '' };
  const nominated = nomination.status !== 'withdrawn';
  // The frozen result of the latest published round that named it: the same numbers as the
  // projector and both biên bản, written opinions included.
  const vote = votes.get(nomination.id);
  const progress = dossierProgress(nomination);
  const status = NOMINATION_STATUS_LABELS[nomination.status];
  return {
    nominated,
    status,
    dossier: nominated ? `${progress.done}/${progress.total}` : '',
    votes: vote ? `${vote.agree}/${vote.base} (${vote.percent})` : '',
    result: RESULT_STATUSES.has(nomination.status) ? status : '',
  };
}

/** "LĐTT: Được chọn" lines, one per award that has the text; a line break between them (CSV and Excel keep it in the cell). */
export const TITLE_LINE_BREAK = '\n';
function titleLines(entries: readonly TitleNomination[], text: (e: TitleNomination) => string): string {
  return entries.flatMap((e) => (text(e) ? [`${e.label}: ${text(e)}`] : [])).join(TITLE_LINE_BREAK);
}

export function buildRows(source: TableSource): NominationRow[] {
  const live = <T extends { deletedAt?: string | undefined }>(xs: readonly T[]) => xs.filter((x) => !x.deletedAt);
  const people = new Map(source.people.map((p) => [p.id, p]));
  const units = new Map(source.units.map((u) => [u.id, u]));
  const nominations = groupBy(live(source.nominations), (n) => n.participantId);
  const votes = nominationVotes(live(source.rounds));
  const perAward = perAwardCategories(source.campaign);
  const titled = isYearEndCampaign(source.campaign) ? titleVerdicts(source.campaign, live(source.participants), source.people) : undefined;

  return live(source.participants).map((p) => {
    const person = p.personId ? people.get(p.personId) : undefined;
    const unit = p.category === 'collective' ? (p.unitId ? units.get(p.unitId) : undefined) : person?.unitId ? units.get(person.unitId) : undefined;
    const kind = p.category === 'collective' ? (unit ? UNIT_KIND_LABELS[unit.kind] : '') : person ? PERSON_KIND_LABELS[person.kind] : '';
    const summary = source.summaries.get(p.id);
    const inputs = eligibilityInputs(summary);
    const criteria = evaluateEligibility({ campaign: source.campaign, category: p.category, ...inputs });
    // A year-end campaign judges by the titles: eligible for the first (LĐTT, Tập thể LĐTT), and
    // every title not met says why in words.
    const titles = titled?.get(p.id) ?? new Map<string, TitleVerdict>();
    const firstTitle = [...titles.values()][0];
    const eligibility = firstTitle
      ? { ...criteria, eligible: firstTitle.state === 'met', reasons: [...titles.values()].filter((v) => v.state !== 'met').map((v) => v.explanation) }
      : criteria;
    const appraised = eligibility.perCriterion.filter((c) => inputs.appraisals.some((a) => a.criterionId === c.criterionId)).length;
    const appraisalStatus =
      appraised === 0 ? 'Chưa đánh giá' : appraised >= eligibility.criteriaTotal ? 'Đã đánh giá đủ' : `Đang đánh giá ${appraised}/${eligibility.criteriaTotal}`;
    const mine = nominations.get(p.id) ?? [];
    const perTitle: TitleNomination[] = perAward.has(p.category)
      ? source.campaign.rewards.flatMap((reward) => {
          const current = currentNomination(mine.filter((n) => n.rewardId === reward.id));
          return reward.category === p.category && current ? [{ rewardId: reward.id, label: rewardShortName(reward), nomination: current, ...nominationTexts(current, votes) }] : [];
        })
      : [];
    const nomination = perTitle.length ? (perTitle.find((e) => e.nominated) ?? perTitle[0])?.nomination : currentNomination(mine);
    const texts = perTitle.length
      ? {
          nominated: perTitle.some((e) => e.nominated),
          status: titleLines(perTitle, (e) => e.status),
          dossier: titleLines(perTitle, (e) => e.dossier),
          votes: titleLines(perTitle, (e) => e.votes),
          result: titleLines(perTitle, (e) => e.result),
        }
      : nominationTexts(nomination, votes);
    const liveTitles = perTitle.filter((e) => e.nominated).map((e) => e.label);
    const liveRewardIds = mine.filter((n) => n.status !== 'withdrawn').map((n) => n.rewardId);
    const proposable = perAward.has(p.category)
      ? source.campaign.rewards.some((r) => r.category === p.category && !liveRewardIds.includes(r.id) && (titles.get(r.id)?.state ?? (eligibility.eligible ? 'met' : '')) === 'met')
      : eligibility.eligible && !texts.nominated;
    const row: NominationRow = {
      participantId: p.id,
      name: p.displayName,
      category: p.category,
      categoryLabel: CATEGORY_LABELS[p.category],
      kind,
      unit: p.category === 'collective' ? '' : (unit?.name ?? ''),
      criteriaMet: eligibility.criteriaMet,
      criteriaTotal: eligibility.criteriaTotal,
      disqualified: eligibility.disqualified,
      evidenceCount: summary?.evidence ?? 0,
      appraisalStatus,
      eligible: eligibility.eligible,
      reasons: eligibility.reasons,
      titles,
      nominatedRewardIds: liveRewardIds,
      nomination,
      nominated: texts.nominated,
      perTitle,
      proposable,
      nominatedLabel: !texts.nominated ? '' : liveTitles.length ? `Đã đề xuất: ${liveTitles.join(', ')}` : 'Đã đề xuất',
      status: texts.status,
      dossier: texts.dossier,
      votes: texts.votes,
      result: texts.result,
      search: '',
    };
    row.search = foldForSearch([row.name, row.categoryLabel, row.kind, row.unit, row.status, row.appraisalStatus].join(' '));
    return row;
  });
}
