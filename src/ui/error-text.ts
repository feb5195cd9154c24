// The one place that turns any error into plain Vietnamese for the person at the keyboard.
import { DomainError, StateError, type StepLink } from '../domain/errors';

export function errorText(error: unknown): string {
  if (error instanceof DomainError) return error.message;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') {
    return 'Bộ nhớ của trình duyệt đã đầy nên chưa lưu được. Hãy tải bản sao lưu, xoá bớt tệp đính kèm lớn rồi thử lại.';
  }
  if (name === 'DatabaseClosedError' || name === 'VersionChangeError') {
    return 'Cơ sở dữ liệu vừa được cập nhật ở một cửa sổ khác. Hãy tải lại trang (F5) rồi thử lại.';
  }
  if (name === 'NotReadableError') return 'Không đọc được tệp. Tệp có thể đang mở ở chương trình khác hoặc đã bị xoá.';
  return 'Đã có lỗi ngoài dự kiến nên thao tác chưa hoàn tất. Dữ liệu đã lưu trước đó vẫn còn nguyên. Hãy thử lại; nếu lỗi lặp lại, hãy tải bản sao lưu và báo cho người hỗ trợ.';
}

/** The page where the person does what a refusal asks (e.g. the overview, to change the stage). */
export function errorLink(error: unknown): StepLink | undefined {
  return error instanceof StateError ? error.link : undefined;
}

/** Extra lines (e.g. each invalid field) when the error carries them. */
export function errorDetails(error: unknown): readonly string[] {
  return error instanceof DomainError ? error.details : [];
}
