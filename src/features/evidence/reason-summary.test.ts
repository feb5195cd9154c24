import { describe, expect, it } from 'vitest';
import { summariseReasons } from './reason-summary';

describe('summariseReasons', () => {
  it('groups the same reason over several criteria and puts complaints first', () => {
    expect(
      summariseReasons(['Chưa có minh chứng cho tiêu chí 1', 'Tiêu chí 2: chưa được đánh giá', 'Chưa có minh chứng cho tiêu chí 3', 'Tiêu chí 4: không đạt', 'Có phản ánh được xác minh ngày 12/09/2024']),
    ).toEqual(['Có phản ánh được xác minh ngày 12/09/2024', 'Chưa có minh chứng cho tiêu chí 1, 3', 'Chờ đánh giá tiêu chí 2', 'Không đạt tiêu chí 4']);
    expect(summariseReasons([])).toEqual([]);
  });
});
