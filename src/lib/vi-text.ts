// Vietnamese text handling: normalisation on the way in, accent-free search, and the
// Vietnamese way of sorting people (given name first, then the rest).

/**
 * NFC, no zero-width or non-breaking oddities, single spaces, trimmed: what Word pastes is rarely
 * clean. Invisible direction controls (U+202A–202E, U+2066–2069, LRM/RLM) are removed: they make
 * a name read backwards on screen and on paper. A zero-width joiner inside an emoji sequence stays,
 * so the sequence stays whole.
 */
export function cleanText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '')
    .replace(/(?<!\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu, '')
    .replace(/[\u200B\u200C\uFEFF\u00AD]/g, '')
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

/**
 * Units and people in one list: units first, each by its whole name ("Ấp Voi 1" before
 * "Ban Chỉ huy Quân sự xã"; by the last word every "… xã" would bunch together), then people
 * by given name.
 */
export function compareUnitsThenPeople(a: { name: string; person: boolean }, b: { name: string; person: boolean }): number {
  if (a.person !== b.person) return a.person ? 1 : -1;
  return a.person ? compareVietnameseNames(a.name, b.name) : compareText(a.name, b.name);
}

/**
 * A name typed all in lower (or all in upper) case, in proper case: "phạm minh tuấn" →
 * "Phạm Minh Tuấn". Null when the name already has capitals where a person put them.
 */
export function properCaseSuggestion(name: string): string | null {
  const clean = cleanLine(name);
  const hasLetters = /\p{L}/u.test(clean);
  const lower = clean.toLocaleLowerCase('vi');
  const upper = clean.toLocaleUpperCase('vi');
  if (!hasLetters || (clean !== lower && clean !== upper)) return null;
  const proper = lower
    .split(' ')
    .map((word) => (word ? word.charAt(0).toLocaleUpperCase('vi') + word.slice(1) : word))
    .join(' ');
  return proper === clean ? null : proper;
}

/** Whether two names are one person's as typed (case, diacritic forms and spaces aside). */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => cleanLine(s).toLocaleLowerCase('vi');
  return !!norm(a) && norm(a) === norm(b);
}
