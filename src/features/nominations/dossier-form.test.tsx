// @vitest-environment happy-dom
// The dossier form while its record changes underneath (CI saw the journey lose the appraisal
// fields after "Xác nhận đủ hồ sơ"): what was typed stays, the rest follows the stored record.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { nominationSchema, type Nomination } from '../../domain/nomination';
import { DossierForm } from './dossier-form';

afterEach(() => cleanup());

const at = '2025-01-10T01:00:00.000Z';
const base: Nomination = nominationSchema.parse({
  id: '018f2d3c-0000-7000-8000-000000000001',
  campaignId: '018f2d3c-0000-7000-8000-000000000002',
  participantId: '018f2d3c-0000-7000-8000-000000000003',
  rewardId: '018f2d3c-0000-7000-8000-000000000004',
  category: 'individual',
  status: 'proposed',
  createdAt: at,
  updatedAt: at,
  rev: 1,
});

function view(nomination: Nomination) {
  return <DossierForm nomination={nomination} prefill={[]} locked={false} onSave={() => Promise.resolve(true)}>{() => null}</DossierForm>;
}

describe('DossierForm', () => {
  it('keeps what the officer typed when the record is saved elsewhere, and follows the fields not touched', () => {
    const { rerender } = render(view(base));
    const note = screen.getByLabelText('Ý kiến thẩm định');
    fireEvent.change(note, { target: { value: 'Hồ sơ đầy đủ, đúng quy định' } });
    fireEvent.change(screen.getByLabelText('Sơ lược thành tích'), { target: { value: 'Đang gõ dở' } });

    // Another save (a status change, another tab) writes a new revision with the checklist ticked
    // and a summary of its own.
    const changed = {
      ...base,
      rev: 2,
      dossier: { ...base.dossier, checklist: { 'to-trinh': true }, report: { summary: 'Bản đã lưu ở nơi khác', sections: [] }, achievement: 'Hoàn thành xuất sắc' },
    } satisfies Nomination;
    rerender(view(changed));

    expect((screen.getByLabelText('Ý kiến thẩm định') as HTMLTextAreaElement).value).toBe('Hồ sơ đầy đủ, đúng quy định');
    expect((screen.getByLabelText('Sơ lược thành tích') as HTMLTextAreaElement).value).toBe('Đang gõ dở');
    expect((screen.getByLabelText('Thành tích ghi trên Giấy khen') as HTMLInputElement).value).toBe('Hoàn thành xuất sắc');
    expect((screen.getByLabelText('Tờ trình / văn bản đề nghị') as HTMLInputElement).checked).toBe(true);
  });
});
