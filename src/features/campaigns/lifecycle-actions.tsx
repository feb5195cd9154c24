// The buttons that move a campaign to its next (or previous) state, each confirmed with
// a plain statement of what it means. The change is audited by the repository.
import { useState } from 'react';
import { ArrowLeft, ArrowRight } from 'lucide-react';
import { transitionCampaign } from '../../db/campaign-ops';
import { CAMPAIGN_STATUS_LABELS, type Campaign } from '../../domain/campaign';
import { allowedTransitions, type TransitionInfo } from '../../domain/campaign-lifecycle';
import { ConfirmDialog } from '../../ui/dialog';
import { useToast } from '../../ui/toast';

export function LifecycleActions({ campaign, onError }: { campaign: Campaign; onError: (error: unknown) => void }) {
  const [pending, setPending] = useState<TransitionInfo | null>(null);
  const toast = useToast();
  const options = allowedTransitions(campaign.status);

  async function apply(t: TransitionInfo) {
    onError(null);
    try {
      await transitionCampaign(campaign.id, campaign.rev, t.to);
      toast.show(`Phong trào đã chuyển sang “${CAMPAIGN_STATUS_LABELS[t.to]}”`);
    } catch (e) {
      onError(e);
    }
  }

  return (
    <>
      {options.map((t) => (
        <button key={t.to} type="button" className={t.back ? 'btn btn-ghost' : 'btn btn-primary'} onClick={() => setPending(t)}>
          {t.back ? <ArrowLeft size={18} aria-hidden="true" /> : <ArrowRight size={18} aria-hidden="true" />} {t.label}
        </button>
      ))}
      <ConfirmDialog
        open={!!pending}
        title={pending ? `${pending.label}?` : ''}
        message={
          pending && (
            <>
              <p>
                Trạng thái sẽ chuyển từ <strong>{CAMPAIGN_STATUS_LABELS[campaign.status]}</strong> sang <strong>{CAMPAIGN_STATUS_LABELS[pending.to]}</strong>.
              </p>
              <p style={{ margin: 0 }}>{pending.explain}</p>
              {pending.to === 'launched' && !campaign.documentNumber && (
                <p className="muted" style={{ marginTop: 8 }}>
                  Lưu ý: kế hoạch chưa có số văn bản. Nên điền số, ngày ban hành trước khi phát động.
                </p>
              )}
            </>
          )
        }
        confirmLabel={pending?.label ?? 'Đồng ý'}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          const t = pending;
          setPending(null);
          if (t) void apply(t);
        }}
      />
    </>
  );
}
