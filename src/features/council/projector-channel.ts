// How the operator moves the projector: the slide is written to the session (the truth,
// which survives a reload of either window) and also broadcast for an instant update.
import { setProjector } from '../../db/council-repo';

export const PROJECTOR_CHANNEL = 'binh-xet-projector';

export interface ProjectorMessage {
  sessionId: string;
  slide: string;
  roundId?: string | undefined;
  /** The page of a slide too long for one screen, from 1; absent (messages before pages, a new slide): the first. */
  page?: number | undefined;
  /** When the operator chose it; also stored as the session's projector.updatedAt. */
  at: string;
}

export const SLIDES = [
  { key: 'title', label: 'Trang mở đầu', shortcut: '1' },
  { key: 'attendance', label: 'Điểm danh, túc số', shortcut: '2' },
  { key: 'candidates', label: 'Danh sách ứng viên', shortcut: '3' },
  { key: 'voting', label: 'Đang bỏ phiếu', shortcut: '4' },
  { key: 'results', label: 'Kết quả', shortcut: '5' },
] as const;

/**
 * What the projector keeps of the last broadcast once the stored state changes: nothing when
 * the store has caught up with it (the store is the truth again), the message itself when the
 * store is still behind — a late write of an earlier click must not undo a newer one.
 */
export function keepFastMessage(fast: ProjectorMessage | null, storedAt: string | undefined): ProjectorMessage | null {
  return fast && (storedAt ?? '') < fast.at ? fast : null;
}

let channel: BroadcastChannel | null = null;
function getChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(PROJECTOR_CHANNEL);
  return channel;
}

/** The message for a choice of the operator, stamped now. */
export function projectorMessage(choice: Omit<ProjectorMessage, 'at'>): ProjectorMessage {
  return { ...choice, at: new Date().toISOString() };
}

export async function showOnProjector(choice: Omit<ProjectorMessage, 'at'>): Promise<void> {
  await sendToProjector(projectorMessage(choice));
}

/** Broadcasts a message (the projector shows it at once) and stores it (the truth after a reload). */
export async function sendToProjector(message: ProjectorMessage): Promise<void> {
  getChannel()?.postMessage(message);
  await setProjector(message.sessionId, { slide: message.slide, roundId: message.roundId, page: message.page, at: message.at });
}

export interface ScreenDetails {
  screens: { isPrimary: boolean; left: number; top: number; width: number; height: number; availLeft: number; availTop: number; availWidth: number; availHeight: number }[];
}

/**
 * Opens the projector window at once, within the key press or click that asked for it, then moves
 * it to the second screen when the Window Management API tells where that is. Asking first and
 * opening after (as this did) could outlive the click's user activation — the permission prompt
 * waits for the officer, a busy PC is slow — and the browser then blocked the window as a pop-up:
 * P did nothing, now and then (an e2e caught it, 1 run in 12 under load).
 */
export function openProjectorWindow(sessionId: string): void {
  const url = `/present?session=${encodeURIComponent(sessionId)}`;
  const opened = window.open(url, 'binh-xet-present', 'popup,width=1280,height=720');
  projectorWindow = opened;
  const getScreenDetails = (window as unknown as { getScreenDetails?: () => Promise<ScreenDetails> }).getScreenDetails;
  if (!opened || typeof getScreenDetails !== 'function') return;
  getScreenDetails
    .call(window)
    .then((details) => {
      const other = details.screens.find((s) => !s.isPrimary);
      if (!other || opened.closed) return;
      opened.moveTo(other.availLeft, other.availTop);
      opened.resizeTo(other.availWidth, other.availHeight);
    })
    .catch(() => {
      // Permission refused or not available: the window stays where it opened; the officer drags it.
    });
}

let projectorWindow: Window | null = null;

/** The projector window this page opened, while it is open: where it is tells which screen shows it. */
export function openedProjectorWindow(): Window | null {
  return projectorWindow && !projectorWindow.closed ? projectorWindow : null;
}
