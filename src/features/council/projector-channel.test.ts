import { describe, expect, it } from 'vitest';
import { keepFastMessage, type ProjectorMessage } from './projector-channel';

const message = (slide: string, at: string): ProjectorMessage => ({ sessionId: 's', slide, at });

describe('keepFastMessage', () => {
  it('lets the stored state take over once it has caught up with the last message', () => {
    const fast = message('candidates', '2024-12-18T01:00:00.200Z');
    expect(keepFastMessage(fast, '2024-12-18T01:00:00.200Z')).toBeNull();
    expect(keepFastMessage(fast, '2024-12-18T01:00:01.000Z')).toBeNull();
    expect(keepFastMessage(null, '2024-12-18T01:00:00.000Z')).toBeNull();
  });
  it('keeps a newer message when the store lands late for an earlier click', () => {
    // The operator pressed 2 then 3: the store of "2" arrives after the broadcast of "3".
    const three = message('candidates', '2024-12-18T01:00:00.300Z');
    expect(keepFastMessage(three, '2024-12-18T01:00:00.100Z')).toBe(three);
    expect(keepFastMessage(three, undefined)).toBe(three);
  });
});
