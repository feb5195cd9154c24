// Which page the projector and the operator's bar agree on, for a stored council (fake IndexedDB).
import { beforeEach, describe, expect, it } from 'vitest';
import { campaignId, candidate, council, freshCouncilDatabase, paperTally, round, sessionId, vote } from '../../db/council-kit.testing';
import { publishRound } from '../../db/round-repo';
import type { ProjectorMessage } from './projector-channel';
import { projectorView } from './projector-pages';
import { loadCouncilData } from './use-council';

beforeEach(() => freshCouncilDatabase());

async function councilOf(count: number, publish: boolean) {
  await council(5);
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) ids.push(await candidate(`Ứng viên ${String(i).padStart(2, '0')}`));
  const r = await round(ids, count);
  await vote(r.id, paperTally(5, Object.fromEntries(ids.map((id) => [id, [5, 0]]))));
  if (publish) await publishRound(r.id);
  const data = await loadCouncilData(campaignId);
  const session = data.sessions.find((s) => s.id === sessionId);
  if (!session) throw new Error('no session');
  return { data, session, roundId: r.id };
}

describe('projectorView', () => {
  it('reads a message sent before pages existed as the first page of the slide', async () => {
    const { data, session, roundId } = await councilOf(25, true);
    const old = { sessionId, slide: 'results', roundId, at: '2025-01-14T08:00:00.000Z' } satisfies ProjectorMessage;
    expect(projectorView(data, session, old)).toMatchObject({ page: 1, pageCount: 3 });
    expect(projectorView(data, session, { ...old, page: 2 })).toMatchObject({ page: 2, pageCount: 3 });
    // A page the result does not have (a message for a longer list) shows its last page.
    expect(projectorView(data, session, { ...old, page: 9 })).toMatchObject({ page: 3, pageCount: 3 });
    expect(projectorView(data, session, { slide: 'candidates', roundId })).toMatchObject({ page: 1, pageCount: 3 });
    expect(projectorView(data, session, { slide: 'title', page: 3 })).toMatchObject({ page: 1, pageCount: 1 });
  });

  it('gives an unpublished result no pages: not even its length shows before publishing', async () => {
    const { data, session, roundId } = await councilOf(25, false);
    expect(projectorView(data, session, { slide: 'results', roundId, page: 2 })).toMatchObject({ page: 1, pageCount: 1 });
  });

  it('lists every category before the first round, fewer a page to leave room for their headings', async () => {
    await council(5);
    for (let i = 1; i <= 25; i++) await candidate(`Ứng viên ${String(i).padStart(2, '0')}`);
    const data = await loadCouncilData(campaignId);
    const session = data.sessions.find((s) => s.id === sessionId);
    if (!session) throw new Error('no session');
    expect(projectorView(data, session, { slide: 'candidates', page: 4 })).toMatchObject({ round: undefined, page: 4, pageCount: 4 });
  });
});
