// The campaign's timeline on the overview: issue, launch, end, review — with today marked,
// so the officer sees at a glance where the campaign stands.
import type { Campaign } from '../../domain/campaign';
import { formatDate, todayIso } from '../../lib/vi-date';

interface Point {
  label: string;
  date: string;
  shown: string;
}

function monthEnd(ym: string): string | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  if (!m) return undefined;
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`;
}

export function timelinePoints(c: Campaign): Point[] {
  const points: Point[] = [];
  if (c.issueDate) points.push({ label: 'Ban hành kế hoạch', date: c.issueDate, shown: formatDate(c.issueDate) });
  if (c.timeline.launch && c.timeline.launch !== c.issueDate) points.push({ label: 'Phát động', date: c.timeline.launch, shown: formatDate(c.timeline.launch) });
  if (c.timeline.end) points.push({ label: 'Kết thúc thi đua', date: c.timeline.end, shown: formatDate(c.timeline.end) });
  const review = c.timeline.reviewMonth ? monthEnd(c.timeline.reviewMonth) : undefined;
  if (review) points.push({ label: 'Tổng kết, khen thưởng', date: review, shown: `tháng ${review.slice(5, 7)}/${review.slice(0, 4)}` });
  return points.sort((a, b) => a.date.localeCompare(b.date));
}

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/**
 * Where today falls on a track whose milestones are evenly spaced (so their labels never
 * collide): proportional within the segment between the two milestones around it.
 */
export function todayPosition(dates: readonly string[], today: string): number {
  const n = dates.length;
  const first = dates[0];
  const last = dates[n - 1];
  if (!first || !last || n < 2 || today <= first) return 0;
  if (today >= last) return 100;
  for (let k = 0; k < n - 1; k++) {
    const a = dates[k] ?? first;
    const b = dates[k + 1] ?? last;
    if (today >= a && today < b) {
      const frac = (dayNumber(today) - dayNumber(a)) / Math.max(1, dayNumber(b) - dayNumber(a));
      return ((k + frac) / (n - 1)) * 100;
    }
  }
  return 100;
}

export function CampaignTimeline({ campaign, today = todayIso() }: { campaign: Campaign; today?: string }) {
  const points = timelinePoints(campaign);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length < 2) {
    return <p className="muted">Chưa có đủ ngày phát động và kết thúc. Điền ở mục Thời gian trong trang sửa kế hoạch.</p>;
  }
  const at = (i: number) => (i / (points.length - 1)) * 100;
  const todayPos = todayPosition(
    points.map((p) => p.date),
    today,
  );
  // Today's date first, then where it stands: "Đã qua thời gian tổng kết: 30/11/2026" read as a deadline.
  const where = today < first.date ? ' — chưa đến ngày phát động' : today > last.date ? ' — đã qua thời gian tổng kết' : '';
  return (
    <div className="timeline" role="group" aria-label="Mốc thời gian của phong trào">
      <div className="timeline-track">
        <div className="timeline-done" style={{ width: `${todayPos}%` }} />
        {points.map((p, i) => (
          <span key={p.label} className={`timeline-dot${p.date <= today ? ' passed' : ''}`} style={{ left: `${at(i)}%` }} aria-hidden="true" />
        ))}
        <span className={`timeline-today${todayPos > 70 ? ' flip' : ''}`} style={{ left: `${todayPos}%` }}>
          <span className="timeline-today-label">
            Hôm nay {formatDate(today)}
            {where}
          </span>
        </span>
      </div>
      <ol className="timeline-points">
        {points.map((p, i) => (
          <li key={p.label} style={{ left: `${at(i)}%` }} className={p.date <= today ? 'passed' : ''}>
            <strong>{p.shown}</strong>
            <span>{p.label}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
