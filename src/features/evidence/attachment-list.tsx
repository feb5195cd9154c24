// The files of one evidence entry: preview (images and PDFs, inside the app), download, remove.
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Download, Eye, FileText, Image, Trash2 } from 'lucide-react';
import { db } from '../../db/database';
import { loadAttachmentBlob, removeAttachment } from '../../db/evidence-repo';
import { formatFileSize, isPreviewable } from '../../domain/attachment-rules';
import type { Attachment } from '../../domain/evidence';
import { ConfirmDialog, Dialog } from '../../ui/dialog';
import { useToast } from '../../ui/toast';
import { errorText } from '../../ui/error-text';

export function AttachmentList({ ids }: { ids: string[] }) {
  const files = useLiveQuery(async () => (await db().attachments.bulkGet(ids)).filter((a): a is Attachment => !!a && !a.deletedAt), [ids.join(',')]);
  const [preview, setPreview] = useState<Attachment | null>(null);
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const toast = useToast();
  if (!files || files.length === 0) return null;

  async function download(file: Attachment) {
    const blob = await loadAttachmentBlob(file.id);
    if (!blob) return toast.show(`Không tìm thấy nội dung tệp “${file.name}”.`);
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = file.name;
    a.click();
    // Revoked after the browser has started the download.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return (
    <>
      <ul className="files" aria-label="Tệp đính kèm">
        {files.map((f) => (
          <li key={f.id}>
            {f.type.startsWith('image/') ? <Image size={16} aria-hidden="true" /> : <FileText size={16} aria-hidden="true" />}
            <span className="file-name" title={f.name}>
              {f.name}
            </span>
            <span className="file-size">{formatFileSize(f.size)}</span>
            {isPreviewable(f.type) && (
              <button type="button" className="btn btn-sm btn-ghost" onClick={() => setPreview(f)} aria-label={`Xem ${f.name}`}>
                <Eye size={16} aria-hidden="true" />
              </button>
            )}
            <button type="button" className="btn btn-sm btn-ghost" onClick={() => void download(f)} aria-label={`Tải về ${f.name}`}>
              <Download size={16} aria-hidden="true" />
            </button>
            <button type="button" className="btn btn-sm btn-ghost" onClick={() => setRemoving(f)} aria-label={`Xoá tệp ${f.name}`}>
              <Trash2 size={16} aria-hidden="true" />
            </button>
          </li>
        ))}
      </ul>
      <PreviewDialog file={preview} onClose={() => setPreview(null)} />
      <ConfirmDialog
        open={!!removing}
        title="Xoá tệp đính kèm?"
        message={<>Tệp “{removing?.name}” sẽ bị xoá khỏi minh chứng này.</>}
        confirmLabel="Xoá tệp"
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const file = removing;
          setRemoving(null);
          if (file) removeAttachment(file.id).then(() => toast.show(`Đã xoá tệp “${file.name}”`), (e: unknown) => toast.show(errorText(e), undefined, 8000));
        }}
      />
    </>
  );
}

function PreviewDialog({ file, onClose }: { file: Attachment | null; onClose: () => void }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file) return;
    let objectUrl: string | null = null;
    let alive = true;
    void loadAttachmentBlob(file.id).then((blob) => {
      if (!alive || !blob) return;
      objectUrl = URL.createObjectURL(blob.type ? blob : new Blob([blob], { type: file.type }));
      setUrl(objectUrl);
    });
    return () => {
      alive = false;
      setUrl(null);
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [file]);
  return (
    <Dialog open={!!file} title={file?.name ?? ''} onClose={onClose} wide actions={<button type="button" className="btn" onClick={onClose}>Đóng</button>}>
      {!url ? (
        <p className="muted">Đang mở tệp…</p>
      ) : file?.type === 'application/pdf' ? (
        <iframe className="preview-frame" src={url} title={`Xem trước ${file.name}`} />
      ) : (
        <img className="preview-image" src={url} alt={`Ảnh đính kèm ${file?.name ?? ''}`} />
      )}
    </Dialog>
  );
}
