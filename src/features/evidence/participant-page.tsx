// One participant's record for the year: per criterion the evidence, files and appraisal;
// then complaints. The header says whether the participant is eligible, and why not.
import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { complaintPeriods } from '../../domain/eligibility';
import { CampaignTabs } from '../../ui/campaign-tabs';
import { Page } from '../../ui/page';
import { Alert } from '../../ui/alert';
import { useEvidenceData } from './use-evidence-data';
import { CriterionSection } from './criterion-section';
import { ComplaintsSection } from './complaints-section';
import { EvidenceNotFound, Loading } from './not-found';
import { toCellState } from './status-mark';
import { EvidenceStateNotice } from './state-notice';
import './evidence.css';

export function ParticipantEvidencePage() {
  const { campaignId = '', participantId = '' } = useParams();
  const { hash } = useLocation();
  const data = useEvidenceData(campaignId);
  const ready = !!data;
  useEffect(() => {
    // Jump to the criterion picked in the matrix once its section exists.
    if (ready && hash) document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'start' });
  }, [ready, hash]);
  if (data === undefined) return <Loading />;
  if (data === null) return <EvidenceNotFound what="phong trào" />;
  const row = data.rows.find((r) => r.participant.id === participantId);
  if (!row) return <EvidenceNotFound what="đối tượng thi đua" />;
  const { campaign } = data;
  const { participant: p, eligibility: e } = row;
  const owner = { campaignId, participantId };
  const mine = <T extends { participantId: string }>(xs: T[]) => xs.filter((x) => x.participantId === participantId);
  const evidence = mine(data.evidence);
  const appraisals = mine(data.appraisals);
  return (
    <Page
      title={p.displayName}
      lead={`${p.category === 'collective' ? 'Tập thể' : 'Cá nhân'}${row.unitName && p.category === 'individual' ? ` · ${row.unitName}` : ''} · ${e.criteriaMet}/${e.criteriaTotal} tiêu chí đạt`}
      breadcrumb={
        <>
          <Link to="/campaigns">Phong trào</Link> › <Link to={`/campaigns/${campaignId}`}>{campaign.shortName}</Link> ›{' '}
          <Link to={`/campaigns/${campaignId}/evidence`}>Minh chứng</Link>
        </>
      }
      actions={
        <Link className="btn" to={`/campaigns/${campaignId}/evidence`}>
          Về bảng minh chứng
        </Link>
      }
      help={
        <>
          <strong>Trang này để làm gì?</strong> Toàn bộ minh chứng và đánh giá của một đối tượng. Mỗi tiêu chí có thể có nhiều minh chứng, mỗi minh chứng nhiều tệp. Sau khi xem minh
          chứng, chọn kết quả đánh giá và bấm “Lưu đánh giá”; người đánh giá và thời điểm được ghi lại.
        </>
      }
    >
      <CampaignTabs campaignId={campaignId} />
      <EvidenceStateNotice status={campaign.status} />
      <div style={{ marginBottom: 16 }}>
        {e.disqualified ? (
          <Alert tone="danger" title="Bị loại, không được xét khen thưởng">
            <ReasonList reasons={e.reasons} />
          </Alert>
        ) : e.eligible ? (
          <Alert tone="success" title="Đủ điều kiện xét khen thưởng">
            Mọi tiêu chí đã được đánh giá Đạt và không có phản ánh được xác minh.
          </Alert>
        ) : (
          <Alert tone="info" title="Chưa đủ điều kiện">
            <ReasonList reasons={e.reasons} />
          </Alert>
        )}
      </div>
      <div className="stack" style={{ gap: 16 }}>
        {e.perCriterion.map(({ criterionId, number, state }) => {
          const criterion = campaign.criteria.find((c) => c.id === criterionId);
          if (!criterion) return null;
          return (
            <CriterionSection
              key={criterionId}
              owner={owner}
              criterion={criterion}
              number={number}
              state={toCellState(state, { disqualifier: criterion.kind === 'disqualifier', disqualified: e.disqualified, appraisal: row.appraisalOf.get(criterionId) })}
              evidence={evidence.filter((x) => x.criterionId === criterionId).sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))}
              appraisal={appraisals.find((a) => a.criterionId === criterionId)}
            />
          );
        })}
        <ComplaintsSection owner={owner} complaints={mine(data.complaints)} periods={complaintPeriods(campaign, p.category)} />
      </div>
    </Page>
  );
}

function ReasonList({ reasons }: { reasons: string[] }) {
  return (
    <ul aria-label="Lý do">
      {reasons.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}
