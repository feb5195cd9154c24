// Phong trào: every campaign with its status, year and counts; create one from the plan-99
// template or blank, clone one to next year, delete a draft.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { Copy, FilePlus2, Flag, Trash2 } from 'lucide-react';
import { campaignsRepo } from '../../db/campaign-repo';
import { campaignCounts, cloneCampaign, deleteDraftCampaign, listCampaigns, type CampaignCounts } from '../../db/campaign-ops';
import { loadSettings } from '../../db/settings-repo';
import type { Campaign } from '../../domain/campaign';
import { permissions } from '../../domain/campaign-lifecycle';
import { PLAN_99_TEMPLATE_NAME, plan99Template } from '../../domain/templates/plan-99';
import { blankCampaign } from '../../domain/templates/blank';
import { AdHocButton } from './ad-hoc-button';
import { formatDate } from '../../lib/vi-date';
import { Alert } from '../../ui/alert';
import { ConfirmDialog } from '../../ui/dialog';
import { EmptyState } from '../../ui/empty-state';
import { errorText } from '../../ui/error-text';
import { Page } from '../../ui/page';
import { useToast } from '../../ui/toast';
import { StatusBadge } from './status-badge';
import { demoCampaignIds } from '../../db/demo-status';
import { DemoBadge } from '../../ui/demo-badge';
import { YearEndButton } from './year-end-button';
import './campaigns.css';

type Row = Campaign & { counts: CampaignCounts; demo: boolean };

async function loadRows(): Promise<Row[]> {
  const [campaigns, demo] = await Promise.all([listCampaigns(), demoCampaignIds()]);
  return Promise.all(campaigns.map(async (c) => ({ ...c, counts: await campaignCounts(c.id), demo: demo.has(c.id) })));
}

export function CampaignsListPage() {
  const rows = useLiveQuery(loadRows, []);
  const navigate = useNavigate();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Campaign | null>(null);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  const fromTemplate = () =>
    run(async () => {
      const c = await campaignsRepo.create(plan99Template());
      toast.show('Đã tạo phong trào từ mẫu Kế hoạch 99/KH-UBND');
      await navigate(`/campaigns/${c.id}`);
    });

  const blank = () =>
    run(async () => {
      const s = await loadSettings();
      const c = await campaignsRepo.create(
        blankCampaign({
          year: new Date().getFullYear(),
          organisationName: s?.organisationName ?? '',
          higherBody: s?.higherBody,
          place: s?.placeName ?? '',
          signature: s?.signers[0],
        }),
      );
      toast.show('Đã tạo phong trào mới: hãy điền kế hoạch');
      await navigate(`/campaigns/${c.id}/edit`);
    });

  const clone = (c: Campaign) =>
    run(async () => {
      const copy = await cloneCampaign(c.id);
      toast.show(`Đã nhân bản sang năm ${copy.year}`);
      await navigate(`/campaigns/${copy.id}`);
    });

  const actions = (
    <>
      <button type="button" className="btn btn-primary" onClick={fromTemplate} disabled={busy} title={PLAN_99_TEMPLATE_NAME}>
        <FilePlus2 size={18} aria-hidden="true" /> Tạo từ mẫu Kế hoạch 99/KH-UBND
      </button>
      <button type="button" className="btn" onClick={blank} disabled={busy}>
        <Flag size={18} aria-hidden="true" /> Lập phong trào trống
      </button>
      <YearEndButton disabled={busy} />
      <AdHocButton disabled={busy} />
    </>
  );

  return (
    <Page
      title="Phong trào thi đua"
      lead="Mỗi phong trào gồm kế hoạch, đối tượng, minh chứng, đề xuất và kết quả xét khen thưởng."
      actions={actions}
      help={
        <>
          <strong>Trang này để làm gì?</strong> Lập phong trào mới (nhanh nhất là từ mẫu Kế hoạch 99/KH-UBND), hoặc nhân bản phong trào năm
          trước sang năm sau: ngày tháng được dời một năm, số văn bản và kết quả được xoá. Chỉ xoá được phong trào còn ở trạng thái Dự thảo.
        </>
      }
    >
      {error && (
        <div style={{ marginBottom: 16 }}>
          <Alert tone="danger" title="Chưa làm được">
            {error}
          </Alert>
        </div>
      )}
      {rows === undefined ? (
        <p className="muted">Đang tải…</p>
      ) : rows.length === 0 ? (
        <div className="card">
          <EmptyState icon={Flag} title="Chưa có phong trào nào" action={actions}>
            Tạo từ mẫu Kế hoạch 99/KH-UBND để có ngay kế hoạch đầy đủ, rồi sửa theo thực tế.
          </EmptyState>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table campaigns-table">
            <thead>
              <tr>
                <th scope="col">Phong trào</th>
                <th scope="col" className="num">Năm</th>
                <th scope="col">Trạng thái</th>
                <th scope="col" className="num">Đối tượng</th>
                <th scope="col" className="num">Minh chứng</th>
                <th scope="col" className="num">Đề xuất</th>
                <th scope="col">
                  <span className="visually-hidden">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/campaigns/${c.id}`} style={{ fontWeight: 600 }}>
                      {c.shortName}
                    </Link>
                    {c.demo && <DemoBadge />}
                    <div className="muted small">
                      {c.documentNumber ? `Kế hoạch số ${c.documentNumber}` : 'Kế hoạch chưa có số'}
                      {c.issueDate ? ` ngày ${formatDate(c.issueDate)}` : ''}
                    </div>
                  </td>
                  <td className="num">{c.year}</td>
                  <td>
                    <StatusBadge status={c.status} />
                  </td>
                  <td className="num">{c.counts.participants}</td>
                  <td className="num">{c.counts.evidence}</td>
                  <td className="num">{c.counts.nominations}</td>
                  <td>
                    <div className="row" style={{ justifyContent: 'flex-end', flexWrap: 'nowrap', gap: 4 }}>
                      <button type="button" className="btn btn-sm" onClick={() => clone(c)} disabled={busy} aria-label={`Nhân bản “${c.shortName}” sang năm ${c.year + 1}`}>
                        <Copy size={16} aria-hidden="true" /> Sang năm {c.year + 1}
                      </button>
                      {permissions(c.status).remove && (
                        <button type="button" className="btn btn-sm btn-ghost" onClick={() => setDeleting(c)} aria-label={`Xoá “${c.shortName}”`}>
                          <Trash2 size={16} aria-hidden="true" />
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={!!deleting}
        title="Xoá phong trào dự thảo?"
        message={
          <>
            Phong trào <strong>{deleting?.shortName}</strong> ({deleting?.year}) sẽ bị xoá khỏi danh sách. Việc xoá được ghi vào nhật ký.
          </>
        }
        confirmLabel="Xoá phong trào"
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const target = deleting;
          setDeleting(null);
          if (target)
            void run(async () => {
              await deleteDraftCampaign(target.id, target.rev);
              toast.show('Đã xoá phong trào dự thảo');
            });
        }}
      />
    </Page>
  );
}
