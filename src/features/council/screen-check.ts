// Before an on-PC secret ballot: could the projector be showing the operator's screen? A ballot
// on a mirrored screen shows the whole room who chose whom. The Window Management API says how
// many screens there are and where each window is; without it we cannot know, so we ask.
import { openedProjectorWindow, type ScreenDetails } from './projector-channel';

export type ScreenVerdict =
  /** The projector window is on another screen than this one: ballots stay private. */
  | 'separate'
  /** One screen only: a projector, if connected, mirrors it. */
  | 'single-screen'
  /** The projector window sits on this very screen. */
  | 'same-screen'
  /** Several screens, but no projector window opened from this page to locate. */
  | 'no-projector-window'
  /** The browser does not say (no API, or permission refused). */
  | 'unknown';

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const centre = (b: Box) => ({ x: b.left + b.width / 2, y: b.top + b.height / 2 });
const screenIndexOf = (screens: readonly Box[], window: Box) => {
  const { x, y } = centre(window);
  return screens.findIndex((s) => x >= s.left && x < s.left + s.width && y >= s.top && y < s.top + s.height);
};

/** Pure: the verdict from the screens and the two windows' positions (screen coordinates). */
export function judgeScreens(screens: readonly Box[], operator: Box, projector: Box | null): ScreenVerdict {
  if (screens.length < 2) return 'single-screen';
  if (!projector) return 'no-projector-window';
  const here = screenIndexOf(screens, operator);
  const there = screenIndexOf(screens, projector);
  return here !== -1 && there !== -1 && here !== there ? 'separate' : 'same-screen';
}

const boxOf = (w: Window): Box => ({ left: w.screenX, top: w.screenY, width: w.outerWidth, height: w.outerHeight });

/** Asks the browser (may show its permission prompt once); never throws. */
export async function checkProjectorScreen(timeoutMs = 15_000): Promise<ScreenVerdict> {
  const getScreenDetails = (window as unknown as { getScreenDetails?: () => Promise<ScreenDetails> }).getScreenDetails;
  if (typeof getScreenDetails !== 'function') return 'unknown';
  try {
    const permission = await navigator.permissions.query({ name: 'window-management' as PermissionName }).catch(() => null);
    if (permission?.state === 'denied') return 'unknown';
    // A prompt left unanswered must not hold the meeting: after a while, ask the operator instead.
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
    const details = await Promise.race([getScreenDetails.call(window), timeout]);
    if (!details) return 'unknown';
    const projector = openedProjectorWindow();
    return judgeScreens(details.screens, boxOf(window), projector ? boxOf(projector) : null);
  } catch {
    return 'unknown';
  }
}

/** Why the operator is asked, for each verdict that is not 'separate'. */
export const SCREEN_VERDICT_TEXT: Record<Exclude<ScreenVerdict, 'separate'>, string> = {
  'single-screen': 'Máy tính chỉ nhận một màn hình, nên máy chiếu (nếu đang nối) chiếu y hệt màn hình này.',
  'same-screen': 'Cửa sổ màn hình chiếu đang nằm trên cùng màn hình với cửa sổ này.',
  'no-projector-window': 'Chưa thấy cửa sổ màn hình chiếu mở từ trang này, nên không biết máy chiếu đang hiển thị gì.',
  unknown: 'Trình duyệt không cho biết máy đang nối với mấy màn hình.',
};
