import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attachmentProblem, normalisedType } from './attachment-rules';
import { ATTACHMENT_MAX_BYTES } from './evidence';

describe('attachment rules', () => {
  it('accepts PDF, images and Word within 1 byte .. 25 MB', () => {
    for (const [name, type] of [['a.pdf', 'application/pdf'], ['a.JPG', 'image/jpeg'], ['a.png', 'image/png'], ['a.doc', 'application/msword'], ['a.docx', '']]) {
      expect(attachmentProblem({ name: name ?? '', type: type ?? '', size: 1 })).toBeNull();
      expect(attachmentProblem({ name: name ?? '', type: type ?? '', size: ATTACHMENT_MAX_BYTES })).toBeNull();
    }
  });

  it('refuses with a message naming the file: wrong type, 0 byte, over the limit', () => {
    expect(attachmentProblem({ name: 'x.exe', type: 'application/x-msdownload', size: 10 })).toMatch(/“x.exe” không đúng loại/);
    expect(attachmentProblem({ name: 'anh.pdf', type: 'image/png', size: 10 })).toMatch(/không đúng loại/);
    expect(attachmentProblem({ name: 'r.pdf', type: 'application/pdf', size: 0 })).toMatch(/rỗng \(0 byte\)/);
    expect(attachmentProblem({ name: 'b.pdf', type: 'application/pdf', size: ATTACHMENT_MAX_BYTES + 1 })).toMatch(/vượt giới hạn 25 MB/);
  });

  it('never accepts a size outside 1..limit, whatever the name', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(0), fc.integer({ min: ATTACHMENT_MAX_BYTES + 1, max: 2 ** 40 })), fc.string(), (size, stem) => {
        expect(attachmentProblem({ name: `${stem}.pdf`, type: 'application/pdf', size })).not.toBeNull();
      }),
    );
    expect(normalisedType('a.docx', 'application/octet-stream')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });
});
