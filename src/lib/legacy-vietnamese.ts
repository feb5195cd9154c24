// Text typed with the pre-Unicode Vietnamese fonts (TCVN3/ABC ".VnTime", VNI-Windows)
// arrives in spreadsheets as Latin-1 gibberish ("NguyÔn V¨n An", "Nguyeãn Vaên An").
// This module detects such text and converts it to Unicode (NFC).

export type LegacyEncoding = 'tcvn3' | 'vni';

// TCVN3 (ABC): one byte per Vietnamese letter; capitals with tones do not exist in .VnTime
// (the .VnTimeH fonts draw the lowercase codes as capitals), so only these capitals do.
const TCVN3_LOWER = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
const TCVN3_CODES = 'µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ';
const TCVN3_CAPITALS: Record<string, string> = { '¡': 'Ă', '¢': 'Â', '£': 'Ê', '¤': 'Ô', '¥': 'Ơ', '¦': 'Ư', '§': 'Đ' };

const TCVN3_MAP = new Map<string, string>(Object.entries(TCVN3_CAPITALS));
for (let i = 0; i < TCVN3_CODES.length; i++) TCVN3_MAP.set(TCVN3_CODES[i] ?? '', TCVN3_LOWER[i] ?? '');

// VNI-Windows: a base letter followed by a mark character; a few letters are single bytes.
const TONES: Record<string, string> = { ù: '\u0301', ø: '\u0300', û: '\u0309', õ: '\u0303', ï: '\u0323' };
const HAT_TONES: Record<string, string> = { â: '', á: '\u0301', à: '\u0300', å: '\u0309', ã: '\u0303', ä: '\u0323' };
const BREVE_TONES: Record<string, string> = { ê: '', é: '\u0301', è: '\u0300', ú: '\u0309', ü: '\u0303', ë: '\u0323' };
const VNI_SINGLE: Record<string, string> = { í: 'í', ì: 'ì', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ', ô: 'ơ', ö: 'ư', ñ: 'đ' };

const VNI_PAIRS = new Map<string, string>();
const VNI_SINGLES = new Map<string, string>();
function addPair(base: string, mark: string, combining: string) {
  for (const [b, m] of [
    [base, mark],
    [base.toUpperCase(), mark.toUpperCase()],
  ] as const) {
    const letter = b === 'ô' || b === 'Ô' ? (b === 'ô' ? 'ơ' : 'Ơ') : b === 'ö' || b === 'Ö' ? (b === 'ö' ? 'ư' : 'Ư') : b;
    VNI_PAIRS.set(b + m, (letter + combining).normalize('NFC'));
  }
}
for (const base of ['a', 'e', 'o', 'u', 'y', 'ô', 'ö']) for (const [m, c] of Object.entries(TONES)) addPair(base, m, c);
for (const base of ['a', 'e', 'o']) for (const [m, c] of Object.entries(HAT_TONES)) addPair(base, m, '\u0302' + c);
for (const [m, c] of Object.entries(BREVE_TONES)) addPair('a', m, '\u0306' + c);
for (const [k, v] of Object.entries(VNI_SINGLE)) {
  VNI_SINGLES.set(k, v);
  VNI_SINGLES.set(k.toUpperCase(), v.toUpperCase());
}

/** Words typed in capitals (".VnTimeH") stay in capitals after conversion. */
function keepCapitals(original: string, converted: string): string {
  const o = original.split(' ');
  return converted
    .split(' ')
    .map((w, i) => {
      const letters = (o[i] ?? '').replace(/[^A-Za-z]/g, '');
      return letters.length > 1 && letters === letters.toUpperCase() ? w.toUpperCase() : w;
    })
    .join(' ');
}

export function convertTcvn3(text: string): string {
  const out = [...text].map((ch) => TCVN3_MAP.get(ch) ?? ch).join('');
  return keepCapitals(text, out).normalize('NFC');
}

export function convertVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = VNI_PAIRS.get(text.slice(i, i + 2));
    if (pair) {
      out += pair;
      i++;
      continue;
    }
    const ch = text[i] ?? '';
    out += VNI_SINGLES.get(ch) ?? ch;
  }
  return out.normalize('NFC');
}

