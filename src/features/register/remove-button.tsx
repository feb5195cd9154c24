// "Xoá" for a unit or a person: deleted when nothing refers to it, archived otherwise
// (a campaign's documents must still find who took part).
import { useState } from 'react';
import { Archive } from 'lucide-react';
import type { RemovalOutcome } from '../../db/register-repo';
import { ConfirmDialog } from '../../ui/dialog';
import { errorText } from '../../ui/error-text';
import { useToast } from '../../ui/toast';

interface Props {
  name: string;
  remove: () => Promise<RemovalOutcome>;
}

export function RemoveButton({ name, remove }: Props) {
  const [open, setOpen] = useState(false);
  const toast = useToast();
  return (
    <>
      <button type="button" className="btn btn-sm btn-ghost" onClick={() => setOpen(true)} aria-label={`Xoá hoặc lưu trữ ${name}`}>
        <Archive size={16} aria-hidden="true" /> Xoá
      </button>
      <ConfirmDialog
        open={open}
        title={`Xoá “${name}”?`}
        message="Nếu đã đăng ký vào một phong trào (hoặc còn cán bộ thuộc đơn vị này), mục sẽ được lưu trữ thay vì xoá hẳn: ẩn khỏi danh sách nhưng văn bản cũ vẫn giữ nguyên tên."
        confirmLabel="Xoá"
        danger
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          remove().then(
            (outcome) => toast.show(outcome === 'archived' ? `Đã lưu trữ “${name}” (đang được dùng nên không xoá hẳn)` : `Đã xoá “${name}”`),
            (error: unknown) => toast.show(errorText(error), undefined, 8000),
          );
        }}
      />
    </>
  );
}
