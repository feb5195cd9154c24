// Whether a person or a unit meets an annual title, as met / not met / unknown, with one
// sentence in plain Vietnamese that names the rule and its source. Pure: the officer's screen,
// the nomination dialog and the tests all read the same verdict.
import {
  ANNUAL_TITLE_NAMES,
  DEFAULT_TITLE_RULES,
  definitionFor,
  DISCIPLINE_LABELS,
  DISCIPLINE_RANK,
  QUALITY_RATING_LABELS,
  QUALITY_RATING_RANK,
  shareWords,
  type AnnualTitleKey,
  type Discipline,
  type TitleRules,
  type YearResult,
} from './annual-titles';
import { formatDate } from '../lib/vi-date';

export type TitleState = 'met' | 'not-met' | 'unknown';
export interface TitleVerdict {
  title: AnnualTitleKey;
  state: TitleState;
  /** The whole sentence: "Đạt Lao động tiên tiến: xếp loại …, không bị kỷ luật (Luật …, Điều 24)". */
  explanation: string;
  /** Its middle, for a narrow cell: "xếp loại …, không bị kỷ luật". */
  reason: string;
  /** Its source, "" when nothing was decided. */
  source: string;
}

function barWords(bar: Discipline): string {
  return `kỷ luật từ ${DISCIPLINE_LABELS[bar]} trở lên`;
}

function noLaw(title: AnnualTitleKey, year: number): TitleVerdict {
  return sentence(title, { state: 'unknown', reason: `phần mềm chưa có quy định áp dụng cho năm ${year}`, source: '' });
}

interface Finding {
  state: TitleState;
  /** Why, without the verdict's opening words: "xếp loại …, không bị kỷ luật". */
  reason: string;
  source: string;
}

function ldttFinding(result: YearResult | undefined, year: number, rules: TitleRules, lawSource: string): Finding {
  if (!result?.rating) return { state: 'unknown', reason: `chưa nhập xếp loại chất lượng năm ${year}`, source: '' };
  const rating = QUALITY_RATING_LABELS[result.rating];
  if (QUALITY_RATING_RANK[result.rating] < QUALITY_RATING_RANK.tot)
    return { state: 'not-met', reason: `xếp loại ${rating}, cần từ Hoàn thành tốt nhiệm vụ trở lên`, source: lawSource };
  if (DISCIPLINE_RANK[result.discipline] >= DISCIPLINE_RANK[rules.individualDisciplineBar])
    return {
      state: 'not-met',
      reason: `bị kỷ luật ${DISCIPLINE_LABELS[result.discipline]} trong năm`,
      source: rules.individualDisciplineSource || `không xét khi bị ${barWords(rules.individualDisciplineBar)}`,
    };
  const discipline = result.discipline === 'none' ? 'không bị kỷ luật' : `kỷ luật ${DISCIPLINE_LABELS[result.discipline]} (dưới mức loại trừ)`;
  return { state: 'met', reason: `xếp loại ${rating}, ${discipline}`, source: lawSource };
}

const OPENINGS: Record<TitleState, string> = { met: 'Đạt', 'not-met': 'Không đạt', unknown: 'Chưa xác định' };
function sentence(title: AnnualTitleKey, f: Finding): TitleVerdict {
  const cite = f.source ? ` (${f.source})` : '';
  return { title, state: f.state, explanation: `${OPENINGS[f.state]} ${ANNUAL_TITLE_NAMES[title]}: ${f.reason}${cite}`, reason: f.reason, source: f.source };
}

/** LĐTT (Law 2022 art. 24): rated "hoàn thành tốt nhiệm vụ" or better, and not disciplined at the local bar. */
export function evaluateLdtt(result: YearResult | undefined, year: number, rules: TitleRules = DEFAULT_TITLE_RULES): TitleVerdict {
  const title = 'lao-dong-tien-tien';
  const law = definitionFor(title, year);
  if (!law) return noLaw(title, year);
  return sentence(title, ldttFinding(result, year, rules, law.source));
}

