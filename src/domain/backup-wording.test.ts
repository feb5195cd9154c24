import { describe, expect, it } from 'vitest';
import { backupFileSchema, COLLECTIONS } from './backup-format';
import { CHOOSE_AGAIN, collectionPart, damaged, fieldWords, memberPart } from './backup-wording';
import { unplainReasons } from './backup-wording.testing';

const MEMBERS = Object.keys(backupFileSchema.shape);

describe('the words for the parts of a backup file', () => {
  it('names every top-level member in Vietnamese words, never by its key', () => {
    expect(memberPart('formatVersion')).toBe('thông tin phiên bản của tệp');
    expect(memberPart('attachments')).toBe('phần danh sách tệp đính kèm');
    for (const key of MEMBERS) {
      expect(memberPart(key)).not.toBe(memberPart('a key never written'));
      expect(unplainReasons(memberPart(key), new Set(MEMBERS))).toEqual([]);
    }
  });

  it('a key the app never writes, even one every object inherits, is "một phần không rõ"', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', undefined, 3]) expect(memberPart(key)).toBe('một phần không rõ của tệp');
  });

  it('names every collection, each differently', () => {
    expect(collectionPart('people')).toBe('phần danh sách cá nhân');
    const parts = COLLECTIONS.map(collectionPart);
    expect(new Set(parts).size).toBe(COLLECTIONS.length);
    for (const part of parts) expect(unplainReasons(part, new Set(COLLECTIONS))).toEqual([]);
  });

  it('a field is named only when a clerk would know it', () => {
    expect(fieldWords('unitId')).toBe('thông tin “đơn vị”');
    expect(fieldWords('rev')).toBe('một thông tin');
    expect(fieldWords('constructor')).toBe('một thông tin');
    expect(fieldWords(0)).toBe('một thông tin');
  });

  it('a damaged part is named, and the clerk is told what to do', () => {
    const text = damaged(collectionPart('people'), 'một thông tin bị thiếu hoặc sai');
    expect(text).toBe(`Tệp sao lưu bị hỏng ở phần danh sách cá nhân: một thông tin bị thiếu hoặc sai. ${CHOOSE_AGAIN}`);
    expect(CHOOSE_AGAIN).toMatch(/^Hãy chọn lại tệp sao lưu gốc/);
  });
});

describe('the plain-Vietnamese check the refusal tests use', () => {
  it('catches what a clerk should never read', () => {
    expect(unplainReasons('Tệp sao lưu bị hỏng ở phần dữ liệu.')).toEqual([]);
    expect(unplainReasons('Phần đầu tệp sai: mong đợi object, nhận được undefined')).toEqual(['type word “mong đợi”']);
    expect(unplainReasons('Phần đầu tệp sai: object')).toEqual(['type word “object”']);
    expect(unplainReasons('Tệp có khoá nguy hiểm ở mục "data".settings[0].__proto__')).not.toEqual([]);
    expect(unplainReasons('Mục "formatVersion" phải là số')).toEqual(['field name “formatVersion”']);
    expect(unplainReasons('Thiếu mục scope', new Set(['scope']))).toEqual(['English name “scope”']);
    expect(unplainReasons('Invalid input: expected string')).toContain('not Vietnamese');
  });
});
