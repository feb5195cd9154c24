// Đề xuất: the officer's main working screen. Every participant of the campaign in one
// spreadsheet-like table; propose or withdraw (one or many), open a nominee's dossier, export.
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { evaluateGates } from '../../domain/gates';
import { NOMINATION_STATUS_LABELS } from '../../domain/nomination';
import { BULK_STEPS, countsAgainstQuota, type BulkStep } from '../../domain/nomination-rules';
import { CampaignTabs } from '../../ui/campaign-tabs';
import { Page } from '../../ui/page';
import { Alert } from '../../ui/alert';
import { useToast } from '../../ui/toast';
import { buildRows, type NominationRow } from './table-rows';
import { useTableSource } from './use-nomination-data';
import { useNominationTable } from './use-nomination-table';
import { NominationGrid, ROW_HEIGHT, TALL_ROW_HEIGHT } from './nomination-grid';
import { TitlesDialog } from './titles-dialog';
import { NominateDialog } from './nominate-dialog';
import { WithdrawDialog } from './withdraw-dialog';
import { BulkStepDialog } from './bulk-step-dialog';
import { BulkAppraiseDialog } from './bulk-appraise-dialog';
import { NominateAllDialog } from './nominate-all-dialog';
import { proposalsForEveryTitle } from './every-title';
import { perAwardCategories } from '../../domain/year-end';
import { QuotaSummary } from './quota-summary';
import { TableToolbar } from './table-toolbar';
import './nominations.css';

type DialogState =
  | { kind: 'nominate' | 'withdraw' | 'appraise'; targets: NominationRow[] }
  | { kind: 'nominate-all' }
  | { kind: 'step'; step: BulkStep; targets: NominationRow[] }
  | { kind: 'titles'; row: NominationRow }
  | null;

/** Where someone holds a line per award, the cells grow a second line and the award columns widen to hold "CSTĐ cơ sở: Không được chọn". */
const PER_AWARD_WIDTHS = { nominated: 128, status: 232, dossier: 130, votes: 180, result: 232 };

export function NominationsPage() {
  const { campaignId = '' } = useParams();
  const source = useTableSource(campaignId);
  if (source === undefined) return <p className="page muted">Đang tải…</p>;
  if (source === null) {
    return (
      <Page title="Không tìm thấy phong trào">
        <Alert tone="warning">Phong trào này không còn (có thể đã bị xoá). Hãy quay lại danh sách phong trào.</Alert>
      </Page>
    );
  }
  return <NominationsScreen campaignId={campaignId} source={source} />;
}

