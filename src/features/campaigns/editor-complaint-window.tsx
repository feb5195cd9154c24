// The complaint window of a disqualifier criterion (thời gian xét phản ánh): which substantiated
// complaints exclude — the campaign's year (plan 99: "trong năm"), its period, or two dates.
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { COMPLAINT_WINDOW_KINDS, type ComplaintWindow } from '../../domain/campaign';
import { complaintPeriod } from '../../domain/eligibility';
import { isIsoDate } from '../../lib/vi-date';
import { DateField, SelectField } from '../../ui/fields';
import type { EditorValues } from './editor-model';
import { useErrors } from './editor-parts';

type Kind = (typeof COMPLAINT_WINDOW_KINDS)[number];

function kindLabel(kind: Kind, year: number | undefined): string {
  if (kind === 'calendar-year') return year ? `Cả năm ${year}` : 'Cả năm thi đua';
  if (kind === 'campaign-period') return 'Trong thời gian phát động';
  return 'Từ ngày … đến ngày …';
}

/** Fields for criterion `index`; nothing unless it is a disqualifier. One to three cells of the criterion's grid. */
export function ComplaintWindowFields({ index }: { index: number }) {
  const { register, control } = useFormContext<EditorValues>();
  const [criterionKind, windowKind, rawYear, launch, end] = useWatch({
    control,
    name: [`criteria.${index}.kind`, `criteria.${index}.complaintWindow.kind`, 'year', 'timeline.launch', 'timeline.end'],
  });
  const e = useErrors();
  if (criterionKind !== 'disqualifier') return null;
  const year = typeof rawYear === 'number' && Number.isInteger(rawYear) ? rawYear : undefined;
  const kind: Kind = windowKind ?? 'calendar-year';
  const iso = (d: string | undefined) => (d && isIsoDate(d) ? d : undefined);
  // The window in dates, as eligibility will read it; not for "dates", whose fields say it.
  const hint =
    kind !== 'dates' && year
      ? `Phản ánh có căn cứ ${complaintPeriod({ kind } satisfies ComplaintWindow, { year, timeline: { launch: iso(launch), end: iso(end) } }).words} thì bị loại`
      : 'Phản ánh có căn cứ trong khoảng này thì bị loại';
  return (
    <>
      <SelectField label="Thời gian xét phản ánh" hint={hint} {...register(`criteria.${index}.complaintWindow.kind`)}>
        {COMPLAINT_WINDOW_KINDS.map((k) => (
          <option key={k} value={k}>
            {kindLabel(k, year)}
          </option>
        ))}
      </SelectField>
      {kind === 'dates' && (
        <>
          <Controller
            control={control}
            name={`criteria.${index}.complaintWindow.from`}
            render={({ field }) => <DateField label="Xét phản ánh từ ngày" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={e(`criteria.${index}.complaintWindow.from`)} />}
          />
          <Controller
            control={control}
            name={`criteria.${index}.complaintWindow.to`}
            render={({ field }) => <DateField label="Đến ngày" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={e(`criteria.${index}.complaintWindow.to`)} />}
          />
        </>
      )}
    </>
  );
}
