// Hồ sơ đề xuất: one nominee's dossier — checklist, báo cáo thành tích, thẩm định — and
// the buttons that move it along proposed → dossier complete → appraised → on the ballot.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';
import { db } from '../../db/database';
import { changeStatus, saveDossier } from '../../db/nomination-repo';
import { NOMINATION_STATUS_LABELS, type NominationStatus } from '../../domain/nomination';
import { lockedMessage, lockingRound, reportSectionsFromEvidence } from '../../domain/nomination-rules';
import { CATEGORY_LABELS } from '../../domain/rules';
import { perAwardCategories, rewardShortName } from '../../domain/year-end';
import { upwardOf } from '../../domain/campaign-documents';
import { Alert } from '../../ui/alert';
import { CampaignTabs } from '../../ui/campaign-tabs';
import { errorDetails, errorText } from '../../ui/error-text';
import { Page } from '../../ui/page';
import { useToast } from '../../ui/toast';
import { DossierForm, toDossier } from './dossier-form';
import { StatusButtons, StatusSteps } from './status-flow';
import { WithdrawDialog } from './withdraw-dialog';
import './nominations.css';

async function loadDossier(nominationId: string) {
  const database = db();
  const nomination = await database.nominations.get(nominationId);
  if (!nomination || nomination.deletedAt) return null;
  const [campaign, participant, evidence, rounds, mine] = await Promise.all([
    database.campaigns.get(nomination.campaignId),
    database.participants.get(nomination.participantId),
    database.evidence.where('participantId').equals(nomination.participantId).toArray(),
    database.rounds.where('campaignId').equals(nomination.campaignId).toArray(),
    database.nominations.where('participantId').equals(nomination.participantId).toArray(),
  ]);
  if (!campaign || !participant) return null;
  // The same person's live nominations for the campaign's other awards (LĐTT beside CSTĐ cơ sở).
  const others = mine.filter((n) => n.id !== nomination.id && n.campaignId === nomination.campaignId && !n.deletedAt && n.status !== 'withdrawn' && n.rewardId !== nomination.rewardId);
  return { nomination, campaign, participant, evidence, rounds, others };
}

