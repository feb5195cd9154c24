// Preparing a voting round: which award (its rules, quota and nominees), which candidates, how
// many to choose, how to vote.
import { useState, type FormEvent } from 'react';
import { ListPlus } from 'lucide-react';
import { createRound } from '../../db/round-repo';
import { awardLabel, awardRoundDefaults, defaultRoundQuota, nomineesOfAward, rulesLine } from '../../domain/award-rules';
import type { Reward } from '../../domain/campaign';
import type { CouncilSession } from '../../domain/council';
import { VOTING_MODES, VOTING_MODE_LABELS, type VotingMode } from '../../domain/rules';
import { Checkbox, SelectField, TextField } from '../../ui/fields';
import { ErrorMessage } from '../../ui/error-message';
import type { CouncilData } from './use-council';

export function NewRoundForm({ data, session }: { data: CouncilData; session: CouncilSession }) {
  const campaign = data.campaign;
  const awards = campaign?.rewards ?? [];
  // Individuals first, as the council usually votes them first.
  const first = awards.find((a) => a.category === 'individual') ?? awards[0];
  const [rewardId, setRewardId] = useState(first?.id ?? '');
  // An award removed from the plan meanwhile falls back to the first one.
  const award = awards.find((a) => a.id === rewardId) ?? first;
  const quotaOf = (a: Reward) => String(defaultRoundQuota(a, nomineesOfAward(data.candidates, a, awards).length));
  const [mode, setMode] = useState<VotingMode>(campaign?.votingRules.mode ?? 'paper');
  const [quota, setQuota] = useState(() => (award ? quotaOf(award) : '1'));
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  if (!campaign) return null;
  if (!award) {
    return (
      <section className="card" aria-labelledby="new-round-title">
        <h3 id="new-round-title">Chuẩn bị vòng bỏ phiếu mới</h3>
        <p className="muted">Kế hoạch chưa có hình thức khen thưởng nào. Thêm ở Sửa kế hoạch, mục Hình thức khen thưởng, rồi quay lại đây.</p>
      </section>
    );
  }
  const setup = awardRoundDefaults(campaign.votingRules, award);
  const pool = nomineesOfAward(data.candidates, award, awards);
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
        rewardId: setup.rewardId,
        category: setup.category,
        candidateIds: chosen.map((c) => c.id),
        quota: n,
        rules: { ...setup.rules, mode },
      });
    } catch (err) {
      setError(err);
    }
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="new-round-title">
      <h3 id="new-round-title">Chuẩn bị vòng bỏ phiếu mới</h3>
      <div className="row council-add">
        <SelectField
          label="Xét khen thưởng"
          fieldClassName="grow"
          value={award.id}
          onChange={(e) => {
            const next = awards.find((a) => a.id === e.target.value);
            setRewardId(e.target.value);
            setQuota(next ? quotaOf(next) : '1');
            setExcluded(new Set());
          }}
        >
          {awards.map((a) => <option key={a.id} value={a.id}>{awardLabel(a)}</option>)}
        </SelectField>
        <TextField label="Số lượng được chọn" inputMode="numeric" value={quota} onChange={(e) => setQuota(e.target.value)} />
        <SelectField label="Hình thức" value={mode} onChange={(e) => setMode(e.target.value as VotingMode)}>
          {VOTING_MODES.map((m) => <option key={m} value={m}>{VOTING_MODE_LABELS[m]}</option>)}
        </SelectField>
      </div>
      <p className="small round-rule" data-testid="new-round-rule">
        {rulesLine(setup.rules)}
        <span className="muted"> — {award.votingRules ? 'quy tắc riêng của hình thức này' : 'quy tắc chung của phong trào'}.</span>
      </p>
      <fieldset className="opinion">
        <legend>Ứng viên ({chosen.length}/{pool.length})</legend>
        {pool.length === 0 && <p className="muted">Chưa có đề xuất nào đã thẩm định cho hình thức này.</p>}
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
      {error !== null && <ErrorMessage error={error} />}
    </form>
  );
}
