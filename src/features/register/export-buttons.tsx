// Two buttons that download the register as Excel or CSV.
import { useState } from 'react';
import { Download } from 'lucide-react';
import { errorText } from '../../ui/error-text';
import { useToast } from '../../ui/toast';
import { exportRegister } from './export-register';

export function ExportButtons() {
  const [busy, setBusy] = useState(false);
  const toast = useToast();
  const run = (format: 'xlsx' | 'csv') => {
    setBusy(true);
    exportRegister(format)
      .then((n) => toast.show(`Đã tải danh sách ${n} người (${format === 'xlsx' ? 'Excel' : 'CSV'})`))
      .catch((error: unknown) => toast.show(errorText(error), undefined, 8000))
      .finally(() => setBusy(false));
  };
  return (
    <>
      <button type="button" className="btn" onClick={() => run('xlsx')} disabled={busy}>
        <Download size={18} aria-hidden="true" /> Xuất Excel
      </button>
      <button type="button" className="btn" onClick={() => run('csv')} disabled={busy}>
        <Download size={18} aria-hidden="true" /> Xuất CSV
      </button>
    </>
  );
}
