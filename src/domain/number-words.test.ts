import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moneyInWords, numberToWords } from './number-words';

/** An independent reader of Vietnamese number words, to check the writer both ways. */
function wordsToNumber(text: string): number {
  const digit: Record<string, number> = {
    không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9,
  };
  let total = 0;
  let million = 0;
  let group = 0;
  let billionPart = 0;
  for (const w of text.split(' ')) {
    if (w in digit) group += digit[w] ?? 0;
    else if (w === 'mười') group += 10;
    else if (w === 'mươi') group = Math.floor(group / 100) * 100 + (group % 100) * 10;
    else if (w === 'trăm') group = group * 100;
    else if (w === 'lẻ') continue;
    else if (w === 'nghìn') { million += group * 1000; group = 0; }
    else if (w === 'triệu') { million = (million + group) * 1_000_000; total += million; million = 0; group = 0; }
    else if (w === 'tỷ') { billionPart = (total + million + group) * 1_000_000_000; total = 0; million = 0; group = 0; }
    else throw new Error(`unknown word ${w}`);
  }
  return billionPart + total + million + group;
}

describe('numberToWords', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [4, 'bốn'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [105, 'một trăm lẻ năm'],
    [110, 'một trăm mười'],
    [1005, 'một nghìn không trăm lẻ năm'],
    [1_010_000, 'một triệu không trăm mười nghìn'],
    [1_410_000, 'một triệu bốn trăm mười nghìn'],
    [2_340_000, 'hai triệu ba trăm bốn mươi nghìn'],
    [1_000_000_000, 'một tỷ'],
    [2_000_000_001, 'hai tỷ không trăm lẻ một'],
    [999_999_999_999, 'chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín'],
    [1_000_000_000_000, 'một nghìn tỷ'],
  ])('%d → %s', (n, words) => {
    expect(numberToWords(n)).toBe(words);
  });

  it('reads back exactly for every number 0..99,999', () => {
    for (let n = 0; n < 100_000; n++) expect(wordsToNumber(numberToWords(n))).toBe(n);
  });

  it('reads back for any number up to 10^12 and never doubles or leaves spaces', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        const w = numberToWords(n);
        expect(wordsToNumber(w)).toBe(n);
        expect(w).not.toMatch(/\s{2}|^\s|\s$/);
        expect(w).not.toMatch(/mươi một|mươi bốn(?! mươi)|mười năm|mươi năm(?! mươi| trăm)|lẻ mốt|lẻ lăm/);
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses fractions, negatives and numbers beyond 10^12', () => {
    expect(() => numberToWords(-1)).toThrow(RangeError);
    expect(() => numberToWords(1.5)).toThrow(RangeError);
    expect(() => numberToWords(1_000_000_000_001)).toThrow(RangeError);
  });
});

describe('moneyInWords', () => {
  it('capitalises and adds đồng', () => {
    expect(moneyInWords(1_410_000)).toBe('Một triệu bốn trăm mười nghìn đồng');
    expect(moneyInWords(0)).toBe('Không đồng');
  });
});
