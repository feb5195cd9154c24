// Preparing a voting round: which category, which candidates, how many to choose, how to vote.
import { useState, type FormEvent } from 'react';
import { ListPlus } from 'lucide-react';
import { createRound } from '../../db/round-repo';
import type { CouncilSession } from '../../domain/council';
import { CATEGORIES, CATEGORY_LABELS, VOTING_MODES, VOTING_MODE_LABELS, type Category, type VotingMode } from '../../domain/rules';
import { Alert } from '../../ui/alert';
import { errorText } from '../../ui/error-text';
import { Checkbox, SelectField, TextField } from '../../ui/fields';
import type { CouncilData } from './use-council';

export function NewRoundForm({ data, session }: { data: CouncilData; session: CouncilSession }) {
  const campaign = data.campaign;
  const [category, setCategory] = useState<Category>('individual');
  const [mode, setMode] = useState<VotingMode>(campaign?.votingRules.mode ?? 'paper');
  const quotaOf = (c: Category) => campaign?.rewards.filter((r) => r.category === c).reduce((sum, r) => sum + r.quota, 0) ?? 1;
  const [quota, setQuota] = useState(String(quotaOf('individual')));
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  if (!campaign) return null;
  const rules = campaign.votingRules;
  const pool = data.candidates.filter((c) => c.category === category);
  const chosen = pool.filter((c) => !excluded.has(c.id));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const n = Number(quota);
    if (!Number.isInteger(n) || n < 1) return setError('Số lượng được chọn phải là số nguyên từ 1 trở lên.');
    if (chosen.length === 0) return setError('Hãy chọn ít nhất một ứng viên cho vòng bỏ phiếu.');
    try {
      await createRound({
        campaignId: session.campaignId,
        sessionId: session.id,
        category,
        candidateIds: chosen.map((c) => c.id),
        quota: n,
        rules: { ...rules, mode },
      });
    } catch (err) {
      setError(errorText(err));
    }
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="new-round-title">
      <h3 id="new-round-title">Chuẩn bị vòng bỏ phiếu mới</h3>
      <div className="row council-add">
        <SelectField
          label="Loại"
          value={category}
          onChange={(e) => {
            const next = e.target.value as Category;
            setCategory(next);
            setQuota(String(quotaOf(next)));
          }}
        >
          {CATEGORIES.map((c) => <option key={c} value={c}>{CATEGORY_LABELS[c]}</option>)}
        </SelectField>
        <TextField label="Số lượng được chọn" inputMode="numeric" value={quota} onChange={(e) => setQuota(e.target.value)} />
        <SelectField label="Hình thức" value={mode} onChange={(e) => setMode(e.target.value as VotingMode)}>
          {VOTING_MODES.map((m) => <option key={m} value={m}>{VOTING_MODE_LABELS[m]}</option>)}
        </SelectField>
      </div>
      <fieldset className="opinion">
        <legend>Ứng viên ({chosen.length}/{pool.length})</legend>
        {pool.length === 0 && <p className="muted">Chưa có đề xuất nào đã thẩm định ở loại này.</p>}
        {pool.map((c) => (
          <Checkbox
            key={c.id}
            label={c.name}
            checked={!excluded.has(c.id)}
            onChange={(e) => {
              const next = new Set(excluded);
              if (e.target.checked) next.delete(c.id);
              else next.add(c.id);
              setExcluded(next);
            }}
          />
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary"><ListPlus size={18} aria-hidden="true" /> Chuẩn bị vòng bỏ phiếu</button>
      </div>
      {error && <Alert tone="danger">{error}</Alert>}
    </form>
  );
}
