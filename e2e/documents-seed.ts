// Test helper: writes a finished council meeting straight into the app's IndexedDB (the
// council screens are another feature): one session, a closed round per category with its
// frozen result (as closing a round stores it), the top candidates marked selected and the
// campaign at its council stage —
// 1 collective and 3 individuals. The journey test does the same through the screens.
import type { Page } from '@playwright/test';

export async function seedCouncilOutcome(page: Page, campaignId: string): Promise<void> {
  await page.evaluate(async (campaignId) => {
    const open = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('binh-xet');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const db = await open();
    const all = <T,>(store: IDBObjectStore) =>
      new Promise<T[]>((resolve, reject) => {
        const req = store.getAll();
        req.onsuccess = () => resolve(req.result as T[]);
        req.onerror = () => reject(req.error);
      });
    type Row = { id: string; campaignId: string; category?: string; role?: string; status?: string };
    const tx = db.transaction(['campaigns', 'councilMembers', 'nominations', 'sessions', 'rounds'], 'readwrite');
    const members = (await all<Row>(tx.objectStore('councilMembers'))).filter((m) => m.campaignId === campaignId);
    const nominations = (await all<Row>(tx.objectStore('nominations'))).filter((n) => n.campaignId === campaignId);
    const at = new Date().toISOString();
    const meta = () => ({ id: crypto.randomUUID(), createdAt: at, updatedAt: at, rev: 1 });
    const session = {
      ...meta(), campaignId, date: '2024-12-18', startTime: '8:00', endTime: '10:30', place: 'Hội trường UBND xã Văn Giáo',
      chairId: members.find((m) => m.role === 'chu-tich')?.id, secretaryId: members.find((m) => m.role === 'thu-ky')?.id,
      agenda: ['Bình xét, bỏ phiếu khen thưởng tập thể, cá nhân năm 2024'],
      attendance: Object.fromEntries(members.map((m, i) => [m.id, i === 7 ? 'absent' : 'present'])),
      writtenOpinions: {}, recusals: {}, notes: '', projector: { slide: 'title' },
    };
    tx.objectStore('sessions').put(session);
    // The council met: the campaign is at its council stage, where the decision may be made.
    const campaign = (await all<Row & { rev: number }>(tx.objectStore('campaigns'))).find((c) => c.id === campaignId);
    if (campaign) tx.objectStore('campaigns').put({ ...campaign, status: 'council', rev: campaign.rev + 1, updatedAt: at });
    const rules = { mode: 'paper', threshold: { kind: 'majority' }, base: 'all-members', quorum: { numerator: 2, denominator: 3, comparison: 'at-least' }, writtenOpinionsCount: true, maxRounds: 2, womenPreference: false, source: '' };
    const memberIds = members.map((m) => m.id);
    const electorate = { memberIds, attendance: session.attendance, recusals: {}, writtenOpinions: {} };
    const base = memberIds.length;
    const required = Math.floor(base / 2) + 1;
    const percent = (agree: number) => `${String(Math.round((agree * 10000) / base) / 100).replace('.', ',')}%`;
    let number = 1;
    for (const [category, quota] of [['collective', 1], ['individual', 3]] as const) {
      const candidates = nominations.filter((n) => n.category === category);
      const agreeOf = (i: number) => (i < quota ? 7 : 1);
      const perCandidate = Object.fromEntries(candidates.map((n, i) => [n.id, { agree: agreeOf(i), disagree: 8 - agreeOf(i) }]));
      const ballots = { issued: 8, returned: 8, valid: 8, invalid: 0 };
      const result = {
        algorithm: 1, computedAt: at, rules, quota, attempt: 1, electorate, quorum: { total: base, present: 8, required: 6, met: true }, ballots,
        writtenOpinions: [], preferredIds: [], tieUnresolved: false, acceptedIssues: [], mismatchAcceptedReason: '',
        candidates: candidates.map((n, i) => ({
          candidateId: n.id, agree: agreeOf(i), disagree: 8 - agreeOf(i), blank: 0, writtenAgree: 0, writtenDisagree: 0, recused: 0, base, required,
          percent: percent(agreeOf(i)), passes: agreeOf(i) >= required, outcome: i < quota ? 'chosen' : 'failed', preferred: false,
        })),
        winners: candidates.slice(0, quota).map((n) => n.id),
      };
      tx.objectStore('rounds').put({
        ...meta(), campaignId, sessionId: session.id, number: number++, category, candidateIds: candidates.map((n) => n.id), quota, rules, status: 'published',
        tally: { ...ballots, perCandidate }, electorate, result, attempt: 1, votedMemberIds: [], closedAt: at, publishedAt: at, mismatchAcceptedReason: '', correctionReason: '',
      });
      candidates.forEach((n, i) => tx.objectStore('nominations').put({ ...n, status: i < quota ? 'selected' : 'not-selected', rev: 2, updatedAt: at }));
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, campaignId);
}
