// "Kinh phí khen thưởng": the reward money of every signed decision, by year and by decision,
// for the finance officer (quỹ thi đua, khen thưởng), with an Excel download. The amounts are those
// each decision stored when it was made; this page adds them up and never recomputes one.
import { useState } from 'react';
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { Download, Wallet } from 'lucide-react';
import { readMoneyReport } from '../../db/money-report-read';
import { moneyReport, moneyReportSheets, moneyWords, NO_AMOUNT, type MoneyLine, type YearMoney } from '../../domain/money-report';
import { formatDate } from '../../lib/vi-date';
import { formatDecimal, formatMoney, formatNumber } from '../../lib/vi-money';
import { EmptyState } from '../../ui/empty-state';
import { ErrorMessage } from '../../ui/error-message';
import { Page } from '../../ui/page';
import { saveFile } from '../../ui/save-file';

async function downloadXlsx(years: readonly YearMoney[]): Promise<void> {
  const { summary, detail } = moneyReportSheets(years, formatDate);
  // Text cells as text (a name starting with "=" is never a formula), money and counts as numbers.
  const cells = (rows: (string | number)[][]) => rows.map((r) => r.map((value) => (typeof value === 'number' ? { value, type: Number, format: Number.isInteger(value) ? '#,##0' : '0.0' } : { value, type: String })));
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const blob = await writeXlsxFile([
    { data: cells(summary), sheet: 'Tổng hợp', columns: [{ width: 8 }, { width: 18 }, { width: 12 }, { width: 44 }, { width: 10 }, { width: 10 }, { width: 18 }, { width: 36 }] },
    { data: cells(detail), sheet: 'Chi tiết', columns: [{ width: 8 }, { width: 18 }, { width: 12 }, { width: 36 }, { width: 6 }, { width: 32 }, { width: 36 }, { width: 8 }, { width: 16 }, { width: 18 }, { width: 30 }] },
  ] as never).toBlob();
  const span = years.length ? `${years.at(-1)?.year}-${years[0]?.year}` : 'trong';
  saveFile(blob, `kinh-phi-khen-thuong-${span}.xlsx`);
}

/** A sum in a table cell: the known money, the lines without an amount said under it in words. */
function MoneyCell({ total, unknown, lines }: { total: number; unknown: number; lines: number }) {
  if (lines > 0 && unknown === lines) return <span className="muted">{NO_AMOUNT}</span>;
  return (
    <>
      <span className="nowrap">{formatMoney(total)}</span>
      {unknown > 0 && <div className="small muted" style={{ fontWeight: 400, whiteSpace: 'nowrap' }}>{unknown} dòng {NO_AMOUNT}</div>}
    </>
  );
}

/** One recipient's line: the decision's own reckoning, or the ledger's amount as it was written. */
function lineText(l: MoneyLine): string {
  if (l.amount === null) return `${l.recipient}: ${l.award}, ${NO_AMOUNT}`;
  if (l.coefficient === null || l.baseSalary === null) return `${l.recipient}: ${l.award}, ${formatMoney(l.amount)}`;
  return `${l.recipient}: ${l.award}, hệ số ${formatDecimal(l.coefficient)} × ${formatNumber(l.baseSalary)} đ = ${formatMoney(l.amount)}`;
}

