// Sửa kế hoạch: every field of the campaign's plan in one form, in the order of the
// plan, with a table of contents. Unsaved typing is kept as a draft; a save over a newer
// version from another tab is refused with a way to reload.
import { useState } from 'react';
import { FormProvider, useForm, type UseFormReturn } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { campaignsRepo } from '../../db/campaign-repo';
import { CAMPAIGN_STATUS_LABELS, type Campaign, type CampaignFields } from '../../domain/campaign';
import { permissions } from '../../domain/campaign-lifecycle';
import { StaleWriteError } from '../../domain/errors';
import { Alert } from '../../ui/alert';
import { DraftBanner } from '../../ui/draft-banner';
import { errorDetails, errorText } from '../../ui/error-text';
import { Page } from '../../ui/page';
import { useToast } from '../../ui/toast';
import { useFormDraft } from '../../ui/use-form-draft';
import { CampaignBreadcrumb, CampaignMissing, useCampaignParam } from './campaign-frame';
import { CriteriaSection, GatesSection, ProcedureSection, RewardsSection } from './editor-criteria';
import { BasisSection, IdentitySection, PurposesSection, ScopeSection } from './editor-identity';
import { editorResolver, toEditorValues, type EditorValues } from './editor-model';
import { RulesSection } from './editor-rules';
import { TitleRulesSection } from './editor-title-rules';
import { isYearEndCampaign } from '../../domain/campaign-kind';
import { ClosingSection, DutiesSection, FundingSection, TimelineSection } from './editor-timeline';
import './campaigns.css';

const TOC = [
  ['identity', 'Thông tin văn bản'],
  ['basis', 'Căn cứ, mở đầu'],
  ['purposes', 'Mục đích, yêu cầu'],
  ['scope', 'Đối tượng thi đua'],
  ['criteria', 'Tiêu chí thi đua'],
  ['gates-edit', 'Điều kiện chung'],
  ['rewards', 'Hình thức khen thưởng'],
  ['procedure', 'Cách thức thực hiện'],
  ['timeline', 'Thời gian'],
  ['funding', 'Kinh phí'],
  ['duties', 'Tổ chức thực hiện'],
  ['recipients', 'Câu kết, nơi nhận'],
  ['rules', 'Quy tắc bỏ phiếu, tiền thưởng'],
] as const;
const TITLE_RULES_TOC = ['title-rules', 'Tiêu chuẩn danh hiệu'] as const;

export function CampaignEditorPage() {
  const { campaign } = useCampaignParam();
  if (!campaign) return <CampaignMissing campaign={campaign} />;
  // Keyed by id only: a save elsewhere must not wipe what is being typed here.
  return <Editor key={campaign.id} campaign={campaign} />;
}

