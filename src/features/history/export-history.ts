// Downloads the ledger, as filtered on screen, as .xlsx; write-excel-file loads only when asked.
import { historyExportRows, type HistoryRow } from '../../domain/award-history-view';
import { todayIso } from '../../lib/vi-date';
import { saveFile as download } from '../../ui/save-file';

const WIDTHS = [6, 8, 28, 10, 28, 40, 16, 14, 36, 14, 34];

export async function exportHistory(rows: readonly HistoryRow[]): Promise<number> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const [header = [], ...body] = historyExportRows(rows);
  // Every cell as text, as the register's export: Excel never evaluates a name starting with "=".
  const data = [
    header.map((value) => ({ value, type: String, fontWeight: 'bold' as const })),
    ...body.map((cells) => cells.map((value) => ({ value, type: String }))),
  ];
  const blob = await writeXlsxFile(data, { sheet: 'Sổ thi đua, khen thưởng', columns: WIDTHS.map((width) => ({ width })), stickyRowsCount: 1 }).toBlob();
  download(blob, `so-thi-dua-khen-thuong-${todayIso()}.xlsx`);
  return rows.length;
}