export function DossierPage() {
  const { campaignId = '', nominationId = '' } = useParams();
  const data = useLiveQuery(() => loadDossier(nominationId), [nominationId]);
  const toast = useToast();
  const [failure, setFailure] = useState<{ text: string; details: readonly string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const back = <Link to={`/campaigns/${campaignId}/nominations`}>Đề xuất khen thưởng</Link>;

  if (data === undefined) return <p className="page muted">Đang tải…</p>;
  if (data === null) {
    return (
      <Page title="Không tìm thấy hồ sơ" breadcrumb={back}>
        <Alert tone="warning">Đề xuất này không còn (có thể đã bị xoá ở cửa sổ khác). Hãy quay lại bảng đề xuất.</Alert>
      </Page>
    );
  }
  const { nomination, campaign, participant, evidence, rounds, others } = data;
  const round = lockingRound(nomination.id, rounds);
  // Where the category has several awards, the dossier says which one it is for.
  const award = perAwardCategories(campaign).has(nomination.category) ? campaign.rewards.find((r) => r.id === nomination.rewardId) : undefined;
  const awardName = (rewardId: string) => {
    const r = campaign.rewards.find((x) => x.id === rewardId);
    return r ? rewardShortName(r) : '';
  };
  const proposedUpward = upwardOf(campaign.documents).items.some((i) => i.nominationId === nomination.id);
  const prefill = reportSectionsFromEvidence(campaign.criteria, participant.category, evidence);

  async function run(work: () => Promise<unknown>, done: string): Promise<boolean> {
    setBusy(true);
    setFailure(null);
    try {
      await work();
      toast.show(done);
      return true;
    } catch (e) {
      setFailure({ text: errorText(e), details: errorDetails(e) });
      return false;
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page
      title={award ? `Hồ sơ ${rewardShortName(award)}: ${participant.displayName}` : `Hồ sơ: ${participant.displayName}`}
      breadcrumb={back}
      lead={`${CATEGORY_LABELS[participant.category]}${award ? ` · ${award.form}` : ''} · ${NOMINATION_STATUS_LABELS[nomination.status]} · Lý do đề xuất: ${nomination.rationale || '(chưa ghi)'}`}
      help={
        <>
          <strong>Trang này để làm gì?</strong> Hoàn thiện hồ sơ của người (tập thể) được đề xuất: đánh dấu các giấy tờ đã có, viết báo cáo thành tích
          (đã điền sẵn từ minh chứng), ghi kết quả thẩm định. Sau đó bấm các nút ở cuối trang để chuyển hồ sơ sang bước tiếp theo.
        </>
      }
    >
      <CampaignTabs campaignId={campaignId} />
      <StatusSteps status={nomination.status} />
      {award && others.length > 0 && (
        <Alert tone="info" title="Người này còn được đề xuất danh hiệu khác">
          Mỗi danh hiệu có hồ sơ riêng:{' '}
          {others.map((n, i) => (
            <span key={n.id}>
              {i > 0 && ', '}
              <Link to={`/campaigns/${campaignId}/nominations/${n.id}`}>
                Hồ sơ {awardName(n.rewardId)} ({NOMINATION_STATUS_LABELS[n.status]})
              </Link>
            </span>
          ))}
          .
        </Alert>
      )}
      {nomination.eligibilityOverrideReason && (
        <Alert tone="warning" title="Đề xuất dù chưa đủ điều kiện">Lý do: {nomination.eligibilityOverrideReason}</Alert>
      )}
      {nomination.status === 'withdrawn' && <Alert tone="info" title="Đề xuất đã rút">Lý do: {nomination.withdrawnReason}</Alert>}
      {round && (
        <Alert tone="warning" title="Hồ sơ đã khoá">
          {lockedMessage(round)}
          {proposedUpward && (
            <>
              {' '}Báo cáo thành tích gửi cấp trên được viết riêng, không sửa hồ sơ này:{' '}
              <Link to={`/campaigns/${campaignId}/documents/de-nghi-cap-tren#bao-cao-${nomination.id}`}>Viết báo cáo gửi cấp trên</Link>.
            </>
          )}
        </Alert>
      )}
      <DossierForm
        nomination={nomination}
        prefill={prefill}
        locked={!!round}
        onSave={(values) => run(() => saveDossier(nomination.id, nomination.rev, toDossier(values)), 'Đã lưu hồ sơ')}
      >
        {({ values, saved }) => (
          <div className="form-actions dz-actions">
            {failure && (
              <div style={{ flex: 1 }}>
                <Alert tone="danger">
                  {failure.text}
                  {failure.details.length > 0 && <ul>{failure.details.map((d) => <li key={d}>{d}</li>)}</ul>}
                </Alert>
              </div>
            )}
            {nomination.status !== 'withdrawn' && !round && (
              <button type="button" className="btn btn-danger" disabled={busy} onClick={() => setWithdrawing(true)}>
                Rút đề xuất
              </button>
            )}
            <StatusButtons
              status={nomination.status}
              busy={busy || !!round}
              onMove={(to: NominationStatus) =>
                void run(() => changeStatus(nomination.id, nomination.rev, to, toDossier(values())), `Đã chuyển sang “${NOMINATION_STATUS_LABELS[to]}”`).then((ok) => ok && saved())
              }
            />
            <button type="submit" className="btn btn-primary" disabled={busy || !!round}>
              Lưu hồ sơ
            </button>
          </div>
        )}
      </DossierForm>
      {withdrawing && (
        <WithdrawDialog
          targets={[{ name: award ? `${participant.displayName} (${rewardShortName(award)})` : participant.displayName, nominated: true, nomination }]}
          onClose={() => setWithdrawing(false)}
          onDone={() => {
            setWithdrawing(false);
            toast.show('Đã rút đề xuất');
          }}
        />
      )}
    </Page>
  );
}
