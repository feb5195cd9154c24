// The Kế hoạch (plan) of a campaign as a document model — header, title, numbered body,
// closing, recipients, signature — built from the campaign's data alone. The print page
// renders it; the Word export can build the .docx from the very same model.
// Sections are numbered I–V (the signed original numbers them I, II, III, III, VI by mistake).
import type { CampaignFields } from './campaign';
import { CATEGORY_LABELS } from './rules';
import { formatDate } from '../lib/vi-date';

export type PlanBlock =
  /** level 1: "I. MỤC ĐÍCH YÊU CẦU"; level 2: "1. Mục đích"; level 3: "a) …". */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /** A paragraph; `lead` is a bold run-in heading such as "3. Thời gian phát động:". */
  | { kind: 'paragraph'; text: string; lead?: string }
  /** A dash item: "- …". */
  | { kind: 'item'; text: string };

export interface PlanDocument {
  header: { organisationName: string; documentNumber: string; symbol: string; place: string; date?: string | undefined };
  title: { type: string; summaryLines: string[] };
  body: PlanBlock[];
  recipients: string[];
  signature: { prefix: string; position: string; signerName: string };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** "99/KH-UBND" → "KH-UBND": the symbol printed after a blank number when none is given yet. */
export function documentSymbol(documentNumber: string, documentType: string): string {
  const m = /\/(.+)$/.exec(documentNumber.trim());
  if (m?.[1]) return m[1];
  return /kế hoạch/i.test(documentType) ? 'KH-UBND' : 'UBND';
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "01 tập thể, 03 cá nhân" from the reward quotas (the plan writes counts with two digits). */
export function quotaPhrase(rewards: CampaignFields['rewards']): string {
  return rewards
    .filter((r) => r.quota > 0)
    .map((r) => `${pad2(r.quota)} ${CATEGORY_LABELS[r.category].toLocaleLowerCase('vi')}`)
    .join(', ');
}

function defaultRewardHeading(c: CampaignFields): string {
  const form = c.rewards[0]?.form ?? 'Giấy khen';
  const quotas = quotaPhrase(c.rewards);
  return quotas ? `${form} cho ${quotas} tiêu biểu xuất sắc` : form;
}

function defaultLaunchText(c: CampaignFields): string {
  const { launch, end } = c.timeline;
  if (launch && end) return `Từ ngày ${formatDate(launch)} đến ngày ${formatDate(end)}.`;
  if (end) return `Kể từ ngày ban hành Kế hoạch đến ngày ${formatDate(end)}.`;
  return '';
}

function defaultReviewText(c: CampaignFields): string {
  const m = /^(\d{4})-(\d{2})$/.exec(c.timeline.reviewMonth ?? '');
  return m ? `Trong tháng ${m[2]}/${m[1]}.` : '';
}

export function buildPlanDocument(c: CampaignFields): PlanDocument {
  const body: PlanBlock[] = [];
  let section = 0;
  const h1 = (text: string) => body.push({ kind: 'heading', level: 1, text: `${ROMAN[section++] ?? section}. ${text}` });
  const items = (list: readonly string[]) => list.forEach((text) => body.push({ kind: 'item', text }));

  if (c.intro) body.push({ kind: 'paragraph', text: c.intro });

  h1('MỤC ĐÍCH YÊU CẦU');
  body.push({ kind: 'heading', level: 2, text: `1. ${c.purposes.heading || 'Mục đích'}` });
  items(c.purposes.items);
  body.push({ kind: 'heading', level: 2, text: `2. ${c.requirements.heading || 'Yêu cầu'}` });
  items(c.requirements.items);

  h1('ĐỐI TƯỢNG THI ĐUA');
  items(c.scope.text);

  h1('TIÊU CHÍ THI ĐUA, HÌNH THỨC VÀ SỐ LƯỢNG KHEN THƯỞNG');
  body.push({ kind: 'heading', level: 2, text: '1. Tiêu chí thi đua' });
  items(c.gates.filter((g) => g.listedWithCriteria).map((g) => g.text));
  items(c.criteria.map((cr) => cr.text));
  body.push({ kind: 'heading', level: 2, text: '2. Hình thức, số lượng khen thưởng và cách thức thực hiện' });
  body.push({ kind: 'heading', level: 3, text: `a) ${c.rewardHeading || defaultRewardHeading(c)}` });
  if (c.rewardText) body.push({ kind: 'paragraph', text: c.rewardText });
  body.push({ kind: 'heading', level: 3, text: 'b) Cách thức thực hiện' });
  items(c.procedure);
  const launchText = c.timeline.launchText || defaultLaunchText(c);
  if (launchText) body.push({ kind: 'paragraph', lead: '3. Thời gian phát động:', text: launchText });
  const reviewText = c.timeline.reviewText || defaultReviewText(c);
  if (reviewText) body.push({ kind: 'paragraph', lead: '4. Thời gian tổng kết khen thưởng:', text: reviewText });

  h1('MỨC CHI VÀ NGUỒN KINH PHÍ KHEN THƯỞNG');
  body.push({ kind: 'paragraph', lead: '1. Mức khen thưởng:', text: c.funding.level || 'Thực hiện theo quy định hiện hành về công tác Thi đua - Khen thưởng.' });
  body.push({ kind: 'paragraph', lead: '2. Kinh phí:', text: c.funding.source || 'Chi từ nguồn kinh phí khen thưởng của đơn vị.' });

  h1('TỔ CHỨC THỰC HIỆN');
  c.duties.forEach((d, i) => {
    body.push({ kind: 'heading', level: 2, text: `${i + 1}. ${d.role}` });
    items(d.items);
  });

  if (c.closing) body.push({ kind: 'paragraph', text: c.closing });

  return {
    header: {
      organisationName: c.issuingBody,
      documentNumber: c.documentNumber,
      symbol: documentSymbol(c.documentNumber, c.documentType),
      place: c.place,
      date: c.issueDate,
    },
    title: { type: c.documentType, summaryLines: c.title.split('\n').map((l) => l.trim()).filter(Boolean) },
    body,
    recipients: c.recipients,
    signature: { prefix: c.signature.prefix, position: c.signature.position, signerName: c.signature.signerName },
  };
}

/** The body as plain lines, as printed ("- " before items, lead before run-in paragraphs). */
export function planBodyLines(doc: PlanDocument): string[] {
  return doc.body.map((b) => (b.kind === 'item' ? `- ${b.text}` : b.kind === 'paragraph' && b.lead ? `${b.lead} ${b.text}` : b.text));
}
