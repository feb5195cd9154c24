// The operator's projector bar: open the second window, pick the slide; keys 1–5 and P work
// anywhere on the page except while typing in a field.
import { useLayoutEffect, useState } from 'react';
import { MonitorPlay } from 'lucide-react';
import type { CouncilSession } from '../../domain/council';
import { Alert } from '../../ui/alert';
import { errorText } from '../../ui/error-text';
import { openProjectorWindow, showOnProjector, SLIDES } from './projector-channel';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

export function ProjectorControls({ session }: { session: CouncilSession }) {
  const [error, setError] = useState<string | null>(null);
  const current = session.projector;

  // A layout effect, not a passive one: the keys must work from the moment the bar is on screen.
  // A passive effect is added only after the browser paints, and a P pressed in between did
  // nothing (an e2e pressing P as soon as the new session showed failed 1 run in 12).
  useLayoutEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || document.querySelector('.ballot-screen')) return;
      const slide = SLIDES.find((s) => s.shortcut === e.key);
      if (slide) {
        e.preventDefault();
        showOnProjector({ sessionId: session.id, slide: slide.key, roundId: current.roundId }).catch((err: unknown) => setError(errorText(err)));
      } else if (e.key === 'p' || e.key === 'P') {
        e.preventDefault();
        openProjectorWindow(session.id);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session.id, current.roundId]);

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
            onClick={() => showOnProjector({ sessionId: session.id, slide: s.key, roundId: current.roundId }).catch((err: unknown) => setError(errorText(err)))}
          >
            <kbd>{s.shortcut}</kbd> {s.label}
          </button>
        ))}
      </div>
      <p className="small muted projector-hint">
        Phím tắt: <kbd>1</kbd>–<kbd>5</kbd> đổi trang chiếu, <kbd>P</kbd> mở màn hình chiếu, <kbd>Tab</kbd> / <kbd>Enter</kbd> để thao tác.
        Kết quả chỉ hiện trên màn hình chiếu sau khi bấm “Công bố kết quả”.
      </p>
      {error && <Alert tone="danger">{error}</Alert>}
    </section>
  );
}
