// Dates are stored as ISO calendar dates ("2024-04-26") and always shown dd/mm/yyyy,
// whatever the browser's locale.

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isValidYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return !!m && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** "2024-04-26" → "26/04/2024"; anything else is returned unchanged. */
export function formatDate(iso: IsoDate | undefined | null): string {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso.slice(0, 10));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Accepts 26/4/2024, 26-04-2024, 26.04.2024 (and an ISO date); returns ISO or null. */
export function parseVietnameseDate(input: string): IsoDate | null {
  const text = input.trim();
  if (isIsoDate(text)) return text;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!m) return null;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  const y = Number(m[3]);
  if (!isValidYmd(y, mo, d)) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A timestamp shown as "26/04/2024 14:05" in local time. */
export function formatDateTime(isoTimestamp: string | undefined | null): string {
  if (!isoTimestamp) return '';
  const d = new Date(isoTimestamp);
  if (Number.isNaN(d.getTime())) return isoTimestamp;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Today's local date as ISO. */
export function todayIso(now: Date = new Date()): IsoDate {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * The dateline of an administrative document (Nghị định 30/2020): days under 10 and
 * months 1–2 are zero-padded. "Văn Giáo, ngày 26 tháng 4 năm 2024".
 */
export function documentDateLine(place: string, iso: IsoDate | undefined | null): string {
  const m = iso ? ISO_DATE.exec(iso) : null;
  if (!m) return `${place}, ngày …… tháng …… năm ……`;
  const day = Number(m[3]);
  const month = Number(m[2]);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${m[1]}`;
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
