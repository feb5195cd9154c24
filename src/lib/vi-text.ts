// Vietnamese text handling: normalisation on the way in, accent-free search, and the
// Vietnamese way of sorting people (given name first, then the rest).

/** NFC, no zero-width or non-breaking oddities, single spaces, trimmed: what Word pastes is rarely clean. */
export function cleanText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF\u00AD]/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\r?\n */g, '\n')
    .trim();
}

/** A single line: any line break becomes a space. */
export function cleanLine(input: string): string {
  return cleanText(input).replace(/\n+/g, ' ');
}

/** Lower case without diacritics; đ/Đ become d, which NFD alone does not do. */
export function foldForSearch(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every word of the query appears, accents and case ignored. */
export function matchesSearch(haystack: string, query: string): boolean {
  const q = foldForSearch(query);
  if (!q) return true;
  const h = foldForSearch(haystack);
  return q.split(' ').every((word) => h.includes(word));
}

// Vietnamese alphabet order (a < ă < â, d < đ) with tones as secondary differences.
export const viCollator = new Intl.Collator('vi', { numeric: true });

/** "Nguyễn Văn An" → ["An", "Nguyễn Văn"]. */
export function splitGivenName(fullName: string): [given: string, rest: string] {
  const words = cleanLine(fullName).split(' ');
  const given = words.pop() ?? '';
  return [given, words.join(' ')];
}

/** Compare two full names the Vietnamese way: by given name, then family and middle names. */
export function compareVietnameseNames(a: string, b: string): number {
  const [ga, ra] = splitGivenName(a);
  const [gb, rb] = splitGivenName(b);
  return viCollator.compare(ga, gb) || viCollator.compare(ra, rb) || viCollator.compare(a, b);
}

export function compareText(a: string, b: string): number {
  return viCollator.compare(a, b);
}

/** Whether two names are one person's as typed (case, diacritic forms and spaces aside). */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => cleanLine(s).toLocaleLowerCase('vi');
  return !!norm(a) && norm(a) === norm(b);
}