function Editor({ campaign }: { campaign: Campaign }) {
  const [base] = useState(campaign);
  const form = useForm<EditorValues, unknown, CampaignFields>({ resolver: editorResolver, defaultValues: toEditorValues(base), mode: 'onTouched' });
  // The draft holds form values (not the parsed output), which is what useFormDraft stores.
  const draft = useFormDraft(`campaign:${campaign.id}`, form as unknown as UseFormReturn<EditorValues>);
  const toast = useToast();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<{ text: string; details: readonly string[]; stale: boolean } | null>(null);
  const editable = permissions(campaign.status).editPlan;
  const newer = campaign.rev !== base.rev;
  const yearEnd = isYearEndCampaign(campaign);
  const toc = yearEnd ? [...TOC, TITLE_RULES_TOC] : TOC;

  const onSubmit = form.handleSubmit(
    async (values) => {
      setFailure(null);
      try {
        await campaignsRepo.update(base.id, base.rev, { ...values, status: base.status });
        draft.saved();
        toast.show('Đã lưu kế hoạch');
        await navigate(`/campaigns/${base.id}`);
      } catch (error) {
        setFailure({ text: errorText(error), details: errorDetails(error), stale: error instanceof StaleWriteError });
      }
    },
    () => setFailure({ text: 'Còn ô nhập chưa đúng (tô đỏ). Hãy sửa theo hướng dẫn dưới từng ô rồi lưu lại.', details: [], stale: false }),
  );

  return (
    <Page
      title="Sửa kế hoạch"
      breadcrumb={<CampaignBreadcrumb campaign={campaign} here="Sửa kế hoạch" />}
      lead="Nội dung ở đây được in thành bản Kế hoạch và dùng cho các bước sau (tiêu chí, chỉ tiêu, quy tắc bỏ phiếu)."
      actions={
        <Link className="btn" to={`/campaigns/${campaign.id}/plan`}>
          Xem bản in
        </Link>
      }
      help={
        <>
          <strong>Trang này để làm gì?</strong> Soạn hoặc sửa kế hoạch. Chữ dán từ Word được làm sạch tự động. Nếu đóng trang khi chưa lưu, lần sau mở lại
          sẽ được hỏi có khôi phục nội dung đang nhập dở không.
        </>
      }
    >
      {!editable && (
        <div style={{ marginBottom: 16 }}>
          <Alert tone="warning" title="Kế hoạch đang khoá">
            Phong trào đang ở trạng thái “{CAMPAIGN_STATUS_LABELS[campaign.status]}”: chỉ sửa kế hoạch khi còn Dự thảo hoặc Đã phát động.
          </Alert>
        </div>
      )}
      {draft.pending && <DraftBanner savedAt={draft.pending.savedAt} onRestore={draft.restore} onDiscard={draft.discard} />}
      {newer && !failure && (
        <div style={{ marginBottom: 16 }}>
          <Alert tone="warning" title="Kế hoạch vừa được sửa ở cửa sổ khác">
            Lưu lúc này sẽ bị từ chối để không ghi đè. Nội dung bạn đang nhập vẫn được giữ trong bản nháp.
          </Alert>
        </div>
      )}
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate className="editor" aria-label="Nội dung kế hoạch">
          <nav className="editor-toc" aria-label="Mục lục kế hoạch">
            <ol>
              {toc.map(([id, label]) => (
                <li key={id}>
                  <a href={`#${id}`}>{label}</a>
                </li>
              ))}
            </ol>
          </nav>
          <fieldset disabled={!editable} style={{ border: 'none', padding: 0, minWidth: 0 }} className="stack">
            <IdentitySection />
            <BasisSection />
            <PurposesSection />
            <ScopeSection />
            <CriteriaSection />
            <GatesSection />
            <RewardsSection />
            <ProcedureSection />
            <TimelineSection />
            <FundingSection />
            <DutiesSection />
            <ClosingSection />
            <RulesSection />
            {yearEnd && <TitleRulesSection campaign={campaign} />}
            {failure && (
              <Alert tone="danger" title="Chưa lưu được">
                {failure.text}
                {failure.details.length > 0 && (
                  <ul>
                    {failure.details.slice(0, 8).map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                )}
                {failure.stale && (
                  <div style={{ marginTop: 8 }}>
                    <button type="button" className="btn btn-sm" onClick={() => window.location.reload()}>
                      Tải lại dữ liệu mới nhất
                    </button>{' '}
                    <span className="small">Nội dung bạn vừa nhập vẫn được giữ trong bản nháp.</span>
                  </div>
                )}
              </Alert>
            )}
            <div className="editor-save">
              {form.formState.isDirty && <span className="muted small">Có thay đổi chưa lưu</span>}
              <Link className="btn" to={`/campaigns/${campaign.id}`}>
                Quay lại
              </Link>
              <button type="submit" className="btn btn-primary" disabled={form.formState.isSubmitting || !editable}>
                Lưu kế hoạch
              </button>
            </div>
          </fieldset>
        </form>
      </FormProvider>
    </Page>
  );
}
