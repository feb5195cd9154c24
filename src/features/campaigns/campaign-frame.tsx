// The frame every campaign page shares: loads the campaign, says plainly when it is
// missing, and shows the campaign's tabs above the page's own content.
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { Campaign } from '../../domain/campaign';
import { CampaignTabs } from '../../ui/campaign-tabs';
import { EmptyState } from '../../ui/empty-state';
import { Page } from '../../ui/page';
import { SearchX } from 'lucide-react';
import { useCampaign } from './use-campaign';

export function useCampaignParam(): { campaignId: string; campaign: Campaign | null | undefined } {
  const { campaignId = '' } = useParams();
  return { campaignId, campaign: useCampaign(campaignId) };
}

export function CampaignMissing({ campaign }: { campaign: null | undefined }) {
  if (campaign === undefined) return <p className="muted">Đang tải…</p>;
  return (
    <Page title="Không tìm thấy phong trào">
      <EmptyState
        icon={SearchX}
        title="Phong trào này không còn"
        action={
          <Link className="btn btn-primary" to="/campaigns">
            Về danh sách phong trào
          </Link>
        }
      >
        Có thể phong trào đã bị xoá ở cửa sổ khác, hoặc đường dẫn bị sai.
      </EmptyState>
    </Page>
  );
}

export function CampaignBreadcrumb({ campaign, here }: { campaign: Campaign; here?: string }) {
  return (
    <>
      <Link to="/campaigns">Phong trào</Link> › {here ? <Link to={`/campaigns/${campaign.id}`}>{campaign.shortName}</Link> : campaign.shortName}
      {here && <> › {here}</>}
    </>
  );
}

export function TabsAbove({ campaignId, children }: { campaignId: string; children: ReactNode }) {
  return (
    <>
      <CampaignTabs campaignId={campaignId} />
      {children}
    </>
  );
}
