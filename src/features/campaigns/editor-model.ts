// The editor's form values: the campaign's fields with every list of texts held as
// [{ value }] (react-hook-form's field arrays need objects), and the resolver that
// validates them with the domain schema (campaignFields) and puts errors back in place.
import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import { campaignFields, DEFAULT_COMPLAINT_WINDOW, type Campaign, type CampaignFields, type Criterion } from '../../domain/campaign';
import type { VotingRules } from '../../domain/rules';
import type { CampaignInput } from '../../domain/templates/plan-99';

export type Lines = { value: string }[];

type Section = { id: string; heading?: string | undefined; items: Lines };

export type EditorValues = Omit<CampaignInput, 'purposes' | 'requirements' | 'scope' | 'procedure' | 'duties' | 'recipients'> & {
  purposes: Section;
  requirements: Section;
  scope: { unitKinds: NonNullable<CampaignInput['scope']>['unitKinds']; personKinds: NonNullable<CampaignInput['scope']>['personKinds']; text: Lines };
  procedure: Lines;
  duties: { id: string; role: string; items: Lines }[];
  recipients: Lines;
};

const lines = (list: readonly string[]): Lines => list.map((value) => ({ value }));

type CriterionValues = EditorValues['criteria'][number];

/** A disqualifier stored before the setting existed shows the window it is judged by. */
function criterionToEditor(c: Criterion): CriterionValues {
  return c.kind === 'disqualifier' && !c.complaintWindow ? { ...c, complaintWindow: DEFAULT_COMPLAINT_WINDOW } : c;
}

/**
 * Only a disqualifier keeps a window, and only "dates" keeps its days: what the form left
 * behind after a change of kind is dropped, so a hidden field can neither fail validation
 * nor linger in the record.
 */
function criterionFromEditor(c: CriterionValues): CriterionValues {
  const { complaintWindow, ...rest } = c;
  if (c.kind !== 'disqualifier' || !complaintWindow) return rest;
  return { ...rest, complaintWindow: complaintWindow.kind === 'dates' ? complaintWindow : { kind: complaintWindow.kind } };
}

/** Rules saved before "ít nhất" / "trên" existed read as "ít nhất", which is how they were counted. */
function withComparisons(rules: VotingRules): VotingRules {
  const threshold = rules.threshold.kind === 'fraction' ? { ...rules.threshold, comparison: rules.threshold.comparison ?? 'at-least' } : rules.threshold;
  return { ...rules, threshold, quorum: { ...rules.quorum, comparison: rules.quorum.comparison ?? 'at-least' } };
}

const texts = (list: Lines | undefined): string[] => (list ?? []).map((l) => l.value);

export function toEditorValues(c: Campaign | CampaignFields): EditorValues {
  const { id: _i, createdAt: _c, updatedAt: _u, rev: _r, deletedAt: _d, ...fields } = c as Campaign;
  return {
    ...fields,
    criteria: fields.criteria.map(criterionToEditor),
    votingRules: withComparisons(fields.votingRules),
    rewards: fields.rewards.map((r) => (r.votingRules ? { ...r, votingRules: withComparisons(r.votingRules) } : r)),
    purposes: { ...fields.purposes, items: lines(fields.purposes.items) },
    requirements: { ...fields.requirements, items: lines(fields.requirements.items) },
    scope: { ...fields.scope, text: lines(fields.scope.text) },
    procedure: lines(fields.procedure),
    duties: fields.duties.map((d) => ({ ...d, items: lines(d.items) })),
    recipients: lines(fields.recipients),
  };
}

export function fromEditorValues(v: EditorValues): CampaignInput {
  return {
    ...v,
    criteria: (v.criteria ?? []).map(criterionFromEditor),
    rewards: (v.rewards ?? []).map(({ votingRules, ...reward }) =>
      // An award's own rules set what passes, of what, and the quorum; the rest (written
      // opinions, rounds, the women preference) follows the campaign's, as the editor shows.
      votingRules ? { ...reward, votingRules: { ...(v.votingRules ?? votingRules), threshold: votingRules.threshold, base: votingRules.base, quorum: votingRules.quorum, source: votingRules.source ?? '' } } : reward,
    ),
    purposes: { ...v.purposes, items: texts(v.purposes.items) },
    requirements: { ...v.requirements, items: texts(v.requirements.items) },
    scope: { ...v.scope, text: texts(v.scope.text) },
    procedure: texts(v.procedure),
    duties: v.duties.map((d) => ({ ...d, items: texts(d.items) })),
    recipients: texts(v.recipients),
  };
}

const LINE_PATHS = [/^purposes\.items\.\d+$/, /^requirements\.items\.\d+$/, /^scope\.text\.\d+$/, /^procedure\.\d+$/, /^duties\.\d+\.items\.\d+$/, /^recipients\.\d+$/];

/** A domain error path in form terms: a text in a list lives at `<path>.value`. */
export function formPath(path: readonly PropertyKey[]): string {
  const p = path.map(String).join('.');
  return LINE_PATHS.some((r) => r.test(p)) ? `${p}.value` : p;
}

export const editorResolver: Resolver<EditorValues, unknown, CampaignFields> = async (values) => {
  const result = campaignFields.safeParse(fromEditorValues(values));
  if (result.success) return { values: result.data, errors: {} };
  const errors: FieldErrors<EditorValues> = {};
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const path = formPath(issue.path) || 'root';
    if (seen.has(path)) continue;
    seen.add(path);
    set(errors, path, { type: issue.code, message: issue.message });
  }
  return { values: {}, errors };
};
