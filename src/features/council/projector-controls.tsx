// The operator's projector bar: open the second window, pick the slide, flip the pages of a long
// one; keys 1–5, P and (on a slide of several pages) PageUp/PageDown work anywhere on the page
// except while typing in a field. A presentation clicker sends PageUp/PageDown.
import { useLayoutEffect, useState } from 'react';
import { ChevronLeft, ChevronRight, MonitorPlay } from 'lucide-react';
import type { CouncilSession } from '../../domain/council';
import { Alert } from '../../ui/alert';
import { errorText } from '../../ui/error-text';
import { keepFastMessage, openProjectorWindow, projectorMessage, sendToProjector, SLIDES, type ProjectorMessage } from './projector-channel';
import { projectorView } from './projector-pages';
import type { CouncilData } from './use-council';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

export function ProjectorControls({ data, session }: { data: CouncilData; session: CouncilSession }) {
  const [error, setError] = useState<string | null>(null);
  // The last choice made here, until the stored state catches up: two quick PageDowns go to page 3,
  // not twice to page 2 (the second would otherwise read the page before the first was stored).
  const [sent, setSent] = useState<ProjectorMessage | null>(null);
  const current = keepFastMessage(sent && sent.sessionId === session.id ? sent : null, session.projector.updatedAt) ?? session.projector;
  const view = projectorView(data, session, current);

  const send = (choice: Omit<ProjectorMessage, 'at' | 'sessionId'>) => {
    const message = projectorMessage({ sessionId: session.id, ...choice });
    setSent(message);
    setError(null);
    sendToProjector(message).catch((err: unknown) => setError(errorText(err)));
  };
  // A new slide starts on its first page; a flip keeps the slide and round, and shows another part
  // of the same frozen result (the projector reads it, nothing is counted again).
  const showSlide = (slide: string) => send({ slide, roundId: current.roundId });
  const flip = (by: number) => {
    const page = Math.min(view.pageCount, Math.max(1, view.page + by));
    if (page !== view.page) send({ slide: current.slide, roundId: current.roundId, page });
  };

  // A layout effect, not a passive one: the keys must work from the moment the bar is on screen.
  // A passive effect is added only after the browser paints, and a P pressed in between did
  // nothing (an e2e pressing P as soon as the new session showed failed 1 run in 12).
  useLayoutEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || document.querySelector('.ballot-screen')) return;
      const slide = SLIDES.find((s) => s.shortcut === e.key);
      if (slide) {
        e.preventDefault();
        showSlide(slide.key);
      } else if (e.key === 'p' || e.key === 'P') {
        e.preventDefault();
        openProjectorWindow(session.id);
      } else if ((e.key === 'PageDown' || e.key === 'PageUp') && view.pageCount > 1) {
        // Only on a slide of several pages: elsewhere the keys scroll this page as usual.
        e.preventDefault();
        flip(e.key === 'PageDown' ? 1 : -1);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <section className="card projector-bar" aria-labelledby="projector-title">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="projector-title">Màn hình chiếu</h2>
        <button type="button" className="btn btn-primary" onClick={() => openProjectorWindow(session.id)}>
          <MonitorPlay size={18} aria-hidden="true" /> Mở màn hình chiếu <kbd>P</kbd>
        </button>
      </div>
      <div className="row" role="group" aria-label="Chọn trang chiếu">
        {SLIDES.map((s) => (
          <button
            key={s.key}
            type="button"
            className={`btn btn-sm ${current.slide === s.key ? 'btn-primary' : ''}`}
            aria-pressed={current.slide === s.key}
            onClick={() => showSlide(s.key)}
          >
            <kbd>{s.shortcut}</kbd> {s.label}
          </button>
        ))}
      </div>
      {view.pageCount > 1 && (
        <div className="row projector-pages" role="group" aria-label="Lật trang trên màn hình chiếu">
          <button type="button" className="btn btn-sm" disabled={view.page <= 1} onClick={() => flip(-1)}>
            <ChevronLeft size={16} aria-hidden="true" /> Trang trước <kbd>PgUp</kbd>
          </button>
          <strong role="status" aria-live="polite">Màn hình chiếu đang ở trang {view.page}/{view.pageCount}</strong>
          <button type="button" className="btn btn-sm" disabled={view.page >= view.pageCount} onClick={() => flip(1)}>
            Trang sau <kbd>PgDn</kbd> <ChevronRight size={16} aria-hidden="true" />
          </button>
        </div>
      )}
      <p className="small muted projector-hint">
        Phím tắt: <kbd>1</kbd>–<kbd>5</kbd> đổi trang chiếu, <kbd>P</kbd> mở màn hình chiếu,
        {view.pageCount > 1 && <> <kbd>PgUp</kbd> / <kbd>PgDn</kbd> lật trang của danh sách dài,</>} <kbd>Tab</kbd> / <kbd>Enter</kbd> để thao tác.
        Kết quả chỉ hiện trên màn hình chiếu sau khi bấm “Công bố kết quả”.
      </p>
      {error && <Alert tone="danger">{error}</Alert>}
    </section>
  );
}
