// "Báo cáo thành tích gửi cấp trên": one editor per nominee proposed upward, each saying where its
// text comes from (written here, or still the dossier's). A link to #bao-cao-<id> (the packet's
// refusal) opens that nominee's editor and puts the cursor in it.
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { Alert } from '../../ui/alert';
import { nameOf, type DocumentData } from './models/document-data';
import { upwardItems } from './models/upward-doc';
import { upwardReportOf, type UpwardReportOrigin } from './models/upward-report';
import { UpwardReportForm } from './upward-report-form';

const ORIGIN: Record<UpwardReportOrigin, string> = {
  upward: 'đã viết cho cấp trên',
  dossier: 'đang lấy từ hồ sơ đề xuất',
  none: 'chưa có, cần viết',
};

export function UpwardReports({ data }: { data: DocumentData }) {
  const items = upwardItems(data);
  if (items.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="upward-reports-title">
      <h2 id="upward-reports-title" style={{ margin: 0 }}>Báo cáo thành tích gửi cấp trên</h2>
      <p className="muted small" style={{ margin: 0 }}>
        Mỗi người (tập thể) được đề nghị có một báo cáo thành tích (Mẫu số 05) trong bộ hồ sơ. Báo cáo viết ở đây đi cùng tờ trình; hồ sơ đề xuất đã
        được Hội đồng bỏ phiếu thì giữ nguyên, không bị sửa. Chưa viết thì dùng báo cáo trong hồ sơ đề xuất (nếu có).
      </p>
      {items.map((item) => (
        <ReportEntry key={item.nominationId} data={data} nominationId={item.nominationId} />
      ))}
    </section>
  );
}

function ReportEntry({ data, nominationId }: { data: DocumentData; nominationId: string }) {
  const name = nameOf(data, nominationId);
  const { origin } = upwardReportOf(data, nominationId);
  const anchor = `bao-cao-${nominationId}`;
  const { hash } = useLocation();
  const targeted = hash === `#${anchor}`;
  // Opened once, as it stands when the page opens; the officer opens and closes it after that.
  const [openAtFirst] = useState(origin === 'none' || targeted);
  const ref = useRef<HTMLDetailsElement>(null);
  const collective = data.nominations.find((n) => n.id === nominationId)?.category === 'collective';

  useEffect(() => {
    if (!targeted) return;
    if (ref.current) ref.current.open = true;
    // After the open editor is laid out: scroll to it and put the cursor in its first field.
    requestAnimationFrame(() => {
      ref.current?.scrollIntoView({ block: 'start' });
      ref.current?.querySelector('textarea')?.focus({ preventScroll: true });
    });
  }, [targeted]);

  return (
    <details id={anchor} ref={ref} className="upward-report" open={openAtFirst}>
      <summary>
        <strong>{name}</strong> <span className={`upward-report-origin upward-report-origin--${origin}`}>{ORIGIN[origin]}</span>
      </summary>
      <div className="stack">
        {origin === 'none' && <Alert tone="warning">Chưa có báo cáo thành tích: bộ hồ sơ chưa tải được cho đến khi viết và lưu báo cáo này.</Alert>}
        <UpwardReportForm data={data} nominationId={nominationId} name={name} collective={collective} />
      </div>
    </details>
  );
}
