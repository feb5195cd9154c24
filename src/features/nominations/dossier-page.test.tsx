// @vitest-environment happy-dom
// The dossier page while its record is saved elsewhere (another tab, the projector): the page
// reads the nomination live from IndexedDB, so the write arrives while the officer is typing.
// What they typed stays, the fields they left alone follow, and they are told of the clash.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { freshDatabase } from '../../db/test-db';
import { loadDemoData } from '../../db/demo-data';
import { saveDossier } from '../../db/nomination-repo';
import { lockingRound } from '../../domain/nomination-rules';
import { DossierPage } from './dossier-page';

afterEach(() => cleanup());

const valueOf = (label: string) => (screen.getByLabelText(label) as HTMLInputElement | HTMLTextAreaElement).value;

describe('DossierPage', () => {
  it('keeps what the officer is typing when another tab saves the same dossier', async () => {
    const database = freshDatabase();
    await loadDemoData();
    const rounds = await database.rounds.toArray();
    const nomination = (await database.nominations.toArray()).find((n) => n.status !== 'withdrawn' && !lockingRound(n.id, rounds));
    if (!nomination) throw new Error('the demo has no open dossier');
    render(
      <MemoryRouter initialEntries={[`/campaigns/${nomination.campaignId}/nominations/${nomination.id}`]}>
        <Routes>
          <Route path="/campaigns/:campaignId/nominations/:nominationId" element={<DossierPage />} />
        </Routes>
      </MemoryRouter>,
    );
    await screen.findByRole('heading', { name: /^Hồ sơ:/ });
    fireEvent.change(screen.getByLabelText('Ý kiến thẩm định'), { target: { value: 'Đang gõ: hồ sơ đầy đủ' } });

    // Another tab saves this dossier: a new award wording, and an appraisal note of its own.
    await saveDossier(nomination.id, nomination.rev, { ...nomination.dossier, achievement: 'Lưu ở cửa sổ khác', appraisalNote: 'Ý kiến của cửa sổ khác' });

    await waitFor(() => expect(valueOf('Thành tích ghi trên Giấy khen')).toBe('Lưu ở cửa sổ khác'));
    expect(valueOf('Ý kiến thẩm định')).toBe('Đang gõ: hồ sơ đầy đủ');
    expect(screen.getByText(/Vừa có thay đổi được lưu ở nơi khác/).closest('[role=status]')).toHaveProperty('textContent', expect.stringContaining('Ý kiến thẩm định'));
  });
});
