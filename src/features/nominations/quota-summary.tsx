// How many are proposed against the plan's quota, per category, and how many rows show.
import type { Reward } from '../../domain/campaign';
import { CATEGORY_LABELS } from '../../domain/rules';
import { ANNUAL_TITLE_NAMES } from '../../domain/annual-titles';

interface Props {
  rewards: readonly Reward[];
  counts: Record<'collective' | 'individual', number>;
  total: number;
  shown: number;
  /** Live nominations per award: counted per award where a category has several (LĐTT, CSTĐ cơ sở). */
  perReward?: ReadonlyMap<string, number>;
}

export function QuotaSummary({ rewards, counts, total, shown, perReward }: Props) {
  return (
    <div className="nt-summary" aria-label="Số lượng đề xuất">
      {rewards.map((reward) => {
        const shared = rewards.filter((r) => r.category === reward.category).length > 1;
        const n = shared ? (perReward?.get(reward.id) ?? 0) : counts[reward.category];
        const over = n > reward.quota;
        return (
          <div key={reward.id} className={`nt-quota${over ? ' is-over' : ''}`}>
            <span className="nt-quota-label" title={reward.form}>{shared ? (reward.titleKey ? ANNUAL_TITLE_NAMES[reward.titleKey] : reward.form) : CATEGORY_LABELS[reward.category]}</span>
            <strong className="nt-quota-n">{n}</strong> đề xuất / khen {String(reward.quota).padStart(2, '0')}
            {over && <span className="badge badge-warning">vượt số lượng</span>}
          </div>
        );
      })}
      <div className="nt-quota">
        <span className="nt-quota-label">Đang hiện</span>
        <strong className="nt-quota-n" data-testid="shown-count">{shown.toLocaleString('vi-VN')}</strong> / {total.toLocaleString('vi-VN')} đối tượng
      </div>
    </div>
  );
}
