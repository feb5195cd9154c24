import { describe, expect, it } from 'vitest';
import { documentNumberLine, issuingBodyLines, recipientLines, signatureHeading } from './document-format';

describe('document format', () => {
  it('splits the issuing body into the lines of the header', () => {
    expect(issuingBodyLines('Ủy ban nhân dân xã Văn Giáo')).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ VĂN GIÁO']);
    expect(issuingBodyLines('Hội đồng Thi đua - Khen thưởng')).toEqual(['HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG']);
  });

  it('leaves a blank for an unknown number', () => {
    expect(documentNumberLine('99/KH-UBND', 'KH-UBND')).toBe('Số: 99/KH-UBND');
    expect(documentNumberLine('', 'QĐ-UBND')).toBe('Số:        /QĐ-UBND');
  });

  it('writes the authority prefix of the signature block', () => {
    expect(signatureHeading('KT.', 'Phó Chủ tịch')).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(signatureHeading('TM.', 'Ủy ban nhân dân')).toEqual(['TM. ỦY BAN NHÂN DÂN']);
    expect(signatureHeading('', 'Chủ tịch')).toEqual(['CHỦ TỊCH']);
  });

  it('ends every recipient with ; and the last with .', () => {
    expect(recipientLines(['Phòng Nội vụ thị xã;', '- TT. Đảng ủy, HĐND xã', 'Lưu: VT.'])).toEqual([
      '- Phòng Nội vụ thị xã;',
      '- TT. Đảng ủy, HĐND xã;',
      '- Lưu: VT.',
    ]);
  });
});
