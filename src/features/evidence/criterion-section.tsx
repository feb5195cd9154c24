// One criterion of one participant: its evidence entries (several allowed) on the left,
// the officer's appraisal on the right.
import { useState } from 'react';
import { Plus } from 'lucide-react';
import type { Criterion } from '../../domain/campaign';
import type { Appraisal, Evidence } from '../../domain/evidence';
import { StatusMark, type CellState } from './status-mark';
import { EvidenceItem } from './evidence-item';
import { EvidenceForm } from './evidence-form';
import { AppraisalForm } from './appraisal-form';
import { criterionAnchor } from './matrix-table';

interface Props {
  owner: { campaignId: string; participantId: string };
  criterion: Criterion;
  number: number;
  state: CellState;
  evidence: Evidence[];
  appraisal: Appraisal | undefined;
}

export function CriterionSection({ owner, criterion, number, state, evidence, appraisal }: Props) {
  const [adding, setAdding] = useState(false);
  const cell = { ...owner, criterionId: criterion.id };
  const headingId = `${criterionAnchor(number)}-h`;
  return (
    <section className="card criterion" id={criterionAnchor(number)} aria-labelledby={headingId}>
      <div className="criterion-head">
        <div>
          <h2 id={headingId}>
            Tiêu chí {number}. {criterion.shortName}
          </h2>
          <p className="criterion-text">{criterion.text}</p>
        </div>
        <StatusMark state={state} />
      </div>
      <div className="criterion-body">
        <div>
          <h3 style={{ fontSize: 15, marginBottom: 8 }}>Minh chứng ({evidence.length})</h3>
          {evidence.length === 0 && !adding && <p className="muted small">Chưa có minh chứng cho tiêu chí này.</p>}
          {evidence.map((e, i) => (
            <EvidenceItem key={e.id} evidence={e} index={i + 1} />
          ))}
          {adding ? (
            <div style={{ marginTop: 12 }}>
              <EvidenceForm owner={cell} onDone={() => setAdding(false)} />
            </div>
          ) : (
            <button type="button" className="btn btn-sm" style={{ marginTop: 12 }} onClick={() => setAdding(true)}>
              <Plus size={16} aria-hidden="true" /> Thêm minh chứng cho tiêu chí {number}
            </button>
          )}
        </div>
        <AppraisalForm key={`${appraisal?.id ?? 'none'}-${appraisal?.rev ?? 0}`} owner={cell} number={number} current={appraisal} />
      </div>
    </section>
  );
}
