import { describe, expect, it } from 'vitest';
import { summariseReasons } from './reason-summary';

describe('summariseReasons', () => {
  it('groups the same reason over several criteria and puts complaints first', () => {
    expect(
      summariseReasons(['Chưa có minh chứng cho tiêu chí 1', 'Tiêu chí 2: chưa được đánh giá', 'Chưa có minh chứng cho tiêu chí 3', 'Tiêu chí 4: không đạt', 'Có phản ánh được xác minh ngày 12/09/2024']),
    ).toEqual(['Có phản ánh được xác minh ngày 12/09/2024', 'Thiếu minh chứng tiêu chí 1, 3', 'Chờ đánh giá tiêu chí 2', 'Không đạt tiêu chí 4']);
    expect(summariseReasons([])).toEqual([]);
    const none = [1, 2, 3, 4].map((n) => `Chưa có minh chứng cho tiêu chí ${n}`);
    expect(summariseReasons(none, 4)).toEqual(['Chưa có minh chứng nào']);
    expect(summariseReasons(none.slice(1), 4)).toEqual(['Thiếu minh chứng tiêu chí 2, 3, 4']);
  });
});
