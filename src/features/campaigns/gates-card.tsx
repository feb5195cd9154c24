// The campaign's gates (điều kiện) on the overview: each one's status and proof, a plain
// statement of what a failed or unknown gate means, and the button to record a result.
import { useState } from 'react';
import { CheckCircle2, CircleHelp, XCircle } from 'lucide-react';
import type { Campaign, Gate } from '../../domain/campaign';
import { permissions } from '../../domain/campaign-lifecycle';
import { evaluateGates, type GateStatus } from '../../domain/gates';
import { formatDate } from '../../lib/vi-date';
import { Alert } from '../../ui/alert';
import { GateDialog } from './gate-dialog';

const LABEL: Record<GateStatus, string> = { pass: 'Đạt', fail: 'Không đạt', unknown: 'Chưa có kết quả' };
const BADGE: Record<GateStatus, string> = { pass: 'badge-success', fail: 'badge-danger', unknown: 'badge-warning' };
const ICON = { pass: CheckCircle2, fail: XCircle, unknown: CircleHelp } as const;
const COLOR: Record<GateStatus, string> = { pass: 'var(--c-success)', fail: 'var(--c-danger)', unknown: 'var(--c-warning)' };

function proofLine(g: Gate): string {
  const p = g.proof;
  const parts = [p.documentNumber && `Văn bản số ${p.documentNumber}`, p.documentDate && `ngày ${formatDate(p.documentDate)}`, p.issuer && `của ${p.issuer}`].filter(Boolean);
  return parts.join(' ');
}

export function GatesCard({ campaign }: { campaign: Campaign }) {
  const [editing, setEditing] = useState<Gate | null>(null);
  const summary = evaluateGates(campaign.gates);
  const canRecord = permissions(campaign.status).recordGates;
  const failed = summary.results.filter((r) => r.status === 'fail').length;
  const unknown = summary.results.filter((r) => r.status === 'unknown').length;

  return (
    <section className="card" aria-labelledby="gates-title" id="gates">
      <h2 id="gates-title">Điều kiện để xét khen thưởng</h2>
      {campaign.gates.length === 0 ? (
        <p className="muted">Kế hoạch không đặt điều kiện chung: có thể xét khen thưởng khi đến thời gian tổng kết.</p>
      ) : (
        <>
          <div style={{ marginBottom: 12 }}>
            {summary.status === 'pass' ? (
              <Alert tone="success" title="Đã đủ điều kiện: có thể lập đề xuất khen thưởng." />
            ) : summary.status === 'fail' ? (
              <Alert tone="danger" title="Không thể đề xuất khen thưởng.">
                {failed === 1 ? 'Một điều kiện' : `${failed} điều kiện`} của kế hoạch không đạt. Theo kế hoạch, khi chưa đạt đủ các điều kiện này thì không
                xét khen thưởng cho tập thể, cá nhân nào.
              </Alert>
            ) : (
              <Alert tone="warning" title="Chưa thể đề xuất khen thưởng.">
                Còn {unknown} điều kiện chưa có kết quả. Khi có văn bản (giấy khen của cấp trên, thông báo xếp hạng…), bấm “Ghi nhận kết quả” để ghi vào
                đây.
              </Alert>
            )}
          </div>
          {campaign.gates.map((g, i) => {
            const r = summary.results[i];
            const status = r?.status ?? 'unknown';
            const Icon = ICON[status];
            return (
              <div key={g.id} className={`gate ${status}`}>
                <Icon size={20} color={COLOR[status]} aria-hidden="true" style={{ marginTop: 2, flex: 'none' }} />
                <div className="gate-body">
                  <p>{g.text}</p>
                  <div className="row small" style={{ gap: 8 }}>
                    <span className={`badge ${BADGE[status]}`}>{LABEL[status]}</span>
                    {g.kind === 'rank-at-most' && status !== 'unknown' && <span className="muted">{r?.reason}</span>}
                    {g.score !== undefined && <span className="muted">Điểm: {String(g.score).replace('.', ',')}</span>}
                  </div>
                  {proofLine(g) && <div className="muted small">Căn cứ: {proofLine(g)}</div>}
                </div>
                {canRecord && (
                  <button type="button" className="btn btn-sm" onClick={() => setEditing(g)} aria-label={`Ghi nhận kết quả điều kiện ${i + 1}`}>
                    Ghi nhận kết quả
                  </button>
                )}
              </div>
            );
          })}
        </>
      )}
      {editing && <GateDialog campaign={campaign} gate={editing} onClose={() => setEditing(null)} />}
    </section>
  );
}
