// A participant's complaints. A substantiated one dated within the complaint window of a
// disqualifier criterion (plan 99: criterion 1, the whole year) excludes; the list says which ones do.
import { useState } from 'react';
import { Pencil, Plus, Trash2 } from 'lucide-react';
import type { Complaint } from '../../domain/evidence';
import { periodOf, type ComplaintPeriod } from '../../domain/eligibility';
import { complaintsRepo } from '../../db/evidence-repo';
import { formatDate } from '../../lib/vi-date';
import { ConfirmDialog } from '../../ui/dialog';
import { useToast } from '../../ui/toast';
import { errorText } from '../../ui/error-text';
import { ComplaintForm } from './complaint-form';

interface Props {
  owner: { campaignId: string; participantId: string };
  complaints: Complaint[];
  /** The windows of the disqualifiers that apply to this participant. */
  periods: ComplaintPeriod[];
}

export function ComplaintsSection({ owner, complaints, periods }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Complaint | null>(null);
  const toast = useToast();
  const sorted = [...complaints].sort((a, b) => (a.date < b.date ? -1 : 1));
  return (
    <section className="card" aria-labelledby="complaints-h" id="phan-anh">
      <h2 id="complaints-h">Phản ánh của người dân ({complaints.length})</h2>
      <p className="muted small">
        {periods.length === 0
          ? 'Không có tiêu chí loại trừ áp dụng cho đối tượng này: phản ánh được ghi lại nhưng không làm đối tượng bị loại.'
          : periods.map((p) => `Phản ánh đã xác minh có căn cứ ${p.words} làm đối tượng bị loại theo tiêu chí ${p.criterionNumber}.`).join(' ')}
      </p>
      <div className="stack">
        {sorted.map((c) =>
          editing === c.id ? (
            <ComplaintForm key={c.id} owner={owner} existing={c} onDone={() => setEditing(null)} />
          ) : (
            <article key={c.id} className="evidence-item" aria-label={`Phản ánh ngày ${formatDate(c.date)}`}>
              <div className="row" style={{ justifyContent: 'space-between', flexWrap: 'nowrap', alignItems: 'flex-start' }}>
                <div>
                  <strong>Ngày {formatDate(c.date)}</strong>
                  {c.source && <span className="muted"> · {c.source}</span>}{' '}
                  {c.substantiated ? (
                    periodOf(periods, c.date) ? (
                      <span className="badge badge-danger">Có căn cứ — làm đối tượng bị loại</span>
                    ) : (
                      <span className="badge badge-warning">Có căn cứ, ngoài thời gian xét phản ánh</span>
                    )
                  ) : (
                    <span className="badge">Chưa xác minh / không có căn cứ</span>
                  )}
                  <p className="evidence-desc" style={{ marginTop: 6 }}>{c.content}</p>
                  {c.verificationNote && <p className="small muted" style={{ margin: '4px 0 0' }}>Kết quả xác minh: {c.verificationNote}</p>}
                </div>
                <div className="row" style={{ flexWrap: 'nowrap', gap: 2 }}>
                  <button type="button" className="btn btn-sm btn-ghost" onClick={() => setEditing(c.id)} aria-label={`Sửa phản ánh ngày ${formatDate(c.date)}`}>
                    <Pencil size={16} aria-hidden="true" />
                  </button>
                  <button type="button" className="btn btn-sm btn-ghost" onClick={() => setRemoving(c)} aria-label={`Xoá phản ánh ngày ${formatDate(c.date)}`}>
                    <Trash2 size={16} aria-hidden="true" />
                  </button>
                </div>
              </div>
            </article>
          ),
        )}
        {editing === 'new' ? (
          <ComplaintForm owner={owner} onDone={() => setEditing(null)} />
        ) : (
          <div>
            <button type="button" className="btn btn-sm" onClick={() => setEditing('new')}>
              <Plus size={16} aria-hidden="true" /> Thêm phản ánh
            </button>
          </div>
        )}
      </div>
      <ConfirmDialog
        open={!!removing}
        title="Xoá phản ánh?"
        message="Chỉ xoá khi phản ánh được ghi nhầm. Việc xoá được ghi vào nhật ký."
        confirmLabel="Xoá phản ánh"
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const c = removing;
          setRemoving(null);
          if (c) complaintsRepo.remove(c.id, c.rev).then(() => toast.show('Đã xoá phản ánh'), (e: unknown) => toast.show(errorText(e), undefined, 8000));
        }}
      />
    </section>
  );
}
