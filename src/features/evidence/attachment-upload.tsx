// Adding files to an evidence entry: one file at a time, each in its own small transaction,
// yielding to the page between files so 40 × 5 MB never freezes it; progress and a cancel
// button; every refused file is listed with its reason, the others are kept.
import { useRef, useState } from 'react';
import { Paperclip } from 'lucide-react';
import { ACCEPT_ATTRIBUTE, attachmentProblem, formatFileSize } from '../../domain/attachment-rules';
import { addAttachment, sha256Hex } from '../../db/evidence-repo';
import { Alert } from '../../ui/alert';
import { errorText } from '../../ui/error-text';

interface Progress {
  done: number;
  total: number;
  bytesDone: number;
  bytesTotal: number;
  current: string;
}

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function AttachmentUpload({ evidenceId, label }: { evidenceId: string; label: string }) {
  const input = useRef<HTMLInputElement>(null);
  const cancelled = useRef(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [summary, setSummary] = useState<string | null>(null);

  async function addFiles(files: File[]) {
    cancelled.current = false;
    setProblems([]);
    setSummary(null);
    const bytesTotal = files.reduce((s, f) => s + f.size, 0);
    const refused: string[] = [];
    let added = 0;
    let bytesDone = 0;
    for (const [i, file] of files.entries()) {
      if (cancelled.current) break;
      setProgress({ done: i, total: files.length, bytesDone, bytesTotal, current: file.name });
      await nextFrame();
      const problem = attachmentProblem(file);
      if (problem) refused.push(problem);
      else {
        try {
          await addAttachment(evidenceId, file, await sha256Hex(file));
          added++;
        } catch (error) {
          refused.push(errorText(error));
        }
      }
      bytesDone += file.size;
    }
    const skipped = cancelled.current ? files.length - added - refused.length : 0;
    setProgress(null);
    setProblems(refused);
    setSummary(`Đã thêm ${added}/${files.length} tệp.${skipped ? ` Đã dừng theo yêu cầu, ${skipped} tệp chưa thêm.` : ''}`);
  }

  return (
    <div className="upload">
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        hidden
        aria-label={`Chọn tệp đính kèm cho ${label}`}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) void addFiles(files);
        }}
      />
      <button type="button" className="btn btn-sm" onClick={() => input.current?.click()} disabled={!!progress}>
        <Paperclip size={16} aria-hidden="true" /> Đính kèm tệp
      </button>{' '}
      <span className="small muted">PDF, ảnh, Word; mỗi tệp tối đa 25 MB</span>
      {progress && (
        <div className="upload-progress" role="status">
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <span>
              Đang thêm tệp {progress.done + 1}/{progress.total}: “{progress.current}” ({formatFileSize(progress.bytesDone)} / {formatFileSize(progress.bytesTotal)})
            </span>
            <button type="button" className="btn btn-sm" onClick={() => (cancelled.current = true)}>
              Dừng thêm tệp
            </button>
          </div>
          <progress max={progress.bytesTotal || 1} value={progress.bytesDone} aria-label="Tiến độ thêm tệp" />
        </div>
      )}
      {summary && !progress && problems.length === 0 && <p className="small muted" role="status" style={{ margin: '6px 0 0' }}>{summary}</p>}
      {problems.length > 0 && (
        <div style={{ marginTop: 8 }}>
          <Alert tone="danger" title={`${summary ?? ''} Có ${problems.length} tệp không thêm được:`}>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </Alert>
        </div>
      )}
    </div>
  );
}
