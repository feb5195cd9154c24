// Turning what IndexedDB and zod throw into the domain's typed errors.
import type { z } from 'zod';
import { DomainError, QuotaError, ValidationError } from '../domain/errors';

/** A quota error may arrive bare, or wrapped in Dexie's AbortError / a transaction's inner error. */
export function isQuotaError(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth < 5 && e && typeof e === 'object'; depth++) {
    const name = (e as { name?: string }).name;
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    const message = String((e as { message?: string }).message ?? '');
    if (/quota/i.test(message)) return true;
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

export function toDomainError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  if (isQuotaError(error)) return new QuotaError();
  return error;
}

/** zod issues as "Field: message" lines and a field → message map for forms. */
export function fromZodError(entityLabel: string, error: z.ZodError): ValidationError {
  const fieldErrors: Record<string, string> = {};
  const details = error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (path && !(path in fieldErrors)) fieldErrors[path] = issue.message;
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  return new ValidationError(`Dữ liệu ${entityLabel} chưa hợp lệ: ${details[0] ?? ''}`, details, fieldErrors);
}
