// The dossier's path, shown as steps, and the buttons that move it (the rules decide which).
import { Check } from 'lucide-react';
import { NOMINATION_STATUS_LABELS, type NominationStatus } from '../../domain/nomination';
import { NEXT_STATUSES } from '../../domain/nomination-rules';

const STEPS: NominationStatus[] = ['proposed', 'dossier-complete', 'appraised', 'on-ballot', 'selected', 'awarded'];

const MOVE_LABELS: Partial<Record<`${NominationStatus}>${NominationStatus}`, string>> = {
  'proposed>dossier-complete': 'Xác nhận đủ hồ sơ',
  'dossier-complete>proposed': 'Trả về: chưa đủ hồ sơ',
  'dossier-complete>appraised': 'Xác nhận đã thẩm định',
  'appraised>dossier-complete': 'Huỷ kết quả thẩm định',
  'appraised>on-ballot': 'Đưa ra Hội đồng bình xét',
  'on-ballot>appraised': 'Rút khỏi danh sách bình xét',
  'on-ballot>selected': 'Ghi: được Hội đồng chọn',
  'on-ballot>not-selected': 'Ghi: không được chọn',
  'selected>awarded': 'Ghi: đã khen thưởng',
  'selected>on-ballot': 'Đưa lại ra bình xét',
  'not-selected>on-ballot': 'Đưa lại ra bình xét',
  'withdrawn>proposed': 'Đề xuất lại',
};

export function StatusSteps({ status }: { status: NominationStatus }) {
  const reached = status === 'not-selected' ? STEPS.indexOf('on-ballot') : STEPS.indexOf(status);
  return (
    <ol className="dz-steps" aria-label="Các bước của hồ sơ">
      {STEPS.map((step, i) => {
        const label = step === 'selected' && status === 'not-selected' ? NOMINATION_STATUS_LABELS['not-selected'] : NOMINATION_STATUS_LABELS[step];
        const state = status === 'withdrawn' ? 'todo' : i < reached ? 'done' : i === reached ? 'current' : 'todo';
        return (
          <li key={step} className={`dz-step is-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="dz-dot">{state === 'done' ? <Check size={14} aria-hidden="true" /> : i + 1}</span>
            {label}
          </li>
        );
      })}
    </ol>
  );
}

export function StatusButtons({ status, busy, onMove }: { status: NominationStatus; busy: boolean; onMove: (to: NominationStatus) => void }) {
  const moves = NEXT_STATUSES[status].filter((to) => to !== 'withdrawn');
  return (
    <>
      {moves.map((to, i) => (
        <button key={to} type="button" className={i === 0 ? 'btn btn-primary' : 'btn'} disabled={busy} onClick={() => onMove(to)}>
          {MOVE_LABELS[`${status}>${to}`] ?? NOMINATION_STATUS_LABELS[to]}
        </button>
      ))}
    </>
  );
}
