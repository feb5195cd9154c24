// The projector window (/present, no app shell). It shows the slide the operator chose,
// from the session's `projector` field (liveQuery, survives reloads of either window) and,
// faster, from the BroadcastChannel message sent at the same moment.
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useSearchParams } from 'react-router';
import { Maximize } from 'lucide-react';
import './present.css';
import { db } from '../../db/database';
import { keepFastMessage, PROJECTOR_CHANNEL, type ProjectorMessage } from './projector-channel';
import { AttendanceSlide, CandidatesSlide, TitleSlide, VotingSlide } from './present-slides';
import { ResultsSlide } from './results-slide';
import { projectorView } from './projector-pages';
import { useCouncilData } from './use-council';

async function findSession(id: string | null) {
  const database = db();
  if (id) return (await database.sessions.get(id)) ?? null;
  const all = (await database.sessions.toArray()).filter((s) => !s.deletedAt);
  return all.sort((a, b) => (b.projector.updatedAt ?? b.updatedAt).localeCompare(a.projector.updatedAt ?? a.updatedAt))[0] ?? null;
}

export function PresentPage() {
  const [params] = useSearchParams();
  const session = useLiveQuery(() => findSession(params.get('session')), [params]);
  const data = useCouncilData(session?.campaignId);
  const [fast, setFast] = useState<ProjectorMessage | null>(null);
  const [stamp, setStamp] = useState<string | undefined>(undefined);
  const dbStamp = session?.projector.updatedAt;
  if (dbStamp !== stamp) {
    setStamp(dbStamp);
    // The stored state caught up with the last message: it is the truth again. A store that
    // lands late for an earlier click must not undo a newer message (quick 2, 3 on the keys).
    if (keepFastMessage(fast, dbStamp) !== fast) setFast(null);
  }

  useEffect(() => {
    document.title = 'Màn hình chiếu · Bình Xét';
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(PROJECTOR_CHANNEL);
    channel.onmessage = (e: MessageEvent<ProjectorMessage>) => setFast(e.data);
    return () => channel.close();
  }, []);

  if (session === undefined || (session && data === undefined)) return <div className="present"><p className="slide-sub">Đang tải…</p></div>;
  if (!session || !data) {
    return (
      <div className="present">
        <div className="slide slide-title"><h1>Chưa có phiên họp</h1><p>Hãy mở màn hình chiếu từ trang Hội đồng của phong trào.</p></div>
      </div>
    );
  }
  const state = fast && fast.sessionId === session.id ? fast : session.projector;
  const { round, page, pageCount } = projectorView(data, session, state);
  const props = { data, session, round, page, pageCount };
  const slide =
    state.slide === 'attendance' ? <AttendanceSlide {...props} />
    : state.slide === 'candidates' ? <CandidatesSlide {...props} />
    : state.slide === 'voting' ? <VotingSlide {...props} />
    : state.slide === 'results' ? <ResultsSlide {...props} />
    : <TitleSlide {...props} />;

  return (
    <main className="present" data-slide={state.slide} data-page={page}>
      {slide}
      <button
        type="button"
        className="present-fullscreen"
        onClick={() => void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => undefined)}
      >
        <Maximize size={20} aria-hidden="true" /> Toàn màn hình
      </button>
    </main>
  );
}
