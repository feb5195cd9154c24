// Nhập từ Excel: pick a file → check the column mapping → review the dry run → apply in one
// transaction. Nothing is written before the last step; a failure there writes nothing.
import { useState } from 'react';
import { Link } from 'react-router';
import { FileSpreadsheet } from 'lucide-react';
import { guessMapping, applyRememberedMapping, mappingToRemember, type ColumnMapping, type ImportField } from '../../domain/register-import-columns';
import { dryRun, type DryRun, type ImportDefaults } from '../../domain/register-import';
import { applyImport, listPeople, listUnits } from '../../db/register-repo';
import { Alert } from '../../ui/alert';
import { errorText } from '../../ui/error-text';
import { Page } from '../../ui/page';
import { ImportMapping } from '../../ui/spreadsheet/import-mapping';
import { ImportReview } from './import-review';
import { loadSheet, type LoadedSheet } from '../../ui/spreadsheet/read-spreadsheet';
import { RegisterTabs } from './register-tabs';

const MEMORY_KEY = 'binh-xet:register-import-mapping';

function remembered(): Record<string, ImportField | null> {
  try {
    return JSON.parse(localStorage.getItem(MEMORY_KEY) ?? '{}') as Record<string, ImportField | null>;
  } catch {
    return {};
  }
}

export function ImportPage() {
  const [loaded, setLoaded] = useState<LoadedSheet | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [defaults, setDefaults] = useState<ImportDefaults>({});
  const [plan, setPlan] = useState<DryRun | null>(null);
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
      const sheet = await loadSheet(file, 'Không tìm thấy dòng tiêu đề có cột “Họ và tên” trong 20 dòng đầu. Hãy thêm một dòng tiêu đề (Họ và tên, Giới tính, Ngày sinh, Chức vụ, Đơn vị…) rồi nhập lại.');
      setLoaded(sheet);
      setMapping(applyRememberedMapping(sheet.titles, guessMapping(sheet.titles), remembered()));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  async function review() {
    if (!loaded) return;
    if (!mapping.includes('fullName')) return setError('Chưa chọn cột nào là “Họ và tên”. Hãy chọn cột chứa họ tên rồi xem trước lại.');
    setError(null);
    localStorage.setItem(MEMORY_KEY, JSON.stringify({ ...remembered(), ...mappingToRemember(loaded.titles, mapping) }));
    const [existingPeople, existingUnits] = await Promise.all([listPeople(), listUnits()]);
    setPlan(dryRun({ rows: loaded.rows, dataStart: loaded.dataStart, mapping, defaults, existingPeople, existingUnits }));
  }

  async function apply() {
    if (!plan || !loaded) return;
    setBusy(true);
    setError(null);
    try {
      const r = await applyImport(plan, loaded.fileName);
      setDone(`Đã nhập xong: ${r.created} người mới, ${r.updated} người được cập nhật, ${r.units} đơn vị mới.`);
      setPlan(null);
      setLoaded(null);
    } catch (e) {
      setError(`${errorText(e)} Chưa có gì được ghi vào danh sách.`);
    } finally {
      setBusy(false);
    }
  }

  const changes = plan ? plan.created.length + plan.updated.length : 0;
  return (
    <Page
      title="Nhập danh sách từ Excel"
      lead="Nhập danh sách cán bộ từ tệp Excel (.xlsx) hoặc .csv. Bạn xem trước kết quả; chỉ khi bấm “Nhập” dữ liệu mới được ghi."
      help={
        <>
          <strong>Trang này để làm gì?</strong> Đưa danh sách đang có trong Excel vào chương trình mà không phải gõ lại. Chữ gõ bằng
          phông cũ (.VnTime – TCVN3, VNI) được tự nhận ra và chuyển sang Unicode. Người trùng họ tên và ngày sinh, hoặc trùng họ tên
          trong cùng đơn vị, được đánh dấu chứ không gộp lặng lẽ. Tệp .xls đời cũ: mở bằng Excel và lưu lại dạng .xlsx.
        </>
      }
    >
      <RegisterTabs />
      {done && (
        <Alert tone="success" title={done}>
          <Link to="/register">Xem danh sách cán bộ</Link>
        </Alert>
      )}
      <section className="card" aria-labelledby="import-step-1">
        <h2 id="import-step-1">1. Chọn tệp</h2>
        <p className="muted small">
          Dùng được bảng danh sách đang có: một dòng tiêu đề, mỗi người một dòng. Các cột thường gặp: Họ và tên, Giới tính, Ngày sinh (một cột, hoặc hai
          cột Nam/Nữ), Chức vụ, Đối tượng (CB, CC, NHĐKCT), Đơn vị. Bước sau cho xem chương trình đọc cột nào ra gì, sửa được trước khi nhập.
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
        <section className="card" aria-labelledby="import-step-2">
          <h2 id="import-step-2">2. Kiểm tra các cột</h2>
          <p className="muted small">Chương trình đã đoán cột nào chứa gì và nhớ lựa chọn của lần nhập trước. Sửa nếu cần.</p>
          <ImportMapping titles={loaded.titles} rows={loaded.rows} dataStart={loaded.dataStart} mapping={mapping} onMapping={(m) => { setMapping(m); setPlan(null); }} defaults={defaults} onDefaults={(d) => { setDefaults(d); setPlan(null); }} />
          <div className="form-actions">
            <button type="button" className="btn btn-primary" onClick={() => void review()}>
              Xem trước kết quả
            </button>
          </div>
        </section>
      )}
      {plan && loaded && (
        <section aria-labelledby="import-step-3" style={{ marginTop: 16 }}>
          <h2 id="import-step-3" style={{ marginBottom: 12 }}>3. Xem trước (chưa ghi gì)</h2>
          <ImportReview plan={plan} />
          <div className="form-actions">
            <button type="button" className="btn" onClick={() => setPlan(null)}>
              Quay lại sửa cột
            </button>
            <button type="button" className="btn btn-primary" disabled={busy || changes === 0} onClick={() => void apply()}>
              {changes === 0 ? 'Không có gì thay đổi' : `Nhập ${plan.created.length} người mới, cập nhật ${plan.updated.length} người`}
            </button>
          </div>
        </section>
      )}
    </Page>
  );
}

export { ImportPage as Component };
