// The decision of a year-end campaign: "Về việc công nhận danh hiệu thi đua năm 2025", Điều 1 listing
// each title's recipients with their coefficient and amount (coefficient × the base salary in force
// on the decision date, rounded up as the campaign says), a subtotal per title and the total.
import { p, type Block } from '../../../domain/document-model';
import { collectivesAndIndividuals } from '../../../domain/document-format';
import type { Campaign } from '../../../domain/campaign';
import type { Decision } from '../../../domain/decision';
import { formatDecimal, formatMoney } from '../../../lib/vi-money';
import { nameOf, rewardOf, sortAwardees, type DocumentData } from './document-data';

export function titleDecisionSummary(c: Pick<Campaign, 'year'>): string {
  return `Về việc công nhận danh hiệu thi đua năm ${c.year}`;
}

/** Điều 1 of a year-end decision: one numbered part and one table per title, in the plan's order. */
export function titleArticleOne(d: DocumentData, dec: Decision): Block[] {
  const c = d.campaign;
  const awardees = sortAwardees(d, dec.awardees);
  // A person recognised both LĐTT and CSTĐ cơ sở is one person: count who, not how many titles.
  const recipients = (category: 'collective' | 'individual') =>
    new Set(awardees.filter((a) => rewardOf(d, a.rewardId)?.category === category).map((a) => d.nominations.find((n) => n.id === a.nominationId)?.participantId ?? a.nominationId)).size;
  const blocks: Block[] = [
    p('', { runs: [{ text: 'Điều 1. ', bold: true }, { text: `Công nhận danh hiệu thi đua năm ${c.year} cho ${collectivesAndIndividuals(recipients('collective'), recipients('individual'))}, gồm:` }] }),
  ];
  const rewards = c.rewards.filter((r) => awardees.some((a) => a.rewardId === r.id));
  rewards.forEach((reward, index) => {
    const mine = awardees.filter((a) => a.rewardId === reward.id);
    const subtotal = mine.reduce((s, a) => s + a.amount, 0);
    const who = reward.category === 'collective' ? 'tập thể' : 'cá nhân';
    blocks.push(p(`${index + 1}. ${reward.form}: ${String(mine.length).padStart(2, '0')} ${who}.`, { runs: [{ text: `${index + 1}. ${reward.form}: ${String(mine.length).padStart(2, '0')} ${who}.`, bold: true }] }));
    const rows = mine.map((a, i) => [String(i + 1), nameOf(d, a.nominationId), formatDecimal(a.coefficient), formatMoney(a.amount)]);
    rows.push(['', 'Cộng', '', formatMoney(subtotal)]);
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'STT', width: 8, align: 'center' },
        { header: reward.category === 'collective' ? 'Tập thể' : 'Họ và tên', width: 56 },
        { header: 'Hệ số', width: 12, align: 'center' },
        { header: 'Số tiền', width: 24, align: 'right' },
      ],
      rows,
      boldLastRow: true,
    });
  });
  return blocks;
}
