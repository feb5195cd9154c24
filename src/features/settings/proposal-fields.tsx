// Settings: who signs the tờ trình đề nghị khen thưởng and to whom it goes. The commune chair
// chairs the council and decides, so the proposal is signed by someone else.
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { z } from 'zod';
import { PROPOSERS, PROPOSER_LABELS, type settingsFields } from '../../domain/settings';
import { SelectField, TextField } from '../../ui/fields';

type Input = z.input<typeof settingsFields>;

export function ProposalFields({ register, errors }: { register: UseFormRegister<Input>; errors: FieldErrors<Input> }) {
  const e = errors.proposal;
  return (
    <div className="form-grid">
      <SelectField label="Người ký tờ trình" fieldClassName="span-2" error={e?.by?.message} {...register('proposal.by')}>
        {PROPOSERS.map((p) => (
          <option key={p} value={p}>
            {PROPOSER_LABELS[p]}
          </option>
        ))}
      </SelectField>
      <TextField label="Chức vụ công chức phụ trách" hint="Ví dụ: Công chức Văn phòng - Thống kê" error={e?.officerPosition?.message} {...register('proposal.officerPosition')} />
      <TextField label="Họ tên công chức phụ trách" error={e?.officerName?.message} {...register('proposal.officerName')} />
      <TextField label="Kính gửi" hint="Để trống: Chủ tịch + tên cơ quan (Chủ tịch Ủy ban nhân dân xã …)" error={e?.addressee?.message} {...register('proposal.addressee')} />
      <TextField label="Họ tên người nhận (Chủ tịch)" hint="Để kiểm tra người ký không phải là người nhận" error={e?.addresseeName?.message} {...register('proposal.addresseeName')} />
    </div>
  );
}
