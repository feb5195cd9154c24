// Nhập sổ thi đua, khen thưởng từ Excel: pick the ledger → check the columns → review the dry run
// (every row matched to the register or reported) → add all in one transaction. Nothing is
// written before the last step; a failure there writes nothing.
import { useState } from 'react';
import { Link } from 'react-router';
import { FileSpreadsheet } from 'lucide-react';
import { LEDGER_FIELD_LABELS, LEDGER_FIELDS, LEDGER_SHEET, dryRunLedger, type LedgerDryRun, type LedgerField } from '../../domain/award-history-import';
import { applyRememberedMapping, guessMapping, mappingToRemember } from '../../domain/register-import-columns';
import { importAwards, listAwards } from '../../db/award-history-repo';
import { listPeople, listUnits } from '../../db/register-repo';
import { Alert } from '../../ui/alert';
import { ColumnMappingTable } from '../../ui/column-mapping-table';
import { errorText } from '../../ui/error-text';
import { Page } from '../../ui/page';
import { loadSheet, type LoadedSheet } from '../../ui/spreadsheet/read-spreadsheet';
import { LedgerReview } from './ledger-review';

const MEMORY_KEY = 'binh-xet:ledger-import-mapping';

function remembered(): Record<string, LedgerField | null> {
  try {
    return JSON.parse(localStorage.getItem(MEMORY_KEY) ?? '{}') as Record<string, LedgerField | null>;
  } catch {
    return {};
  }
}

