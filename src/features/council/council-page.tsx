// Hội đồng of one campaign: members, the session (attendance, quorum, recusals), the voting
// rounds, and the projector. Everything the council does in the meeting room starts here.
import { useState } from 'react';
import { useParams } from 'react-router';
import './council.css';
import { CampaignTabs } from '../../ui/campaign-tabs';
import { Page } from '../../ui/page';
import { SelectField } from '../../ui/fields';
import { formatDate } from '../../lib/vi-date';
import { AttendanceCard } from './attendance-card';
import { CountingCommitteeCard } from './counting-committee-card';
import { EndSessionCard } from './end-session-card';
import { MembersCard } from './members-card';
import { NewRoundForm } from './new-round-form';
import { ProjectorControls } from './projector-controls';
import { RoundCard } from './round-card';
import { SessionForm } from './session-form';
import { useCouncilData } from './use-council';

export function CampaignCouncilPage() {
  const { campaignId = '' } = useParams();
  const data = useCouncilData(campaignId);
  const [chosen, setChosen] = useState<string | null>(null);
  if (data === undefined) return <p className="page muted">Đang tải…</p>;
  if (!data.campaign) {
    return (
      <Page title="Không tìm thấy phong trào">
        <p>Phong trào này không còn trong máy (có thể đã bị xoá). Hãy chọn phong trào khác ở mục Hội đồng.</p>
      </Page>
    );
  }
  const session = data.sessions.find((s) => s.id === chosen) ?? data.sessions[0];
  const rounds = session ? data.rounds.filter((r) => r.sessionId === session.id) : [];

  return (
    <Page
      title="Hội đồng Thi đua - Khen thưởng"
      lead={data.campaign.shortName}
      help={
        <>
          <strong>Trang này để làm gì?</strong> Lập danh sách thành viên Hội đồng, tạo phiên họp, điểm danh (đủ túc số mới mở được
          vòng bỏ phiếu), rồi bỏ phiếu từng vòng: nhập kết quả kiểm phiếu giấy, biểu quyết giơ tay, hoặc bỏ phiếu kín ngay trên máy.
          Mở màn hình chiếu để cả phòng cùng theo dõi. Tiếp theo: kết quả đã công bố được dùng cho biên bản và quyết định khen thưởng.
        </>
      }
    >
      <CampaignTabs campaignId={campaignId} />
      <div className="stack">
        <MembersCard campaignId={campaignId} members={data.members} />
        <section className="card" aria-labelledby="session-title">
          <h2 id="session-title">Phiên họp</h2>
          {data.sessions.length > 1 && session && (
            <SelectField label="Phiên họp đang làm việc" value={session.id} onChange={(e) => setChosen(e.target.value)}>
              {data.sessions.map((s) => <option key={s.id} value={s.id}>{formatDate(s.date)} · {s.place}</option>)}
            </SelectField>
          )}
          {session ? (
            <p>
              Ngày {formatDate(session.date)}{session.startTime ? `, lúc ${session.startTime}` : ''}, tại {session.place}.
              {session.endTime && ` Đã kết thúc lúc ${session.endTime}.`}
            </p>
          ) : (
            <p className="muted">Chưa có phiên họp. Tạo phiên họp để điểm danh và bỏ phiếu.</p>
          )}
          {data.members.length > 0 && (
            <details open={!session}>
              <summary>Tạo phiên họp mới</summary>
              <SessionForm campaignId={campaignId} members={data.members} onCreated={setChosen} />
            </details>
          )}
        </section>
        {session && <ProjectorControls data={data} session={session} />}
        {session && <AttendanceCard data={data} session={session} />}
        {session && <CountingCommitteeCard data={data} session={session} />}
        {session && (
          <section className="stack council-rounds" aria-label="Các vòng bỏ phiếu">
            <h2>Bỏ phiếu</h2>
            {rounds.map((r) => <RoundCard key={r.id} data={data} session={session} round={r} />)}
            <NewRoundForm data={data} session={session} />
          </section>
        )}
        {session && <EndSessionCard key={session.id} session={session} rounds={rounds} />}
      </div>
    </Page>
  );
}
