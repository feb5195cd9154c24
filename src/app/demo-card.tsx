// One click to load the demo dataset ("Dữ liệu mẫu"), one to remove it; real data untouched.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { FlaskConical, Trash2 } from 'lucide-react';
import { isDemoLoaded } from '../db/demo-status';
import { ConfirmDialog } from '../ui/dialog';
import { errorText } from '../ui/error-text';
import { useToast } from '../ui/toast';
import { Alert } from '../ui/alert';

export function DemoCard() {
  const loaded = useLiveQuery(isDemoLoaded, []);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const navigate = useNavigate();

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setError(null);
    try {
      const message = await action();
      toast.show(typeof message === 'string' && message ? message : done);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  if (loaded === undefined) return null;
  return (
    <section className="card" aria-labelledby="demo-title">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <div className="row" style={{ alignItems: 'flex-start', flex: 1, minWidth: 280, flexWrap: 'nowrap' }}>
          <FlaskConical size={22} aria-hidden="true" style={{ marginTop: 2, flex: 'none' }} />
          <div style={{ flex: 1 }}>
            <h2 id="demo-title" style={{ marginBottom: 4 }}>
              Dữ liệu mẫu
            </h2>
            <p className="muted" style={{ margin: 0 }}>
              {loaded
                ? 'Đang có dữ liệu mẫu của xã Văn Giáo. Xoá đi bất cứ lúc nào: dữ liệu bạn tự nhập không bị ảnh hưởng.'
                : 'Muốn xem thử trước? Nạp hai phong trào mẫu theo Kế hoạch 99/KH-UBND của xã Văn Giáo: một phong trào đã hoàn thành (Hội đồng đã họp, đã có quyết định, đủ mọi văn bản để xem và in thử) và một phong trào đang đánh giá, có minh chứng, đề xuất và Hội đồng 9 thành viên để bạn tự làm thử.'}
            </p>
          </div>
        </div>
        {loaded ? (
          <button type="button" className="btn btn-danger" disabled={busy} onClick={() => setConfirming(true)}>
            <Trash2 size={18} aria-hidden="true" /> Xoá dữ liệu mẫu
          </button>
        ) : (
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() =>
              run(async () => {
                const { loadDemoData } = await import('../db/demo-data');
                const id = await loadDemoData();
                await navigate(`/campaigns/${id}`);
              }, 'Đã nạp dữ liệu mẫu')
            }
          >
            <FlaskConical size={18} aria-hidden="true" /> Dùng dữ liệu mẫu
          </button>
        )}
      </div>
      {error && (
        <div style={{ marginTop: 12 }}>
          <Alert tone="danger">{error}</Alert>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title="Xoá dữ liệu mẫu?"
        message="Mọi bản ghi của dữ liệu mẫu (hai phong trào mẫu, đơn vị, cán bộ mẫu và những gì đã làm trong các phong trào mẫu) sẽ bị xoá. Dữ liệu bạn tự nhập vẫn giữ nguyên; đơn vị, cán bộ mẫu mà phong trào của bạn đang dùng cũng được giữ lại."
        confirmLabel="Xoá dữ liệu mẫu"
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void run(async () => {
            const { demoRemovalMessage, removeDemoData } = await import('../db/demo-data');
            return demoRemovalMessage(await removeDemoData());
          }, 'Đã xoá dữ liệu mẫu');
        }}
      />
    </section>
  );
}

