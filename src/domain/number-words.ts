// Vietnamese numbers in words, as written in the "Bằng chữ:" line of a decision:
// 1_410_000 → "Một triệu bốn trăm mười nghìn đồng". Covers 0 to 10^12.

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const SCALES = ['', 'nghìn', 'triệu', 'tỷ'] as const;
export const MAX_NUMBER_IN_WORDS = 1_000_000_000_000;

/**
 * Words for a group of three digits (0..999). `full` forces "không trăm" and "lẻ" because a
 * higher group stands before it ("một nghìn không trăm lẻ năm").
 */
function groupWords(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(DIGITS[hundreds] ?? '', 'trăm');
  if (tens === 0) {
    if (units > 0 && (hundreds > 0 || full)) words.push('lẻ');
  } else if (tens === 1) {
    words.push('mười');
  } else {
    words.push(DIGITS[tens] ?? '', 'mươi');
  }
  if (units === 0) return words;
  if (units === 1) words.push(tens >= 2 ? 'mốt' : 'một');
  else if (units === 4) words.push(tens >= 2 ? 'tư' : 'bốn');
  else if (units === 5) words.push(tens >= 1 ? 'lăm' : 'năm');
  else words.push(DIGITS[units] ?? '');
  return words;
}

/** "một triệu bốn trăm mười nghìn" (lower case); throws outside 0..10^12 or for fractions. */
export function numberToWords(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > MAX_NUMBER_IN_WORDS) {
    throw new RangeError(`numberToWords: ${value} is outside 0..10^12`);
  }
  if (value === 0) return 'không';
  if (value === MAX_NUMBER_IN_WORDS) return 'một nghìn tỷ';
  // Split into groups of three digits, lowest first: 1_410_000 → [0, 410, 1].
  const groups: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i] ?? 0;
    if (g === 0) continue;
    const isHighest = i === groups.length - 1;
    words.push(...groupWords(g, !isHighest));
    const scale = SCALES[i];
    if (scale) words.push(scale);
  }
  return words.join(' ');
}

/** Capitalised, with the unit: "Một triệu bốn trăm mười nghìn đồng". */
export function moneyInWords(amount: number): string {
  const text = `${numberToWords(amount)} đồng`;
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
