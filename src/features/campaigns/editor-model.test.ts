// The editor's complaint window (thời gian xét phản ánh): what the form shows for a campaign
// stored before the setting existed, and what a save keeps.
import { describe, expect, it } from 'vitest';
import { campaignFields, type Campaign } from '../../domain/campaign';
import { plan99Template } from '../../domain/templates/plan-99';
import { editorResolver, fromEditorValues, toEditorValues, type EditorValues } from './editor-model';

const at = '2024-05-01T00:00:00.000Z';
const stored: Campaign = { ...campaignFields.parse(plan99Template()), id: '01900000-0000-7000-8000-000000000001', createdAt: at, updatedAt: at, rev: 1 };

async function resolve(values: EditorValues) {
  return editorResolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });
}

describe('the complaint window in the campaign editor', () => {
  it('shows the calendar year for a disqualifier stored without a window, and nothing for other criteria', () => {
    const old = { ...stored, criteria: stored.criteria.map(({ complaintWindow: _w, ...c }) => c) };
    expect(toEditorValues(old).criteria?.map((c) => c.complaintWindow)).toEqual([{ kind: 'calendar-year' }, undefined, undefined, undefined]);
  });

  it('saves two dates when "dates" is chosen', async () => {
    const values = toEditorValues(stored);
    values.criteria = values.criteria?.map((c, i) => (i === 0 ? { ...c, complaintWindow: { kind: 'dates', from: '2024-01-01', to: '2024-06-30' } } : c));
    const r = await resolve(values);
    expect(r.errors).toEqual({});
    expect((r.values as { criteria: Campaign['criteria'] }).criteria[0]?.complaintWindow).toEqual({ kind: 'dates', from: '2024-01-01', to: '2024-06-30' });
  });

  it('puts a missing day of "dates" under its own field, in Vietnamese', async () => {
    const values = toEditorValues(stored);
    values.criteria = values.criteria?.map((c, i) => (i === 0 ? { ...c, complaintWindow: { kind: 'dates', from: '2024-01-01' } } : c));
    const r = await resolve(values);
    expect(r.errors).toMatchObject({ criteria: [{ complaintWindow: { to: { message: 'Cần nhập ngày kết thúc xét phản ánh' } } }] });
  });

  it('drops days left behind when the window or the kind of criterion changed, so no hidden field blocks the save', async () => {
    const values = toEditorValues(stored);
    values.criteria = values.criteria?.map((c, i) =>
      i === 0 ? { ...c, complaintWindow: { kind: 'campaign-period', from: '2024-07-01' } } : i === 1 ? { ...c, complaintWindow: { kind: 'dates' } } : c,
    );
    const r = await resolve(values);
    expect(r.errors).toEqual({});
    const saved = fromEditorValues(values).criteria ?? [];
    expect(saved.map((c) => c.complaintWindow)).toEqual([{ kind: 'campaign-period' }, undefined, undefined, undefined]);
  });
});