export function MoneyReportPage() {
  const data = useLiveQuery(readMoneyReport, []);
  const [error, setError] = useState<unknown>(null);
  const years = data ? moneyReport(data.lines) : undefined;
  const download = () => {
    if (!years) return;
    setError(null);
    downloadXlsx(years).catch(setError);
  };
  return (
    <Page
      title="Kinh phí khen thưởng"
      breadcrumb={<Link to="/documents">Văn bản</Link>}
      lead="Tiền thưởng theo từng năm và từng quyết định đã ký, kể cả các năm trước nhập từ sổ theo dõi, để đối chiếu quỹ thi đua, khen thưởng."
      actions={
        years && years.length > 0 ? (
          <button type="button" className="btn btn-primary" onClick={download}>
            <Download size={18} aria-hidden="true" /> Tải Excel
          </button>
        ) : undefined
      }
      help={
        <p>
          <strong>Số liệu lấy từ đâu?</strong> Từ các quyết định khen thưởng đã ký (phong trào đã chuyển sang “Đã có quyết định” hoặc “Đã kết thúc”), và
          từ sổ theo dõi thi đua, khen thưởng các năm trước đã nhập từ bảng tính (đánh dấu “Nhập từ sổ”; dòng nào sổ không ghi số tiền thì báo “{NO_AMOUNT}”, không tính là 0 đồng).
          Số tiền là số đã ghi trong quyết định lúc lập, theo mức lương cơ sở tại ngày ký; sửa bảng lương cơ sở về sau không làm thay đổi báo cáo này.
          Quyết định được tính vào năm ký (ví dụ phong trào năm 2024 khen thưởng tháng 01/2025 thì chi năm 2025).
        </p>
      }
    >
      {error !== null && <ErrorMessage error={error} />}
      {data === undefined || years === undefined ? (
        <p className="muted">Đang tải…</p>
      ) : (
        <>
          {data.drafts.length > 0 && (
            <p className="alert alert-info" role="note">
              Chưa tính: quyết định của {data.drafts.map((d, i) => (
                <span key={d.campaignId}>{i > 0 ? ', ' : ''}<Link to={`/campaigns/${d.campaignId}/documents/decision`}>{d.name}</Link></span>
              ))}{' '}
              chưa được ghi nhận là đã ký (phong trào chưa chuyển sang “Đã có quyết định”).
            </p>
          )}
          {data.undated.length > 0 && (
            <p className="alert alert-warning" role="note">
              Chưa tính: quyết định của {data.undated.map((d) => d.name).join(', ')} chưa ghi ngày ký, nên chưa biết thuộc năm nào. Hãy ghi ngày ký ở trang Quyết định.
            </p>
          )}
          {data.alreadyReported > 0 && (
            <p className="alert alert-info" role="note">
              {data.alreadyReported} dòng của sổ theo dõi đã nhập thuộc quyết định đã có trong phần mềm (cùng năm, cùng số quyết định) nên không tính lại.
            </p>
          )}
          {years.length === 0 ? (
            <EmptyState icon={Wallet} title="Chưa có quyết định khen thưởng nào đã ký">
              Khi Chủ tịch ký quyết định và phong trào được chuyển sang “Đã có quyết định”, tiền thưởng sẽ hiện ở đây.
            </EmptyState>
          ) : (
            years.map((y) => (
              <section key={y.year} className="card" aria-labelledby={`money-${y.year}`}>
                <h2 id={`money-${y.year}`}>
                  Năm {y.year}: {moneyWords(y.total, y.unknownAmounts, y.collectives + y.individuals, formatMoney)}
                </h2>
                <p className="muted small">
                  {y.decisions.length} quyết định · {y.collectives} tập thể · {y.individuals} cá nhân
                </p>
                <div className="table-wrap">
                  <table className="table">
                    <thead>
                      <tr><th>Quyết định</th><th>Ngày ký</th><th>Nội dung</th><th className="num">Tập thể</th><th className="num">Cá nhân</th><th className="num">Số tiền</th></tr>
                    </thead>
                    <tbody>
                      {y.decisions.map((d) => (
                        <tr key={d.key}>
                          <td className="nowrap">{d.number || '(chưa ghi số)'}</td>
                          <td>{d.date ? formatDate(d.date) : <span className="muted">không ghi</span>}</td>
                          <td>
                            <details>
                              <summary>
                                {d.imported && <span className="badge badge-info" style={{ marginRight: 6 }}>Nhập từ sổ</span>}
                                {d.source}
                              </summary>
                              <ol className="small">
                                {d.lines.map((l, i) => (
                                  <li key={i}>{lineText(l)}</li>
                                ))}
                              </ol>
                            </details>
                          </td>
                          <td className="num">{d.collectives}</td>
                          <td className="num">{d.individuals}</td>
                          <td className="num">
                            <MoneyCell total={d.total} unknown={d.unknownAmounts} lines={d.lines.length} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr><th colSpan={3}>Cộng năm {y.year}</th><th className="num">{y.collectives}</th><th className="num">{y.individuals}</th><th className="num"><MoneyCell total={y.total} unknown={y.unknownAmounts} lines={y.collectives + y.individuals} /></th></tr>
                    </tfoot>
                  </table>
                </div>
              </section>
            ))
          )}
        </>
      )}
    </Page>
  );
}
