// Progress bar and cancel button of a running backup job.
import type { Job } from './use-job';

export function JobProgress({ job }: { job: Job }) {
  if (!job.running) return null;
  const percent = Math.round(job.progress * 100);
  return (
    <div className="row" style={{ marginTop: 12 }}>
      <label className="small" style={{ display: 'flex', alignItems: 'center', gap: 8, flex: 1 }}>
        {job.label}
        <progress max={100} value={percent} style={{ flex: 1, minWidth: 160, height: 14 }} aria-valuetext={`${percent}%`} />
        <span aria-hidden="true">{percent}%</span>
      </label>
      <button type="button" className="btn btn-sm" onClick={job.cancel}>
        Huỷ
      </button>
    </div>
  );
}
