// One evidence entry as read, with its files; edit and delete in place.
import { useState } from 'react';
import { Pencil, Trash2 } from 'lucide-react';
import type { Evidence } from '../../domain/evidence';
import { removeEvidence } from '../../db/evidence-repo';
import { formatDate } from '../../lib/vi-date';
import { ConfirmDialog } from '../../ui/dialog';
import { useToast } from '../../ui/toast';
import { errorText } from '../../ui/error-text';
import { EvidenceForm } from './evidence-form';
import { AttachmentList } from './attachment-list';
import { AttachmentUpload } from './attachment-upload';

export function EvidenceItem({ evidence, index }: { evidence: Evidence; index: number }) {
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const toast = useToast();
  if (editing) return <EvidenceForm owner={evidence} existing={evidence} onDone={() => setEditing(false)} />;
  const label = `minh chứng ${index}`;
  return (
    <article className="evidence-item" aria-label={`Minh chứng ${index}`}>
      <div className="row" style={{ justifyContent: 'space-between', alignItems: 'flex-start', flexWrap: 'nowrap' }}>
        <p className="evidence-desc">{evidence.description}</p>
        <div className="row" style={{ flexWrap: 'nowrap', gap: 2 }}>
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => setEditing(true)} aria-label={`Sửa ${label}`}>
            <Pencil size={16} aria-hidden="true" />
          </button>
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => setConfirm(true)} aria-label={`Xoá ${label}`}>
            <Trash2 size={16} aria-hidden="true" />
          </button>
        </div>
      </div>
      <div className="evidence-meta">
        {evidence.date && <span>Ngày: {formatDate(evidence.date)}</span>}
        {evidence.documentNumber && (
          <span>
            Văn bản: {evidence.documentNumber}
            {evidence.documentDate ? ` ngày ${formatDate(evidence.documentDate)}` : ''}
          </span>
        )}
        {evidence.selfAssessment && (
          <span>
            Tự đánh giá: <strong>{evidence.selfAssessment === 'dat' ? 'Đạt' : 'Không đạt'}</strong>
            {evidence.selfComment ? ` — ${evidence.selfComment}` : ''}
          </span>
        )}
      </div>
      <AttachmentList ids={evidence.attachmentIds} />
      <div style={{ marginTop: 8 }}>
        <AttachmentUpload evidenceId={evidence.id} label={label} />
      </div>
      <ConfirmDialog
        open={confirm}
        title="Xoá minh chứng?"
        message={`Minh chứng này và ${evidence.attachmentIds.length} tệp đính kèm sẽ bị xoá.`}
        confirmLabel="Xoá minh chứng"
        danger
        onCancel={() => setConfirm(false)}
        onConfirm={() => {
          setConfirm(false);
          removeEvidence(evidence.id, evidence.rev).then(() => toast.show('Đã xoá minh chứng'), (e: unknown) => toast.show(errorText(e), undefined, 8000));
        }}
      />
    </article>
  );
}
