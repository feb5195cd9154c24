import { describe, expect, it } from 'vitest';
import { judgeScreens } from './screen-check';

const laptop = { left: 0, top: 0, width: 1366, height: 768 };
const projector = { left: 1366, top: 0, width: 1920, height: 1080 };
const win = (left: number, top: number) => ({ left, top, width: 1000, height: 600 });

describe('judgeScreens', () => {
  it('one screen: the projector mirrors it', () => {
    expect(judgeScreens([laptop], win(10, 10), win(100, 50))).toBe('single-screen');
    expect(judgeScreens([], win(10, 10), null)).toBe('single-screen');
  });

  it('two screens: safe only when the projector window is on the other one', () => {
    expect(judgeScreens([laptop, projector], win(10, 10), win(1400, 20))).toBe('separate');
    expect(judgeScreens([laptop, projector], win(10, 10), win(200, 100))).toBe('same-screen');
    expect(judgeScreens([laptop, projector], win(10, 10), null)).toBe('no-projector-window');
  });

  it('a window whose middle is off every screen counts as not proven separate', () => {
    expect(judgeScreens([laptop, projector], win(10, 10), win(5000, 5000))).toBe('same-screen');
  });
});
