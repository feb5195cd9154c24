// Typed errors thrown by the data layer and domain rules. They carry a code; the
// Vietnamese wording lives at the edge (ui/error-text.ts), in one place.

export type DomainErrorCode =
  | 'validation'
  | 'not-found'
  | 'stale'
  | 'quota'
  | 'forbidden-state'
  | 'conflict'
  | 'backup-format'
  | 'file';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Data failed its schema; `details` lists each problem in Vietnamese, with its field. */
export class ValidationError extends DomainError {
  constructor(
    message: string,
    details: readonly string[] = [],
    readonly fieldErrors: Readonly<Record<string, string>> = {},
  ) {
    super('validation', message, details);
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string) {
    super('not-found', `Không tìm thấy ${entity} (mã ${id}). Có thể bản ghi đã bị xoá ở cửa sổ khác.`);
    this.name = 'NotFoundError';
  }
}

/** The record changed in another tab since it was read: never overwrite silently. */
export class StaleWriteError extends DomainError {
  constructor(
    readonly entity: string,
    readonly id: string,
    readonly expectedRev: number,
    readonly actualRev: number,
  ) {
    super('stale', 'Dữ liệu đã được thay đổi ở cửa sổ khác. Hãy tải lại để xem bản mới nhất trước khi lưu.');
    this.name = 'StaleWriteError';
  }
}

export class QuotaError extends DomainError {
  constructor() {
    super(
      'quota',
      'Bộ nhớ của trình duyệt đã đầy nên chưa lưu được. Hãy tải bản sao lưu, xoá bớt tệp đính kèm lớn hoặc giải phóng ổ đĩa rồi thử lại.',
    );
    this.name = 'QuotaError';
  }
}

/** Where the person goes to do what a refusal asks (a page of the app and its button's label). */
export interface StepLink {
  to: string;
  label: string;
}

/** An action not allowed in the record's current state (e.g. editing a closed round). */
export class StateError extends DomainError {
  constructor(
    message: string,
    readonly link?: StepLink,
  ) {
    super('forbidden-state', message);
    this.name = 'StateError';
  }
}
