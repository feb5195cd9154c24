// Which files may be attached to evidence (PDF, images, Word) and how big; pure checks that
// return the plain Vietnamese reason a file is refused, so the UI and the repository agree.
import { ATTACHMENT_MAX_BYTES } from './evidence';
import { DomainError } from './errors';

const ALLOWED: { ext: string[]; types: string[] }[] = [
  { ext: ['pdf'], types: ['application/pdf'] },
  { ext: ['jpg', 'jpeg'], types: ['image/jpeg'] },
  { ext: ['png'], types: ['image/png'] },
  { ext: ['gif'], types: ['image/gif'] },
  { ext: ['webp'], types: ['image/webp'] },
  { ext: ['bmp'], types: ['image/bmp'] },
  { ext: ['doc'], types: ['application/msword'] },
  { ext: ['docx'], types: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'] },
];

export const ALLOWED_EXTENSIONS = ALLOWED.flatMap((a) => a.ext);
/** For <input accept>: extensions and MIME types. */
export const ACCEPT_ATTRIBUTE = [...ALLOWED_EXTENSIONS.map((e) => `.${e}`), ...ALLOWED.flatMap((a) => a.types)].join(',');

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * The MIME type to store: the browser's when it is one we allow, else the one the extension
 * implies (Windows often reports "" or "application/octet-stream" for .doc files).
 */
export function normalisedType(name: string, type: string): string | null {
  const ext = extensionOf(name);
  const byExt = ALLOWED.find((a) => a.ext.includes(ext));
  if (!byExt) return null;
  if (byExt.types.includes(type)) return type;
  if (type === '' || type === 'application/octet-stream' || type === 'application/zip') return byExt.types[0] ?? null;
  return null;
}

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 0 })} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/** Null when the file may be attached, else why not (in Vietnamese, with what to do). */
export function attachmentProblem(file: { name: string; type: string; size: number }): string | null {
  if (normalisedType(file.name, file.type) === null) {
    return `Tệp “${file.name}” không đúng loại cho phép. Chỉ nhận tệp PDF, ảnh (JPG, PNG, GIF, WEBP, BMP) hoặc Word (DOC, DOCX).`;
  }
  if (file.size === 0) return `Tệp “${file.name}” rỗng (0 byte). Hãy kiểm tra lại tệp gốc rồi chọn lại.`;
  if (file.size > ATTACHMENT_MAX_BYTES) {
    return `Tệp “${file.name}” nặng ${formatFileSize(file.size)}, vượt giới hạn ${formatFileSize(ATTACHMENT_MAX_BYTES)} mỗi tệp. Hãy nén hoặc chia nhỏ tệp rồi thử lại.`;
  }
  return null;
}

export function isPreviewable(type: string): boolean {
  return type === 'application/pdf' || type.startsWith('image/');
}

/** A file refused before anything is written (wrong type, empty, too big, duplicate). */
export class AttachmentError extends DomainError {
  constructor(message: string) {
    super('file', message);
    this.name = 'AttachmentError';
  }
}
