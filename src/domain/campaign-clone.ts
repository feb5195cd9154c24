// Clone a campaign to run it again next year: dates moved by a year, the plan's number
// and every recorded result cleared, status back to draft, fresh ids inside.
import type { CampaignFields } from './campaign';
import { newId } from '../lib/ids';
import { EMPTY_CAMPAIGN_DOCUMENTS } from './campaign-documents';

/** "2024-02-29" + 1 year → "2025-02-28" (no 29 February next year). */
export function shiftIsoDate(iso: string | undefined, years: number): string | undefined {
  if (!iso) return iso;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const y = Number(m[1]) + years;
  const mo = Number(m[2]);
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return `${y}-${m[2]}-${String(Math.min(Number(m[3]), last)).padStart(2, '0')}`;
}

function shiftMonth(ym: string, years: number): string {
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  return m ? `${Number(m[1]) + years}-${m[2]}` : ym;
}

/**
 * Moves the campaign's own years in free text ("năm 2024" → "năm 2025", "01/2025" →
 * "01/2026"): only the campaign year and the year after it, both at once, so nothing
 * shifts twice. Basis documents keep their real numbers and dates.
 */
export function shiftYearsInText(text: string, fromYear: number, years: number): string {
  const targets = new Set([fromYear, fromYear + 1]);
  return text.replace(/(?<!\d)(\d{4})(?!\d)/g, (y) => (targets.has(Number(y)) ? String(Number(y) + years) : y));
}

export function cloneCampaignFields(source: CampaignFields, years = 1): CampaignFields {
  const t = (s: string) => shiftYearsInText(s, source.year, years);
  const d = (s: string | undefined) => shiftIsoDate(s, years);
  return {
    ...source,
    documentNumber: '',
    issueDate: undefined,
    title: t(source.title),
    shortName: t(source.shortName),
    year: source.year + years,
    intro: t(source.intro),
    basis: source.basis.map((b) => ({ ...b, id: newId() })),
    purposes: { ...source.purposes, id: newId(), items: source.purposes.items.map(t) },
    requirements: { ...source.requirements, id: newId(), items: source.requirements.items.map(t) },
    scope: { ...source.scope, text: source.scope.text.map(t) },
    criteria: source.criteria.map((c) => ({
      ...c,
      id: newId(),
      text: t(c.text),
      ...(c.complaintWindow?.kind === 'dates' ? { complaintWindow: { ...c.complaintWindow, from: d(c.complaintWindow.from), to: d(c.complaintWindow.to) } } : {}),
    })),
    gates: source.gates.map(({ value: _value, score: _score, ...g }) => ({
      ...g,
      id: newId(),
      text: t(g.text),
      proof: { documentNumber: '', issuer: '', note: '' },
    })),
    rewards: source.rewards.map((r) => ({ ...r, id: newId() })),
    rewardHeading: t(source.rewardHeading),
    rewardText: t(source.rewardText),
    procedure: source.procedure.map(t),
    timeline: {
      launch: d(source.timeline.launch),
      end: d(source.timeline.end),
      launchText: t(source.timeline.launchText),
      reviewMonth: source.timeline.reviewMonth ? shiftMonth(source.timeline.reviewMonth, years) : source.timeline.reviewMonth,
      reviewText: t(source.timeline.reviewText),
    },
    duties: source.duties.map((x) => ({ ...x, id: newId(), items: x.items.map(t) })),
    closing: t(source.closing),
    status: 'draft',
    // A new year's papers get their own dates and numbers.
    documents: EMPTY_CAMPAIGN_DOCUMENTS,
  };
}