export function ImportHistoryPage() {
  const [loaded, setLoaded] = useState<LoadedSheet | null>(null);
  const [mapping, setMapping] = useState<(LedgerField | null)[]>([]);
  const [plan, setPlan] = useState<LedgerDryRun | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function pick(file: File | undefined) {
    if (!file) return;
    setError(null);
    setDone(null);
    setPlan(null);
    setLoaded(null);
    setBusy(true);
    try {
      const sheet = await loadSheet(
        file,
        'Không tìm thấy dòng tiêu đề của sổ trong 20 dòng đầu. Sổ cần một dòng tiêu đề với các cột như: Họ và tên (hoặc Tập thể, cá nhân), Hình thức khen thưởng, Năm, Số quyết định, Ngày quyết định, Số tiền. Hãy thêm dòng tiêu đề rồi nhập lại.',
        LEDGER_SHEET,
      );
      setLoaded(sheet);
      setMapping(applyRememberedMapping(sheet.titles, guessMapping(sheet.titles, LEDGER_SHEET.fieldFor), remembered()));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  async function review() {
    if (!loaded) return;
    if (!mapping.includes('subjectName')) return setError('Chưa chọn cột nào là “Tên tập thể, cá nhân”. Hãy chọn cột chứa tên rồi xem trước lại.');
    if (!mapping.includes('title')) return setError('Chưa chọn cột nào là “Hình thức khen thưởng, danh hiệu”. Hãy chọn cột đó rồi xem trước lại.');
    setError(null);
    localStorage.setItem(MEMORY_KEY, JSON.stringify({ ...remembered(), ...mappingToRemember(loaded.titles, mapping) }));
    const [people, units, existing] = await Promise.all([listPeople(), listUnits(), listAwards()]);
    setPlan(dryRunLedger({ rows: loaded.rows, dataStart: loaded.dataStart, mapping, people, units, existing }));
  }

  async function apply() {
    if (!plan || !loaded) return;
    setBusy(true);
    setError(null);
    try {
      const written = await importAwards(plan.entries, loaded.fileName);
      const years = [...new Set(written.map((e) => e.year))].sort().join(', ');
      setDone(`Đã nhập ${written.length} khen thưởng (năm ${years}) vào sổ.`);
      setPlan(null);
      setLoaded(null);
    } catch (e) {
      setError(`${errorText(e)} Chưa có gì được ghi vào sổ.`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page
      title="Nhập sổ thi đua, khen thưởng từ Excel"
      lead="Đưa sổ theo dõi khen thưởng của những năm trước (tệp Excel .xlsx hoặc .csv) vào chương trình. Bạn xem trước kết quả; chỉ khi bấm “Nhập” dữ liệu mới được ghi."
      breadcrumb={<Link to="/history">Sổ thi đua, khen thưởng</Link>}
      help={
        <>
          <strong>Trang này để làm gì?</strong> Mỗi dòng của sổ được đối chiếu với danh sách cán bộ, đơn vị của xã theo tên (và đơn vị, nếu có
          cột Đơn vị). Dòng không tìm thấy người hoặc tìm thấy nhiều người trùng tên sẽ được liệt kê kèm lý do và không được nhập; bạn sửa tệp hoặc
          danh sách rồi nhập lại. Dòng đã có trong sổ được bỏ qua, nên nhập lại cùng tệp không sinh dòng trùng.
        </>
      }
    >
      {done && (
        <Alert tone="success" title={done}>
          <Link to="/history">Xem sổ thi đua, khen thưởng</Link>
        </Alert>
      )}
      <section className="card" aria-labelledby="ledger-step-1">
        <h2 id="ledger-step-1">1. Chọn tệp</h2>
        <p className="muted small">
          Một dòng tiêu đề, mỗi khen thưởng một dòng. Các cột thường gặp: Họ và tên (hoặc tên tập thể), Đơn vị, Hình thức khen thưởng (danh hiệu),
          Năm, Số quyết định, Ngày quyết định, Cấp khen, Số tiền.
        </p>
        <label className="btn btn-primary file-pick">
          <FileSpreadsheet size={18} aria-hidden="true" /> Chọn tệp Excel (.xlsx) hoặc .csv…
          <input
            type="file"
            className="visually-hidden"
            accept=".xlsx,.csv,.xls,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              void pick(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
        {busy && <p className="muted" role="status">Đang đọc tệp…</p>}
        {loaded && <p className="muted small">Tệp “{loaded.fileName}”: {loaded.rows.length - loaded.dataStart} dòng dữ liệu, bắt đầu từ dòng {loaded.dataStart + 1}.</p>}
      </section>
      {error && <Alert tone="danger" title="Chưa nhập được">{error}</Alert>}
      {loaded && (
        <section className="card" aria-labelledby="ledger-step-2">
          <h2 id="ledger-step-2">2. Kiểm tra các cột</h2>
          <p className="muted small">Chương trình đã đoán cột nào chứa gì và nhớ lựa chọn của lần nhập trước. Sửa nếu cần.</p>
          <ColumnMappingTable titles={loaded.titles} rows={loaded.rows} dataStart={loaded.dataStart} mapping={mapping} onMapping={(m) => { setMapping(m); setPlan(null); }} fields={LEDGER_FIELDS} labels={LEDGER_FIELD_LABELS} />
          <div className="form-actions">
            <button type="button" className="btn btn-primary" onClick={() => void review()}>
              Xem trước kết quả
            </button>
          </div>
        </section>
      )}
      {plan && loaded && (
        <section aria-labelledby="ledger-step-3" style={{ marginTop: 16 }}>
          <h2 id="ledger-step-3" style={{ marginBottom: 12 }}>3. Xem trước (chưa ghi gì)</h2>
          <LedgerReview plan={plan} />
          <div className="form-actions">
            <button type="button" className="btn" onClick={() => setPlan(null)}>
              Quay lại sửa cột
            </button>
            <button type="button" className="btn btn-primary" disabled={busy || plan.entries.length === 0} onClick={() => void apply()}>
              {plan.entries.length === 0 ? 'Không có dòng nào để nhập' : `Nhập ${plan.entries.length} khen thưởng vào sổ`}
            </button>
          </div>
        </section>
      )}
    </Page>
  );
}

export { ImportHistoryPage as Component };
