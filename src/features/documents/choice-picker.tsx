// Picks what a document is about: a voting round, a council session, or one nominee.
import { CATEGORY_LABELS } from '../../domain/rules';
import { perAwardCategories, rewardShortName } from '../../domain/year-end';
import { formatDate } from '../../lib/vi-date';
import { SelectField } from '../../ui/fields';
import type { Choice } from './document-kinds';
import { nameOf, type DocumentData } from './models/document-data';

const ROUND_STATUS: Record<string, string> = { prepared: 'chuẩn bị', open: 'đang bỏ phiếu', closed: 'đã đóng', published: 'đã công bố' };

export function ChoicePicker({ kind, data, value, onChange }: { kind: Exclude<Choice, 'none'>; data: DocumentData; value: string | undefined; onChange: (v: string) => void }) {
  let label = '';
  let options: [string, string][] = [];
  if (kind === 'round') {
    label = 'Vòng bỏ phiếu';
    options = data.rounds.map((r) => [r.id, `Vòng ${r.number} — ${CATEGORY_LABELS[r.category]} (${ROUND_STATUS[r.status] ?? r.status})`]);
  } else if (kind === 'session') {
    label = 'Phiên họp';
    options = data.sessions.map((s) => [s.id, `Phiên họp ngày ${formatDate(s.date)} — ${s.place}`]);
  } else {
    label = 'Người, tập thể được đề xuất';
    // A person proposed for two awards (LĐTT and CSTĐ cơ sở) is listed twice: say which is which.
    const perAward = perAwardCategories(data.campaign);
    const awardOf = (rewardId: string) => data.campaign.rewards.find((r) => r.id === rewardId);
    options = data.nominations
      .filter((n) => n.status !== 'withdrawn')
      .map((n) => {
        const award = perAward.has(n.category) ? awardOf(n.rewardId) : undefined;
        return [n.id, award ? `${nameOf(data, n.id)} — ${rewardShortName(award)}` : nameOf(data, n.id)];
      });
  }
  return (
    <SelectField label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value)} fieldClassName="doc-choice">
      <option value="">{kind === 'nomination' ? 'Tất cả (mỗi người một trang)' : 'Mới nhất'}</option>
      {options.map(([id, text]) => (
        <option key={id} value={id}>
          {text}
        </option>
      ))}
    </SelectField>
  );
}
