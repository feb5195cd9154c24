// Tells the person that a field they are editing was also changed elsewhere (another tab, the
// projector): the screen keeps what they typed, and saving replaces the other change.
import { Alert } from './alert';

export function ClashNotice({ fields, labels, saveLabel }: { fields: readonly string[]; labels: Record<string, string>; saveLabel: string }) {
  if (!fields.length) return null;
  const names = [...new Set(fields.map((path) => labels[path] ?? labels[path.split('.')[0] ?? '']).filter(Boolean))];
  return (
    <Alert tone="warning" title="Vừa có thay đổi được lưu ở nơi khác">
      {names.length ? `Ô bạn đang sửa cũng vừa được sửa ở cửa sổ khác: ${names.join(', ')}.` : 'Ô bạn đang sửa cũng vừa được sửa ở cửa sổ khác.'} Trên màn hình vẫn là nội
      dung bạn gõ; bấm “{saveLabel}” để lưu nội dung này thay cho bản kia, hoặc tải lại trang (F5) để xem bản kia.
    </Alert>
  );
}
