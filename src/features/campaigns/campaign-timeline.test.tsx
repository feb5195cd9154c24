// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { campaignFields, type Campaign } from '../../domain/campaign';
import { plan99Template } from '../../domain/templates/plan-99';
import { CampaignTimeline } from './campaign-timeline';

afterEach(() => cleanup());

const at = '2024-05-01T00:00:00.000Z';
const campaign: Campaign = { ...campaignFields.parse(plan99Template()), id: '01900000-0000-7000-8000-000000000001', createdAt: at, updatedAt: at, rev: 1 };

describe('CampaignTimeline', () => {
  it('says today’s date first, then that the review is past — not a date that reads like a deadline', () => {
    const { container } = render(<CampaignTimeline campaign={campaign} today="2026-11-30" />);
    expect(container.querySelector('.timeline-today-label')?.textContent).toBe('Hôm nay 30/11/2026 — đã qua thời gian tổng kết');
  });
  it('says when the campaign has not started yet, and nothing more while it runs', () => {
    const before = render(<CampaignTimeline campaign={campaign} today="2024-01-15" />);
    expect(before.container.querySelector('.timeline-today-label')?.textContent).toBe('Hôm nay 15/01/2024 — chưa đến ngày phát động');
    cleanup();
    const during = render(<CampaignTimeline campaign={campaign} today="2024-09-01" />);
    expect(during.container.querySelector('.timeline-today-label')?.textContent).toBe('Hôm nay 01/09/2024');
  });
});