// Latin-1 letters that Vietnamese Unicode text legitimately uses.
const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

// Vowel groups of Vietnamese syllables, tones removed ("người" → "ươ").
const VOWEL_GROUPS = new Set(
  ('a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê ' +
    'iêu yêu oai oao oay oeo uây uôi ươi ươu uya uyê uyu').split(' '),
);

function hasVietnameseVowels(word: string): boolean {
  const toneless = word.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC').toLowerCase();
  const groups = toneless.replace(/^(qu|gi)(?=[aăâeêioôơuưy])/, '').match(/[aăâeêioôơuưy]+/g) ?? [];
  return groups.every((g) => VOWEL_GROUPS.has(g));
}

function isDecoratedVowel(ch: string): boolean {
  const base = ch.normalize('NFD');
  return base.length > 1 && /^[aeiouy]/i.test(base);
}

/** How un-Vietnamese a text looks: 0 for ordinary Unicode Vietnamese (or plain ASCII). */
export function legacySuspicion(text: string): number {
  let score = 0;
  const chars = [...text];
  chars.forEach((ch, i) => {
    const code = ch.charCodeAt(0);
    if (code >= 0xa0 && code <= 0xff && !VIETNAMESE_LATIN1.has(ch)) score++;
    const prev = chars[i - 1] ?? '';
    // No Vietnamese syllable has a plain a/e followed by a vowel bearing a mark ("aê", "eã").
    if (/[aeAE]/.test(prev) && isDecoratedVowel(ch)) score++;
    // A capital with a mark inside a lowercase word ("NguyÔn").
    if (code >= 0xc0 && code <= 0xde && /\p{Ll}/u.test(prev)) score++;
  });
  for (const word of text.split(/\s+/)) {
    if ((word.normalize('NFD').match(TONE_MARKS)?.length ?? 0) > 1) score++;
    if (/[^ -~]/.test(word) && !hasVietnameseVowels(word)) score++;
  }
  return score;
}

export interface LegacyConversion {
  text: string;
  /** Set when the input was legacy-encoded and has been converted. */
  from?: LegacyEncoding;
}

/** Converts text if (and only if) it looks legacy-encoded and a conversion makes it Vietnamese. */
export function toUnicodeVietnamese(text: string): LegacyConversion {
  const before = legacySuspicion(text);
  if (before === 0) return { text };
  const tcvn = convertTcvn3(text);
  const vni = convertVni(text);
  const tcvnScore = legacySuspicion(tcvn);
  const vniScore = legacySuspicion(vni);
  if (Math.min(tcvnScore, vniScore) >= before) return { text };
  return vniScore < tcvnScore ? { text: vni, from: 'vni' } : { text: tcvn, from: 'tcvn3' };
}

export const LEGACY_ENCODING_LABELS: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (ABC, phông .Vn)',
  vni: 'VNI',
};

/** For tests and fixtures: Unicode → TCVN3 (lowercase letters and the seven capitals). */
export function toTcvn3(text: string): string {
  const reverse = new Map([...TCVN3_MAP].map(([k, v]) => [v, k]));
  return [...text.normalize('NFC')].map((ch) => reverse.get(ch) ?? ch).join('');
}

/** For tests and fixtures: Unicode → VNI. */
export function toVni(text: string): string {
  const reverse = new Map<string, string>();
  for (const [k, v] of VNI_SINGLES) if (!reverse.has(v)) reverse.set(v, k);
  for (const [k, v] of VNI_PAIRS) reverse.set(v, k);
  return [...text.normalize('NFC')].map((ch) => reverse.get(ch) ?? ch).join('');
}
