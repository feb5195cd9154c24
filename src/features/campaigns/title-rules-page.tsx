// Tiêu chuẩn danh hiệu: a year-end campaign's title settings — the unit's share of LĐTT, the
// discipline bars, the optional local cap on CSTĐ cơ sở, the council's rule per title — saved
// through the campaign repository, which refuses a title the council has already voted on.
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { campaignsRepo } from '../../db/campaign-repo';
import { titleLocks } from '../../db/title-locks-read';
import type { Campaign } from '../../domain/campaign';
import { StaleWriteError } from '../../domain/errors';
import { Alert } from '../../ui/alert';
import { ErrorMessage } from '../../ui/error-message';
import { Page } from '../../ui/page';
import { useToast } from '../../ui/toast';
import { useUnsavedGuard } from '../../ui/unsaved-changes';
import { CampaignBreadcrumb, CampaignMissing, TabsAbove, useCampaignParam } from './campaign-frame';
import { fromForm, titledRewards, titleSettingsForm, toForm, type TitleSettingsInput, type TitleSettingsValues } from './title-rules-model';
import { CollectiveCard, CstdCard, LdttCard, type TitleContext } from './title-rules-sections';
import './campaigns.css';

export function TitleRulesPage() {
  const { campaign } = useCampaignParam();
  if (!campaign) return <CampaignMissing campaign={campaign} />;
  return <TitleRulesForm key={campaign.id} campaign={campaign} />;
}

function TitleRulesForm({ campaign }: { campaign: Campaign }) {
  // What the form was loaded from: a save in another tab must not wipe what is being typed.
  const [base, setBase] = useState(campaign);
  const form = useForm<TitleSettingsInput, unknown, TitleSettingsValues>({ resolver: zodResolver(titleSettingsForm), defaultValues: toForm(base), mode: 'onTouched' });
  const locks = useLiveQuery(() => titleLocks(campaign), [campaign]);
  const [failure, setFailure] = useState<unknown>(null);
  const toast = useToast();
  useUnsavedGuard(form.formState.isDirty);
  const titled = titledRewards(base);
  const ctx: TitleContext = { year: base.year, locks: locks ?? {}, awards: titled.map((reward, index) => ({ reward, index })), general: base.votingRules };
  const newer = campaign.rev !== base.rev;

  const onSubmit = form.handleSubmit(
    async (values) => {
      setFailure(null);
      try {
        const saved = await campaignsRepo.update(base.id, base.rev, fromForm(base, values));
        setBase(saved);
        form.reset(toForm(saved));
        toast.show('Đã lưu tiêu chuẩn danh hiệu. Kết quả năm đã xét lại theo tiêu chuẩn mới.');
      } catch (error) {
        setFailure(error);
      }
    },
    () => setFailure('Còn ô nhập chưa đúng (tô đỏ). Hãy sửa theo hướng dẫn dưới từng ô rồi lưu lại.'),
  );

  if (titled.length === 0) {
    return (
      <Page title="Tiêu chuẩn danh hiệu" breadcrumb={<CampaignBreadcrumb campaign={campaign} here="Tiêu chuẩn danh hiệu" />}>
        <TabsAbove campaignId={campaign.id}>
          <Alert tone="info" title="Phong trào này không xét danh hiệu thi đua năm">
            Tiêu chuẩn danh hiệu chỉ có ở phong trào tạo từ mẫu “Bình xét danh hiệu thi đua năm”.
          </Alert>
        </TabsAbove>
      </Page>
    );
  }

  return (
    <Page
      title="Tiêu chuẩn danh hiệu"
      breadcrumb={<CampaignBreadcrumb campaign={campaign} here="Tiêu chuẩn danh hiệu" />}
      lead={`Các mức xã tự đặt khi xét danh hiệu thi đua năm ${base.year}, mỗi mức kèm căn cứ. Trang Kết quả năm xét theo đúng các mức đã lưu ở đây.`}
      actions={
        <Link className="btn" to={`/campaigns/${campaign.id}/year-results`}>
          Xem Kết quả năm
        </Link>
      }
      help={
        <>
          <strong>Trang này để làm gì?</strong> Đặt tiêu chuẩn của tập thể lao động tiên tiến, mức kỷ luật không được xét, giới hạn số Chiến sĩ thi đua cơ sở
          (nếu quy chế có) và cách Hội đồng biểu quyết từng danh hiệu. Danh hiệu nào Hội đồng đã bỏ phiếu thì tiêu chuẩn của danh hiệu đó được khoá, vì kết quả đã
          chốt theo tiêu chuẩn cũ. Mỗi lần lưu được ghi vào nhật ký.
        </>
      }
    >
      <TabsAbove campaignId={campaign.id}>
        {newer && !failure && (
          <div style={{ marginBottom: 16 }}>
            <Alert tone="warning" title="Phong trào vừa được sửa ở cửa sổ khác">
              Lưu lúc này sẽ bị từ chối để không ghi đè. Hãy tải lại trang để sửa trên bản mới nhất.
            </Alert>
          </div>
        )}
        <FormProvider {...form}>
          <form onSubmit={onSubmit} noValidate className="stack" aria-label="Tiêu chuẩn danh hiệu">
            <LdttCard ctx={ctx} />
            <CstdCard ctx={ctx} />
            <CollectiveCard ctx={ctx} />
            {failure !== null && <ErrorMessage title="Chưa lưu được" error={failure} />}
            {failure instanceof StaleWriteError && (
              <button type="button" className="btn btn-sm" onClick={() => window.location.reload()}>
                Tải lại dữ liệu mới nhất
              </button>
            )}
            <div className="editor-save">
              {form.formState.isDirty && <span className="muted small">Có thay đổi chưa lưu</span>}
              <button type="button" className="btn" disabled={!form.formState.isDirty} onClick={() => form.reset(toForm(base))}>
                Bỏ thay đổi
              </button>
              <button type="submit" className="btn btn-primary" disabled={form.formState.isSubmitting}>
                Lưu tiêu chuẩn
              </button>
            </div>
          </form>
        </FormProvider>
      </TabsAbove>
    </Page>
  );
}

export { TitleRulesPage as Component };