/** CSTĐ cơ sở (Law 2022 art. 23): LĐTT, and either "hoàn thành xuất sắc nhiệm vụ" or a recognised initiative. */
export function evaluateCstd(result: YearResult | undefined, year: number, rules: TitleRules = DEFAULT_TITLE_RULES): TitleVerdict {
  const title = 'chien-si-thi-dua-co-so';
  const law = definitionFor(title, year);
  if (!law) return noLaw(title, year);
  const ldtt = ldttFinding(result, year, rules, definitionFor('lao-dong-tien-tien', year)?.source ?? '');
  if (ldtt.state !== 'met') {
    const reason = ldtt.state === 'unknown' ? ldtt.reason : `chưa đạt Lao động tiên tiến: ${ldtt.reason}${ldtt.source ? ` (${ldtt.source})` : ''}`;
    return sentence(title, { state: ldtt.state, reason, source: ldtt.state === 'unknown' ? '' : law.source });
  }
  const initiative = result?.initiatives[0];
  if (initiative)
    return sentence(title, {
      state: 'met',
      reason: `đạt Lao động tiên tiến và có sáng kiến “${initiative.name}” được công nhận tại Quyết định số ${initiative.decisionNumber} ngày ${formatDate(initiative.decisionDate)}`,
      source: law.source,
    });
  if (result?.rating === 'xuat-sac') return sentence(title, { state: 'met', reason: 'đạt Lao động tiên tiến và xếp loại Hoàn thành xuất sắc nhiệm vụ', source: law.source });
  return sentence(title, {
    state: 'not-met',
    reason: `xếp loại ${QUALITY_RATING_LABELS[result?.rating ?? 'tot']}, chưa có sáng kiến được công nhận`,
    source: law.source,
  });
}

/** The members of a unit as the collective rule reads them: their year's data, absent when not entered. */
export type MemberResult = YearResult | undefined;

/** Smallest count of `total` that reaches the share: ceil(total × n / d) in integers, no float edge. */
export function requiredCount(total: number, share: { numerator: number; denominator: number }): number {
  return Math.floor((total * share.numerator + share.denominator - 1) / share.denominator);
}

/**
 * Tập thể LĐTT: at least the local share of members are LĐTT and none is disciplined at the
 * local bar. Unknown only when the members not yet entered could still swing the outcome.
 */
export function evaluateCollective(members: readonly MemberResult[], year: number, rules: TitleRules = DEFAULT_TITLE_RULES): TitleVerdict {
  const title = 'tap-the-lao-dong-tien-tien';
  const law = definitionFor(title, year);
  if (!law) return noLaw(title, year);
  const { minShareLdtt, disciplineBar, source } = rules.collective;
  const cite = source || law.source;
  const total = members.length;
  if (total === 0) return sentence(title, { state: 'unknown', reason: 'đơn vị chưa có thành viên nào trong danh sách bình xét', source: '' });
  const barred = members.filter((m) => m && DISCIPLINE_RANK[m.discipline] >= DISCIPLINE_RANK[disciplineBar]).length;
  if (barred > 0) return sentence(title, { state: 'not-met', reason: `có ${barred} thành viên bị ${barWords(disciplineBar)}`, source: cite });
  const verdicts = members.map((m) => evaluateLdtt(m, year, rules).state);
  const met = verdicts.filter((s) => s === 'met').length;
  const unknown = verdicts.filter((s) => s === 'unknown').length;
  const need = requiredCount(total, minShareLdtt);
  const counted = `${met}/${total} thành viên đạt Lao động tiên tiến, cần ít nhất ${need} (${shareWords(minShareLdtt)})`;
  if (met >= need) return sentence(title, { state: 'met', reason: `${counted}; không ai bị ${barWords(disciplineBar)}`, source: cite });
  if (met + unknown >= need) return sentence(title, { state: 'unknown', reason: `${counted}; còn ${unknown} thành viên chưa nhập xếp loại`, source: cite });
  return sentence(title, { state: 'not-met', reason: counted, source: cite });
}

/** The local cap on CSTĐ cơ sở, if set: at most floor(LĐTT × share); null when there is none. */
export function cstdCap(ldttCount: number, rules: TitleRules = DEFAULT_TITLE_RULES): { max: number | null; explanation: string } {
  if (!rules.cstdCap.enabled) return { max: null, explanation: `Không giới hạn số Chiến sĩ thi đua cơ sở (${rules.cstdCap.source})` };
  const { numerator, denominator } = rules.cstdCap.share;
  const max = Math.floor((ldttCount * numerator) / denominator);
  return {
    max,
    explanation: `Tối đa ${max} Chiến sĩ thi đua cơ sở: ${shareWords(rules.cstdCap.share)} của ${ldttCount} Lao động tiên tiến, làm tròn xuống (${rules.cstdCap.source})`,
  };
}

/** The verdict for a title by its key; the collective title needs the unit's members. */
export function evaluateTitle(key: AnnualTitleKey, input: { result?: YearResult | undefined; members?: readonly MemberResult[] | undefined }, year: number, rules?: TitleRules): TitleVerdict {
  if (key === 'lao-dong-tien-tien') return evaluateLdtt(input.result, year, rules);
  if (key === 'chien-si-thi-dua-co-so') return evaluateCstd(input.result, year, rules);
  return evaluateCollective(input.members ?? [], year, rules);
}
