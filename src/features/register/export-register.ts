// Downloads the register as .xlsx (people and units sheets) or .csv (people, UTF-8 with BOM).
// write-excel-file is loaded only when the officer asks for an export.
import { listPeople, listUnits } from '../../db/register-repo';
import { peopleExportRows, unitsExportRows } from '../../domain/register-export';
import { toCsv } from '../../lib/csv';
import { todayIso } from '../../lib/vi-date';

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const asText = (rows: string[][]) => rows.map((r) => r.map((value) => ({ value, type: String })));

export async function exportRegister(format: 'xlsx' | 'csv'): Promise<number> {
  const [people, units] = await Promise.all([listPeople(), listUnits()]);
  const peopleRows = peopleExportRows(people, units);
  const base = `danh-sach-can-bo-${todayIso()}`;
  if (format === 'csv') {
    download(new Blob([toCsv(peopleRows)], { type: 'text/csv;charset=utf-8' }), `${base}.csv`);
    return peopleRows.length - 1;
  }
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  // Every cell is written as text: Excel then never evaluates a name that starts with "=".
  const blob = await writeXlsxFile([
    { data: asText(peopleRows), sheet: 'Cán bộ', columns: [{ width: 6 }, { width: 28 }, { width: 10 }, { width: 12 }, { width: 30 }, { width: 24 }, { width: 30 }, { width: 12 }] },
    { data: asText(unitsExportRows(units)), sheet: 'Đơn vị', columns: [{ width: 6 }, { width: 36 }, { width: 14 }, { width: 40 }, { width: 10 }] },
  ] as never).toBlob();
  download(blob, `${base}.xlsx`);
  return peopleRows.length - 1;
}
