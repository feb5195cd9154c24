// How the operator moves the projector: the slide is written to the session (the truth,
// which survives a reload of either window) and also broadcast for an instant update.
import { setProjector } from '../../db/council-repo';

export const PROJECTOR_CHANNEL = 'binh-xet-projector';

export interface ProjectorMessage {
  sessionId: string;
  slide: string;
  roundId?: string | undefined;
}

export const SLIDES = [
  { key: 'title', label: 'Trang mở đầu', shortcut: '1' },
  { key: 'attendance', label: 'Điểm danh, túc số', shortcut: '2' },
  { key: 'candidates', label: 'Danh sách ứng viên', shortcut: '3' },
  { key: 'voting', label: 'Đang bỏ phiếu', shortcut: '4' },
  { key: 'results', label: 'Kết quả', shortcut: '5' },
] as const;

let channel: BroadcastChannel | null = null;
function getChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(PROJECTOR_CHANNEL);
  return channel;
}

export async function showOnProjector(message: ProjectorMessage): Promise<void> {
  getChannel()?.postMessage(message);
  await setProjector(message.sessionId, { slide: message.slide, roundId: message.roundId });
}

interface ScreenDetails {
  screens: { isPrimary: boolean; availLeft: number; availTop: number; availWidth: number; availHeight: number }[];
}

/** Opens the projector window, on the second screen when the Window Management API allows it. */
export async function openProjectorWindow(sessionId: string): Promise<void> {
  const url = `/present?session=${encodeURIComponent(sessionId)}`;
  let features = 'popup,width=1280,height=720';
  const getScreenDetails = (window as unknown as { getScreenDetails?: () => Promise<ScreenDetails> }).getScreenDetails;
  if (typeof getScreenDetails === 'function') {
    try {
      const details = await getScreenDetails.call(window);
      const other = details.screens.find((s) => !s.isPrimary);
      if (other) features = `popup,left=${other.availLeft},top=${other.availTop},width=${other.availWidth},height=${other.availHeight}`;
    } catch {
      // Permission refused or not available: open a normal window the officer can drag.
    }
  }
  window.open(url, 'binh-xet-present', features);
}
