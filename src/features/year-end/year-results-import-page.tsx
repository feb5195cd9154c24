// Nhập xếp loại từ bảng tính: the office's rating sheet → the column mapping → a dry run that says
// row by row what changes and what is skipped → one audited write. The register's import reading
// and mapping are reused; nothing is written before the last button.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FileSpreadsheet } from 'lucide-react';
import { RATING_IMPORT_FIELDS, RATING_IMPORT_LABELS, guessRatingMapping, ratingDryRun, type RatingDryRun, type RatingImportField } from '../../domain/year-results-import';
import { DISCIPLINE_LABELS, QUALITY_RATING_LABELS } from '../../domain/annual-titles';
import { saveYearResults } from '../../db/participants-repo';
import { newId } from '../../lib/ids';
import { Alert } from '../../ui/alert';
import { CampaignTabs } from '../../ui/campaign-tabs';
import { errorText } from '../../ui/error-text';
import { Page } from '../../ui/page';
import { ImportMapping } from '../../ui/spreadsheet/import-mapping';
import { loadSheet, type LoadedSheet } from '../../ui/spreadsheet/read-spreadsheet';
import { useYearEndData } from './use-year-end-data';

export function YearResultsImportPage() {
  const { campaignId = '' } = useParams();
  const data = useYearEndData(campaignId);
  const [loaded, setLoaded] = useState<LoadedSheet | null>(null);
  const [mapping, setMapping] = useState<(RatingImportField | null)[]>([]);
  const [plan, setPlan] = useState<RatingDryRun | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function pick(file: File | undefined) {
    if (!file) return;
    setError(null);
    setDone(null);
    setPlan(null);
    setLoaded(null);
    try {
      const sheet = await loadSheet(file, 'Không tìm thấy dòng tiêu đề có cột “Họ và tên” trong 20 dòng đầu. Hãy thêm dòng tiêu đề (Họ và tên, Xếp loại, Kỷ luật…) rồi nhập lại.');
      setLoaded(sheet);
      setMapping(guessRatingMapping(sheet.titles));
    } catch (e) {
      setError(errorText(e));
    }
  }

  function review() {
    if (!loaded || !data) return;
    if (!mapping.includes('fullName') || !mapping.includes('rating')) return setError('Cần chọn cột “Họ và tên” và cột “Xếp loại chất lượng” rồi xem trước lại.');
    setError(null);
    const people = data.participants.filter((p) => p.category === 'individual').map((p) => ({ participantId: p.id, name: p.displayName, current: p.yearResult }));
    setPlan(ratingDryRun({ rows: loaded.rows, dataStart: loaded.dataStart, mapping, people, newId }));
  }

  async function apply() {
    if (!plan || !loaded || !data) return;
    setBusy(true);
    setError(null);
    try {
      const rev = new Map(data.participants.map((p) => [p.id, p.rev]));
      const rows = plan.changes.map((c) => ({ participantId: c.participantId, expectedRev: rev.get(c.participantId) ?? 0, result: c.result }));
      const { changed } = await saveYearResults(campaignId, rows, `Nhập xếp loại từ tệp “${loaded.fileName}”`);
      setDone(`Đã nhập xếp loại của ${changed} người.`);
      setPlan(null);
      setLoaded(null);
    } catch (e) {
      setError(`${errorText(e)} Chưa có gì được ghi.`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page
      title="Nhập xếp loại từ bảng tính"
      lead={data?.campaign?.shortName ?? 'Đang tải…'}
      help={
        <>
          <strong>Trang này để làm gì?</strong> Đưa bảng tổng hợp xếp loại chất lượng cuối năm (Excel .xlsx hoặc .csv) vào chương trình mà không phải
          chọn lại từng người. Mỗi dòng được ghép với một người trong danh sách bình xét theo họ tên; dòng không ghép được thì bị bỏ qua và nêu lý do.
        </>
      }
    >
      <CampaignTabs campaignId={campaignId} />
      {done && (
        <Alert tone="success" title={done}>
          <Link to={`/campaigns/${campaignId}/year-results`}>Xem kết quả năm và danh hiệu đủ tiêu chuẩn</Link>
        </Alert>
      )}
      <section className="card" aria-labelledby="rating-step-1">
        <h2 id="rating-step-1">1. Chọn tệp</h2>
        <p className="muted small">Một dòng tiêu đề, mỗi người một dòng. Các cột: Họ và tên, Xếp loại (ví dụ “Hoàn thành tốt nhiệm vụ” hoặc “HTTNV”), Kỷ luật (để trống nếu không), và nếu có: Tên sáng kiến, Số và Ngày quyết định công nhận.</p>
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
        {loaded && <p className="muted small">Tệp “{loaded.fileName}”: {loaded.rows.length - loaded.dataStart} dòng dữ liệu, bắt đầu từ dòng {loaded.dataStart + 1}.</p>}
      </section>
      {error && <Alert tone="danger" title="Chưa nhập được">{error}</Alert>}
      {loaded && (
        <section className="card" aria-labelledby="rating-step-2">
          <h2 id="rating-step-2">2. Kiểm tra các cột</h2>
          <ImportMapping<RatingImportField> titles={loaded.titles} rows={loaded.rows} dataStart={loaded.dataStart} mapping={mapping} fields={RATING_IMPORT_FIELDS} labels={RATING_IMPORT_LABELS} onMapping={(m) => { setMapping(m); setPlan(null); }} />
          <div className="form-actions">
            <button type="button" className="btn btn-primary" onClick={review}>
              Xem trước kết quả
            </button>
          </div>
        </section>
      )}
      {plan && (
        <section className="card" aria-labelledby="rating-step-3">
          <h2 id="rating-step-3">3. Xem trước (chưa ghi gì)</h2>
          <p>
            <strong>{plan.changes.length}</strong> người được cập nhật, {plan.unchanged} không thay đổi, <strong>{plan.skipped.length}</strong> dòng bị bỏ qua.
          </p>
          {plan.skipped.length > 0 && (
            <table className="table" aria-label="Dòng bị bỏ qua">
              <thead>
                <tr><th scope="col">Dòng</th><th scope="col">Họ và tên</th><th scope="col">Lý do</th></tr>
              </thead>
              <tbody>
                {plan.skipped.map((s) => (
                  <tr key={s.rowNumber}><td>{s.rowNumber}</td><td>{s.name}</td><td>{s.reason}</td></tr>
                ))}
              </tbody>
            </table>
          )}
          {plan.changes.length > 0 && (
            <table className="table" aria-label="Người được cập nhật" style={{ marginTop: 12 }}>
              <thead>
                <tr><th scope="col">Dòng</th><th scope="col">Họ và tên</th><th scope="col">Xếp loại</th><th scope="col">Kỷ luật</th><th scope="col">Sáng kiến</th></tr>
              </thead>
              <tbody>
                {plan.changes.map((c) => (
                  <tr key={c.rowNumber}>
                    <td>{c.rowNumber}</td><td>{c.name}</td><td>{c.result.rating ? QUALITY_RATING_LABELS[c.result.rating] : ''}</td><td>{DISCIPLINE_LABELS[c.result.discipline]}</td><td>{c.result.initiatives.map((i) => i.name).join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="form-actions">
            <button type="button" className="btn" onClick={() => setPlan(null)}>Quay lại sửa cột</button>
            <button type="button" className="btn btn-primary" disabled={busy || plan.changes.length === 0} onClick={() => void apply()}>
              {plan.changes.length === 0 ? 'Không có gì thay đổi' : `Nhập xếp loại của ${plan.changes.length} người`}
            </button>
          </div>
        </section>
      )}
    </Page>
  );
}

export { YearResultsImportPage as Component };
