// Kế hoạch: the campaign's plan as an A4 administrative document (Nghị định 30/2020),
// rendered from the document model that the Word export uses too; "In" prints it.
import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Pencil, Printer, Scale } from 'lucide-react';
import type { Campaign } from '../../domain/campaign';
import { permissions } from '../../domain/campaign-lifecycle';
import { isYearEndCampaign } from '../../domain/campaign-kind';
import { buildPlanDocument, type PlanBlock } from '../../domain/plan-document';
import { Alert } from '../../ui/alert';
import { DocumentFoot, DocumentHeader, DocumentSheet, DocumentTitle } from '../../ui/document/document-layout';
import { Page } from '../../ui/page';
import { CampaignBreadcrumb, CampaignMissing, TabsAbove, useCampaignParam } from './campaign-frame';

/** `wordButton`: the Word download, given by app/ (the .docx is the documents feature's). */
export function PlanPage({ wordButton }: { wordButton?: (campaign: Campaign) => ReactNode }) {
  const { campaign } = useCampaignParam();
  if (!campaign) return <CampaignMissing campaign={campaign} />;
  return <Plan campaign={campaign} wordButton={wordButton} />;
}

function Block({ block }: { block: PlanBlock }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 1 ? <h2>{block.text}</h2> : block.level === 2 ? <h3>{block.text}</h3> : <h4>{block.text}</h4>;
    case 'item':
      return <p>- {block.text}</p>;
    case 'paragraph':
      return (
        <p>
          {block.lead && <strong>{block.lead} </strong>}
          {block.text}
        </p>
      );
  }
}

function Plan({ campaign, wordButton }: { campaign: Campaign; wordButton?: ((campaign: Campaign) => ReactNode) | undefined }) {
  const doc = buildPlanDocument(campaign);
  return (
    <Page
      title="Kế hoạch"
      breadcrumb={<CampaignBreadcrumb campaign={campaign} here="Kế hoạch" />}
      lead="Bản kế hoạch theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP), lập từ nội dung của phong trào."
      actions={
        <>
          {permissions(campaign.status).editPlan && (
            <Link className="btn" to={`/campaigns/${campaign.id}/edit`}>
              <Pencil size={18} aria-hidden="true" /> Sửa nội dung
            </Link>
          )}
          {isYearEndCampaign(campaign) && (
            <Link className="btn" to={`/campaigns/${campaign.id}/title-rules`}>
              <Scale size={18} aria-hidden="true" /> Tiêu chuẩn danh hiệu
            </Link>
          )}
          <button type="button" className="btn btn-primary" onClick={() => window.print()}>
            <Printer size={18} aria-hidden="true" /> In
          </button>
          {wordButton?.(campaign)}
        </>
      }
      help={
        <>
          <strong>Trang này để làm gì?</strong> Xem và in kế hoạch ra giấy A4 để trình ký, hoặc tải tệp Word để sửa thêm. Muốn sửa chữ trong kế hoạch, bấm “Sửa nội dung”. Khi in,
          chọn khổ giấy A4, lề “Mặc định” hoặc “Không”, tắt “Đầu trang và chân trang”.
        </>
      }
    >
      <TabsAbove campaignId={campaign.id}>
        {!campaign.documentNumber && (
          <div className="doc-warning" style={{ marginBottom: 16 }}>
            <Alert tone="info">Kế hoạch chưa có số văn bản: chỗ số được để trống để ghi tay sau khi ký.</Alert>
          </div>
        )}
        <div className="doc-stage">
          <DocumentSheet label={`Kế hoạch ${campaign.documentNumber || ''}`.trim()}>
            <DocumentHeader
              organisationName={doc.header.organisationName}
              documentNumber={doc.header.documentNumber}
              symbol={doc.header.symbol}
              place={doc.header.place}
              date={doc.header.date}
            />
            <DocumentTitle
              type={doc.title.type}
              summary={doc.title.summaryLines.map((l, i) => (
                <Fragment key={l}>
                  {i > 0 && <br />}
                  {l}
                </Fragment>
              ))}
            />
            <div className="doc-body">
              {doc.body.map((b, i) => (
                <Block key={i} block={b} />
              ))}
            </div>
            <DocumentFoot recipients={doc.recipients} prefix={doc.signature.prefix} position={doc.signature.position} signerName={doc.signature.signerName} />
          </DocumentSheet>
        </div>
      </TabsAbove>
    </Page>
  );
}
