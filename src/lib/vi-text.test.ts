import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanLine, cleanText, compareUnitsThenPeople, compareVietnameseNames, foldForSearch, matchesSearch, properCaseSuggestion } from './vi-text';

describe('search folding', () => {
  it('finds names without accents or case, đ included', () => {
    expect(matchesSearch('Nguyễn Văn An', 'nguyen van an')).toBe(true);
    expect(matchesSearch('Hồ Văn Đức', 'duc')).toBe(true);
    expect(matchesSearch('ĐOÀN THỊ ĐÀO', 'doan thi dao')).toBe(true);
    expect(matchesSearch('Nguyễn Văn An', 'van an')).toBe(true);
    expect(matchesSearch('Nguyễn Văn An', 'binh')).toBe(false);
  });

  it('treats NFD input like NFC', () => {
    const nfd = 'Nguyễn Văn Đức'.normalize('NFD');
    expect(foldForSearch(nfd)).toBe('nguyen van duc');
    expect(matchesSearch(nfd, 'Nguyễn')).toBe(true);
  });

  it('folding is idempotent and never leaves a combining mark or đ', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aăâeêioôơuưyđĐAĂÂÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬ ễệ\u0301\u0300\u0303'.split('')) }), (s) => {
        const once = foldForSearch(s);
        expect(foldForSearch(once)).toBe(once);
        expect(once).not.toMatch(/[\u0300-\u036fđĐ]/);
      }),
    );
  });
});

describe('Vietnamese name sorting', () => {
  it('sorts by given name, then the rest', () => {
    const names = ['Trần Văn Bình', 'Nguyễn Văn An', 'Lê Thị Ánh', 'Phạm Đức Anh', 'Võ Thị Ân', 'Hồ Văn Đức', 'Nguyễn Thị Dung'];
    expect([...names].sort(compareVietnameseNames)).toEqual([
      'Nguyễn Văn An',
      'Phạm Đức Anh',
      'Lê Thị Ánh',
      'Võ Thị Ân', // â is a letter of its own, after a
      'Trần Văn Bình',
      'Nguyễn Thị Dung',
      'Hồ Văn Đức',
    ]);
  });

  it('is a consistent order (antisymmetric)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareVietnameseNames(a, b))).toBe(-Math.sign(compareVietnameseNames(b, a)) || 0);
      }),
    );
  });
});

describe('cleaning pasted text', () => {
  it('normalises to NFC and removes what Word leaves behind', () => {
    expect(cleanLine(' Ủy\u00A0ban  nhân dân\u200B xã \n Văn Giáo ')).toBe('Ủy ban nhân dân xã Văn Giáo');
    expect(cleanText('Dòng 1  \r\n  Dòng 2')).toBe('Dòng 1\nDòng 2');
    expect(cleanLine('Nguye\u0302\u0303n')).toBe('Nguyễn');
  });
});

describe('cleanText against what is pasted or typed', () => {
  it('removes invisible direction overrides, so a name cannot read backwards', () => {
    expect(cleanText('Nguy\u202Eễn Văn An')).toBe('Nguyễn Văn An');
    expect(cleanText('\u2067Lê Thị Hoa\u2069\u200F')).toBe('Lê Thị Hoa');
  });
  it('keeps emoji sequences whole and still drops stray zero-width joiners', () => {
    const family = '👨\u200D👩\u200D👧';
    expect(cleanText(`Đội ${family}`)).toBe(`Đội ${family}`);
    expect(cleanText('👍🏽\u200D🔥')).toBe('👍🏽\u200D🔥');
    expect(cleanText('Lê\u200D Hoa')).toBe('Lê Hoa');
  });
});

describe('properCaseSuggestion', () => {
  it('offers proper case for a name typed all in lower or upper case, and nothing otherwise', () => {
    expect(properCaseSuggestion('phạm minh tuấn')).toBe('Phạm Minh Tuấn');
    expect(properCaseSuggestion('ĐỖ VĂN KHÁNH')).toBe('Đỗ Văn Khánh');
    expect(properCaseSuggestion('đặng thị bích')).toBe('Đặng Thị Bích');
    expect(properCaseSuggestion('Phạm Minh Tuấn')).toBeNull();
    expect(properCaseSuggestion('Néang Sóc Thy')).toBeNull();
    expect(properCaseSuggestion('123')).toBeNull();
  });
});

describe('compareUnitsThenPeople', () => {
  it('lists units by their whole name, then people by given name', () => {
    const list = [
      { name: 'Võ Văn An', person: true },
      { name: 'Công an xã', person: false },
      { name: 'Đặng Thị Bích', person: true },
      { name: 'Ấp Voi 1', person: false },
      { name: 'Ban Chỉ huy Quân sự xã', person: false },
      { name: 'Nguyễn Thị Ánh', person: true },
      { name: 'Ấp Sơn Đông', person: false },
    ];
    expect(list.sort(compareUnitsThenPeople).map((x) => x.name)).toEqual([
      'Ấp Sơn Đông', 'Ấp Voi 1', 'Ban Chỉ huy Quân sự xã', 'Công an xã', 'Võ Văn An', 'Nguyễn Thị Ánh', 'Đặng Thị Bích',
    ]);
  });
});