function NominationsScreen({ campaignId, source }: { campaignId: string; source: NonNullable<ReturnType<typeof useTableSource>> }) {
  const navigate = useNavigate();
  const toast = useToast();
  const data = useMemo(() => buildRows(source), [source]);
  const { table, rows, prefs, setPrefs } = useNominationTable(campaignId, data);
  const [dialog, setDialog] = useState<DialogState>(null);
  const gates = evaluateGates(source.campaign.gates);
  const counts = useMemo(() => {
    const c = { collective: 0, individual: 0 };
    for (const r of data) if (r.nominated && r.nomination && countsAgainstQuota(r.nomination.status)) c[r.category] += 1;
    return c;
  }, [data]);
  const perReward = useMemo(() => {
    const c = new Map<string, number>();
    for (const n of source.nominations) if (!n.deletedAt && countsAgainstQuota(n.status)) c.set(n.rewardId, (c.get(n.rewardId) ?? 0) + 1);
    return c;
  }, [source.nominations]);
  const selected = table.getSelectedRowModel().flatRows.map((r) => r.original);
  const eligibleFresh = useMemo(() => data.filter((r) => r.eligible && !r.nominated), [data]);
  // Where a category has several awards (year end), "everyone eligible" means every title each one meets.
  const everyTitle = useMemo(
    () => (perAwardCategories(source.campaign).size > 0 ? proposalsForEveryTitle(data, source.campaign.rewards) : null),
    [data, source.campaign],
  );
  const eligibleCount = everyTitle ? new Set(everyTitle.map((p) => p.participantId)).size : eligibleFresh.length;
  // Worked out when the data changes, never per keystroke: the table's row height and widths.
  const perAward = useMemo(() => ({ any: data.some((r) => r.perTitle.length > 0), tall: data.some((r) => r.perTitle.length > 1) }), [data]);
  const dossierHref = (nominationId: string) => `/campaigns/${campaignId}/nominations/${nominationId}`;

  function open(row: NominationRow) {
    if (row.perTitle.filter((e) => e.nominated).length > 1) setDialog({ kind: 'titles', row });
    else if (row.nominated && row.nomination) void navigate(dossierHref(row.nomination.id));
    else setDialog({ kind: 'nominate', targets: [row] });
  }

  return (
    <Page
      title="Đề xuất khen thưởng"
      lead={source.campaign.shortName}
      help={
        <>
          <strong>Trang này để làm gì?</strong> Xem mọi đối tượng của phong trào, chọn người và tập thể tiêu biểu để đề xuất, rồi mở từng hồ sơ để
          hoàn thiện và thẩm định. Gõ tìm không cần dấu; dùng phím mũi tên để di chuyển, <kbd>Space</kbd> để chọn dòng, <kbd>Enter</kbd> để mở.
          Tiếp theo: đưa các hồ sơ đã thẩm định ra <em>Hội đồng</em> bình xét.
        </>
      }
    >
      <CampaignTabs campaignId={campaignId} />
      {!gates.nominationsOpen && (
        <Alert tone="warning" title="Chưa thể đề xuất">
          Điều kiện của phong trào chưa đạt hoặc chưa được ghi nhận ({gates.results.filter((r) => r.status !== 'pass').map((r) => r.reason).join('; ')}). Hãy cập nhật ở trang Kế hoạch.
        </Alert>
      )}
      <QuotaSummary rewards={source.campaign.rewards} counts={counts} total={data.length} shown={rows.filter((r) => !r.getIsGrouped()).length} perReward={perReward} />
      <TableToolbar
        table={table}
        rows={rows}
        prefs={prefs}
        setPrefs={setPrefs}
        fileName={`de-xuat-${source.campaign.documentNumber || source.campaign.year}`}
        title={`Danh sách đối tượng — ${source.campaign.shortName}`}
      />
      <div className="nt-bulk no-print" role="region" aria-label="Thao tác với các dòng đã chọn">
        {selected.length > 0 ? (
          <>
            <strong>Đã chọn {selected.length}</strong>
            <button type="button" className="btn btn-sm btn-primary" disabled={!gates.nominationsOpen} onClick={() => setDialog({ kind: 'nominate', targets: selected })}>
              Đề xuất các dòng đã chọn
            </button>
            <span className="muted small">Chuyển sang:</span>
            {BULK_STEPS.map((step) => (
              <button
                key={step}
                type="button"
                className="btn btn-sm"
                // "Đã thẩm định" records the appraisal itself (result, date, note) for all of them.
                onClick={() => setDialog(step === 'appraised' ? { kind: 'appraise', targets: selected } : { kind: 'step', step, targets: selected })}
              >
                {NOMINATION_STATUS_LABELS[step]}
              </button>
            ))}
            <button type="button" className="btn btn-sm btn-danger" onClick={() => setDialog({ kind: 'withdraw', targets: selected })}>
              Rút đề xuất
            </button>
            <button type="button" className="btn btn-sm btn-ghost" onClick={() => table.resetRowSelection(true)}>
              Bỏ chọn
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="btn btn-sm btn-primary"
              disabled={!gates.nominationsOpen || eligibleCount === 0}
              onClick={() => setDialog(everyTitle ? { kind: 'nominate-all' } : { kind: 'nominate', targets: eligibleFresh })}
            >
              Đề xuất mọi đối tượng đủ điều kiện ({eligibleCount})
            </button>
            <span className="muted small">hoặc bấm “Đề xuất” trên từng dòng; chọn nhiều dòng để đề xuất, chuyển bước hồ sơ hay rút đề xuất một lần.</span>
          </>
        )}
      </div>
      <NominationGrid
        table={table}
        rows={rows}
        onOpen={open}
        onPropose={(row) => setDialog({ kind: 'nominate', targets: [row] })}
        dossierHref={dossierHref}
        rowHeight={perAward.tall ? TALL_ROW_HEIGHT : ROW_HEIGHT}
        widths={perAward.any ? PER_AWARD_WIDTHS : undefined}
      />
      {dialog?.kind === 'titles' && (
        <TitlesDialog row={dialog.row} dossierHref={dossierHref} onPropose={() => setDialog({ kind: 'nominate', targets: [dialog.row] })} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'nominate' && (
        <NominateDialog
          campaign={source.campaign}
          targets={dialog.targets}
          counts={counts}
          nominatedFor={(id) => perReward.get(id) ?? 0}
          onClose={() => setDialog(null)}
          onDone={(n) => {
            setDialog(null);
            table.resetRowSelection(true);
            toast.show(`Đã đề xuất ${n} đối tượng`);
          }}
        />
      )}
      {dialog?.kind === 'nominate-all' && everyTitle && (
        <NominateAllDialog
          campaign={source.campaign}
          proposals={everyTitle}
          nominatedFor={(id) => perReward.get(id) ?? 0}
          onClose={() => setDialog(null)}
          onDone={(message) => {
            setDialog(null);
            toast.show(message);
          }}
        />
      )}
      {dialog?.kind === 'appraise' && (
        <BulkAppraiseDialog
          targets={dialog.targets}
          onClose={() => {
            setDialog(null);
            table.resetRowSelection(true);
          }}
        />
      )}
      {dialog?.kind === 'step' && (
        <BulkStepDialog
          step={dialog.step}
          targets={dialog.targets}
          onClose={() => {
            setDialog(null);
            table.resetRowSelection(true);
          }}
        />
      )}
      {dialog?.kind === 'withdraw' && (
        <WithdrawDialog
          targets={dialog.targets}
          onClose={() => setDialog(null)}
          onDone={(n) => {
            setDialog(null);
            table.resetRowSelection(true);
            toast.show(`Đã rút ${n} đề xuất`);
          }}
        />
      )}
    </Page>
  );
}
