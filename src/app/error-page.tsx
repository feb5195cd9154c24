// Shown when a page crashes: what happened in plain Vietnamese, and a way out with the data.
import { useState } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { AlertOctagon, Download, RotateCw } from 'lucide-react';
import { emergencyDump } from '../db/emergency-export';
import { errorText } from '../ui/error-text';
import { NotFoundPage } from './not-found-page';

export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <CrashScreen error={error} />;
}

export function CrashScreen({ error }: { error: unknown }) {
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  async function download() {
    setSaving(true);
    setSaveError(null);
    try {
      // The real backup file (loaded on demand: the first page carries no schema library);
      // if even that fails, the raw table dump, which the restore step upgrades.
      const real = () => import('../db/backup-repo').then((m) => m.exportForCrashScreen());
      const { blob, fileName } = await real().catch(async () => ({
        blob: await emergencyDump(),
        fileName: `binh-xet-khan-cap-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}.json`,
      }));
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setSaveError(errorText(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="page" style={{ maxWidth: 760 }}>
      <div className="card" role="alert">
        <div className="row" style={{ marginBottom: 12 }}>
          <AlertOctagon size={28} color="var(--c-danger)" aria-hidden="true" />
          <h1 style={{ fontSize: 24 }}>Trang này gặp sự cố</h1>
        </div>
        <p>{errorText(error)}</p>
        <p className="muted">
          Dữ liệu đã lưu trên máy không bị mất. Bạn có thể tải toàn bộ dữ liệu về một tệp để giữ an toàn, rồi tải lại trang.
        </p>
        {saveError && <p className="error">{saveError}</p>}
        <div className="row">
          <button type="button" className="btn btn-primary" onClick={download} disabled={saving}>
            <Download size={18} aria-hidden="true" /> {saving ? 'Đang chuẩn bị tệp…' : 'Tải bản sao lưu'}
          </button>
          <button type="button" className="btn" onClick={() => window.location.reload()}>
            <RotateCw size={18} aria-hidden="true" /> Tải lại trang
          </button>
          <a className="btn btn-ghost" href="/">
            Về trang Tổng quan
          </a>
        </div>
      </div>
    </div>
  );
}
