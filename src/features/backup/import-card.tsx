// Khôi phục / gộp: choose a file, see what it holds and what would change, then confirm.
import { useId, useRef, useState } from 'react';
import { FolderOpen } from 'lucide-react';
import { mergeBackup, previewBackup, restoreBackup, type BackupPreview } from '../../db/backup-repo';
import { Alert } from '../../ui/alert';
import { errorDetails, errorText } from '../../ui/error-text';
import { useToast } from '../../ui/toast';
import { ImportConfirm, type ImportMode } from './import-confirm';
import { ImportPreview } from './import-preview';
import { JobProgress } from './job-progress';
import { useJob } from './use-job';

interface Failure {
  title: string;
  text: string;
  details: readonly string[];
}

export function ImportCard() {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const [fileName, setFileName] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [writing, setWriting] = useState(false);
  const [asking, setAsking] = useState<ImportMode | null>(null);
  const job = useJob();
  const toast = useToast();

  async function choose(file: File | undefined) {
    setPreview(null);
    setFailure(null);
    setDone(null);
    if (!file) return;
    setFileName(file.name);
    try {
      const result = await job.run('Đang đọc và kiểm tra tệp', (signal, onProgress) => previewBackup(file, { signal, onProgress }));
      if (result) setPreview(result);
      else toast.show('Đã huỷ đọc tệp');
    } catch (error) {
      setFailure({ title: `Không dùng được tệp “${file.name}”`, text: errorText(error), details: errorDetails(error) });
    }
    if (input.current) input.current.value = '';
  }

  async function apply(mode: ImportMode) {
    setAsking(null);
    if (!preview) return;
    setWriting(true);
    setFailure(null);
    try {
      if (mode === 'restore') {
        await restoreBackup(preview.parsed);
        setDone('Đã khôi phục dữ liệu từ tệp. Bản sao an toàn của dữ liệu cũ được giữ ở mục bên dưới.');
      } else {
        const plan = await mergeBackup(preview.parsed);
        setDone(`Đã gộp dữ liệu từ tệp${plan.conflicts.length ? `; ${plan.conflicts.length} xung đột đã được xử lý theo quy tắc` : ''}. Bản sao an toàn của dữ liệu cũ được giữ ở mục bên dưới.`);
      }
      setPreview(null);
    } catch (error) {
      setFailure({ title: 'Chưa ghi được dữ liệu — dữ liệu trên máy vẫn như cũ', text: errorText(error), details: errorDetails(error) });
    } finally {
      setWriting(false);
    }
  }

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">Khôi phục hoặc gộp từ tệp sao lưu</h2>
      <p className="muted">Chọn tệp .json đã tải từ Bình Xét (trên máy này hoặc máy khác). Tệp được kiểm tra kỹ và chưa ghi gì cho đến khi bạn xác nhận.</p>
      {/* A button-like label rather than the browser's own file box, whose words follow the
          browser's language ("Choose File") instead of the app's. */}
      <label className="btn file-pick">
        <FolderOpen size={18} aria-hidden="true" /> Chọn tệp sao lưu…
        <input
          id={inputId}
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          disabled={job.running || writing}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </label>
      <JobProgress job={job} />
      {failure && (
        <div style={{ marginTop: 12 }}>
          <Alert tone="danger" title={failure.title}>
            <p style={{ margin: 0 }}>{failure.text}</p>
            {failure.details.length > 1 && (
              <ul>
                {failure.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            )}
            <p className="small" style={{ margin: '6px 0 0' }}>Dữ liệu trên máy này không bị thay đổi.</p>
          </Alert>
        </div>
      )}
      {done && (
        <div style={{ marginTop: 12 }}>
          <Alert tone="success" title="Xong">
            {done}
          </Alert>
        </div>
      )}
      {preview && (
        <>
          <ImportPreview preview={preview} fileName={fileName} busy={writing} onRestore={() => setAsking('restore')} onMerge={() => setAsking('merge')} onCancel={() => setPreview(null)} />
          <ImportConfirm mode={asking} preview={preview} fileName={fileName} onConfirm={(mode) => void apply(mode)} onCancel={() => setAsking(null)} />
        </>
      )}
    </section>
  );
}
