// Sổ thi đua, khen thưởng: every award of the commune, filtered by year, title and unit and
// searched without accents; corrections recorded as new entries; the ledger as shown, to Excel.
import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { BookOpen, Download, Upload } from 'lucide-react';
import type { AwardEntry } from '../../domain/award-history';
import { historyFilter, type HistoryRow } from '../../domain/award-history-view';
import { compareText } from '../../lib/vi-text';
import { formatNumber } from '../../lib/vi-money';
import { Page } from '../../ui/page';
import { EmptyState } from '../../ui/empty-state';
import { Checkbox, SelectField, TextField } from '../../ui/fields';
import { HistoryTable } from '../../ui/award-history-table';
import { errorText } from '../../ui/error-text';
import { useToast } from '../../ui/toast';
import { CorrectionDialog } from './correction-dialog';
import { exportHistory } from './export-history';
import { useLedger, useRegisterUnits } from './use-history';

const NONE: HistoryRow[] = [];

export function HistoryPage() {
  const [params, setParams] = useSearchParams();
  const year = params.get('year') ?? '';
  const ledger = useLedger(year ? Number(year) : undefined);
  const all = ledger.rows;
  const units = useRegisterUnits();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const title = params.get('title') ?? '';
  const unitId = params.get('unit') ?? '';
  const [standingOnly, setStandingOnly] = useState(false);
  const [correcting, setCorrecting] = useState<AwardEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const toast = useToast();
  const setParam = (key: string, value: string) =>
    setParams((p) => {
      if (value) p.set(key, value);
      else p.delete(key);
      return p;
    }, { replace: true });

  // Filtered in the keystroke's own render, narrowing the last keystroke's result (historyFilter).
  const filter = useMemo(() => historyFilter(), []);
  const rows = useMemo(() => filter(all ?? NONE, { year, title, unitId, query, standingOnly }), [filter, all, year, title, unitId, query, standingOnly]);
  const years = ledger.years;
  const titles = useMemo(() => [...new Set((all ?? []).map((r) => r.entry.title))].sort(compareText), [all]);
  // Made once per list, not per keystroke: a district has hundreds of units.
  const unitOptions = useMemo(() => (units ?? []).map((u) => <option key={u.id} value={u.id}>{u.name}</option>), [units]);
  const correct = useCallback((row: HistoryRow) => setCorrecting(row.entry), []);

  function runExport() {
    setBusy(true);
    exportHistory(rows)
      .then((n) => toast.show(`Đã tải sổ thi đua, khen thưởng: ${n} dòng (Excel)`))
      .catch((error: unknown) => toast.show(errorText(error), undefined, 8000))
      .finally(() => setBusy(false));
  }

  return (
    <Page
      title="Sổ thi đua, khen thưởng"
      lead="Mọi khen thưởng, danh hiệu của tập thể và cá nhân trong xã qua các năm: theo quyết định nào, ai khen, bao nhiêu tiền."
      actions={
        <>
          <Link className="btn" to="/history/import">
            <Upload size={18} aria-hidden="true" /> Nhập sổ từ Excel
          </Link>
          <button type="button" className="btn" onClick={runExport} disabled={busy || rows.length === 0}>
            <Download size={18} aria-hidden="true" /> Xuất Excel
          </button>
        </>
      }
      help={
        <>
          <strong>Sổ được ghi thế nào?</strong> Khi một phong trào chuyển sang “Đã quyết định”, các khen thưởng trong quyết định được ghi
          vào sổ. Những năm trước có thể nhập từ tệp Excel đang lưu. Sổ không bao giờ bị sửa đè: khi phát hiện sai, bấm <em>Điều chỉnh</em>{' '}
          để ghi một dòng mới kèm lý do; dòng cũ vẫn còn, đánh dấu “Đã điều chỉnh”.
        </>
      }
    >
      <div className="card">
        <div className="form-grid" style={{ gridTemplateColumns: '2fr 1fr 2fr 2fr', alignItems: 'end' }}>
          <TextField label="Tìm theo tên, đơn vị, số quyết định" type="search" placeholder="Gõ có dấu hoặc không dấu" value={query} onChange={(e) => setQuery(e.target.value)} />
          <SelectField label="Năm" value={year} onChange={(e) => setParam('year', e.target.value)}>
            <option value="">Tất cả</option>
            {years.map((y) => (
              <option key={y} value={String(y)}>{y}</option>
            ))}
          </SelectField>
          <SelectField label="Hình thức, danh hiệu" value={title} onChange={(e) => setParam('title', e.target.value)}>
            <option value="">Tất cả</option>
            {titles.map((t) => (
              <option key={t} value={t}>{t}</option>
            ))}
          </SelectField>
          <SelectField label="Đơn vị" value={unitId} onChange={(e) => setParam('unit', e.target.value)}>
            <option value="">Tất cả</option>
            {unitOptions}
          </SelectField>
        </div>
        <div className="row" style={{ marginTop: 12, justifyContent: 'space-between' }}>
          <Checkbox label="Chỉ hiện khen thưởng hiện hành (ẩn dòng đã điều chỉnh, đã huỷ)" checked={standingOnly} onChange={(e) => setStandingOnly(e.target.checked)} />
          <span className="muted small" aria-live="polite">
            {!all ? 'Đang tải…' : `${formatNumber(rows.length)} / ${formatNumber(ledger.lines)} dòng${ledger.loadingMore ? ' · đang đọc các năm trước…' : ''}`}
          </span>
        </div>
      </div>
      <div style={{ marginTop: 16 }}>
        {all && ledger.lines === 0 ? (
          <EmptyState icon={BookOpen} title="Sổ chưa có khen thưởng nào" action={<Link className="btn btn-primary" to="/history/import">Nhập sổ từ Excel</Link>}>
            Khen thưởng được ghi vào sổ khi một phong trào có quyết định khen thưởng. Sổ của những năm trước có thể nhập từ tệp Excel.
          </EmptyState>
        ) : (
          <HistoryTable rows={rows} onCorrect={correct} />
        )}
      </div>
      {correcting && (
        <CorrectionDialog
          entry={correcting}
          onClose={() => setCorrecting(null)}
          onDone={(entry) => {
            setCorrecting(null);
            toast.show(entry.corrects?.annul ? `Đã ghi huỷ khen thưởng của ${entry.subjectName}` : `Đã ghi điều chỉnh khen thưởng của ${entry.subjectName}`);
          }}
        />
      )}
    </Page>
  );
}

export { HistoryPage as Component };
