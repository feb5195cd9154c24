// Hostile review: do the papers show the numbers of round.result, and only those?
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, moveCampaignTo } from '../../db/test-db';
import { loadDemoData } from '../../db/demo-data';
import { setAttendance } from '../../db/council-repo';
import type { BinhXetDatabase } from '../../db/database';
import { sessionSchema } from '../../domain/council';
import { closeRound, createRound, enterTally, openRound, publishRound } from '../../db/round-repo';
import { DEFAULT_VOTING_RULES } from '../../domain/rules';
import { modelText } from '../../domain/document-model';
import { newId } from '../../lib/ids';
import { loadDocumentData } from './use-document-data';
import { kindBySlug } from './document-kinds';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});

describe('attack: biên bản họp vs. the frozen result', () => {
  it('regression (review): the minutes list attendance from the session as it is now, not as frozen for the vote — one paper, two "có mặt" for the same round', async () => {
    const campaignId = await loadDemoData();
    await moveCampaignTo(campaignId, 'council');
    const at = new Date().toISOString();
    const members = (await database.councilMembers.where('campaignId').equals(campaignId).toArray()).sort((a, b) => a.order - b.order);
    const nominations = await database.nominations.where('campaignId').equals(campaignId).toArray();
    const session = sessionSchema.parse({
      id: newId(), createdAt: at, updatedAt: at, rev: 1, campaignId, date: '2024-12-18', startTime: '8:00', endTime: '10:30', place: 'Hội trường UBND xã Văn Giáo',
      agenda: ['Bình xét khen thưởng'], attendance: Object.fromEntries(members.map((m) => [m.id, 'present'])), notes: '',
    });
    await database.sessions.add(session);
    const candidates = nominations.filter((n) => n.category === 'collective');
    const n = members.length;
    const perCandidate = Object.fromEntries(candidates.map((c, i) => [c.id, { agree: i === 0 ? n - 1 : 0, disagree: i === 0 ? 1 : n }]));
    const round = await createRound({ campaignId, sessionId: session.id, category: 'collective', candidateIds: candidates.map((c) => c.id), quota: 1, rules: DEFAULT_VOTING_RULES });
    await openRound(round.id);
    await enterTally(round.id, { issued: n, returned: n, valid: n, invalid: 0, perCandidate });
    await closeRound(round.id);
    await publishRound(round.id);
    // Later in the meeting the operator records that a member left (or corrects a mistaken tick):
    const leaver = members[n - 1];
    if (!leaver) throw new Error('no members');
    await setAttendance(session.id, leaver, 'absent');

    const data = await loadDocumentData(campaignId);
    if (!data) throw new Error('no data');
    const minutes = kindBySlug('bien-ban-hop')?.build(data, session.id);
    if (!minutes?.ok) throw new Error('minutes not built');
    const text = modelText(minutes.model);
    // The round's own sentence reads the frozen result…
    expect(text).toContain(`(có mặt ${n}/${n}, cần`);
    // …but section I of the same minutes reads the session now. Expected: the attendance the
    // vote was held with (or both, explicitly). Actual: "Có mặt 8/9 thành viên", the leaver
    // listed as "vắng" although the round counted their ballot.
    expect(text).toContain(`Có mặt ${n}/${n} thành viên`);
  });
});
