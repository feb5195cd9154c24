// Test helpers for the year-end journeys, reading and writing the app's IndexedDB directly where
// the journey's subject lies elsewhere (the appraisal is done through the table's bulk dialog).
import type { Page } from '@playwright/test';

/** The ids of a campaign's live nominations of the participant named `name` (to open their dossiers). */
export async function nominationIdsOf(page: Page, campaignId: string, name: string): Promise<string[]> {
  return page.evaluate(
    async ({ campaignId, name }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('binh-xet');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const all = <T,>(store: string) =>
        new Promise<T[]>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result as T[]);
          req.onerror = () => reject(req.error);
        });
      const participants = (await all<{ id: string; campaignId: string; displayName: string }>('participants')).filter((p) => p.campaignId === campaignId && p.displayName === name).map((p) => p.id);
      const ids = (await all<{ id: string; participantId: string; deletedAt?: string }>('nominations')).filter((n) => participants.includes(n.participantId) && !n.deletedAt).map((n) => n.id);
      db.close();
      return ids;
    },
    { campaignId, name },
  );
}

// Used by two-titles.spec only, whose subject is the nomination table after a vote (the council's
// own screens run in year-end.spec): 5 members all present, one published round per title under
// that title's own rules, written straight into IndexedDB.
export async function seedTitleVotes(page: Page, campaignId: string, agreeByName: Record<string, number>): Promise<void> {
  await page.evaluate(
    async ({ campaignId, agreeByName }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('binh-xet');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const all = <T,>(store: IDBObjectStore) =>
        new Promise<T[]>((resolve, reject) => {
          const req = store.getAll();
          req.onsuccess = () => resolve(req.result as T[]);
          req.onerror = () => reject(req.error);
        });
      type Threshold = { kind: 'majority' } | { kind: 'fraction'; numerator: number; denominator: number };
      type Rules = { threshold: Threshold; [k: string]: unknown };
      type Reward = { id: string; category: string; votingRules?: Rules };
      type Campaign = { id: string; rev: number; rewards: Reward[]; votingRules: Rules };
      type Nomination = { id: string; campaignId: string; participantId: string; rewardId: string; category: string; status: string; deletedAt?: string };
      const tx = db.transaction(['campaigns', 'councilMembers', 'nominations', 'participants', 'sessions', 'rounds'], 'readwrite');
      const campaign = (await all<Campaign>(tx.objectStore('campaigns'))).find((c) => c.id === campaignId);
      if (!campaign) throw new Error('no campaign');
      const names = new Map((await all<{ id: string; displayName: string }>(tx.objectStore('participants'))).map((p) => [p.id, p.displayName]));
      const nominations = (await all<Nomination>(tx.objectStore('nominations'))).filter((n) => n.campaignId === campaignId && !n.deletedAt && n.status !== 'withdrawn');
      const at = new Date().toISOString();
      const meta = () => ({ id: crypto.randomUUID(), createdAt: at, updatedAt: at, rev: 1 });
      const roles = ['chu-tich', 'pho-chu-tich', 'uy-vien', 'uy-vien', 'thu-ky'];
      const members = ['Nguyễn Văn Thành', 'Lê Thị Mai', 'Trần Văn Hùng', 'Phạm Thị Lan', 'Võ Văn Tâm'].map((fullName, i) => ({
        ...meta(), campaignId, fullName, position: '', role: roles[i], order: i,
      }));
      for (const m of members) tx.objectStore('councilMembers').put(m);
      const attendance = Object.fromEntries(members.map((m) => [m.id, 'present']));
      const session = {
        ...meta(), campaignId, date: '2025-12-20', startTime: '8:00', endTime: '10:00', place: 'Hội trường UBND xã',
        chairId: members[0]?.id, secretaryId: members[4]?.id, agenda: ['Bình xét danh hiệu thi đua năm 2025'],
        attendance, writtenOpinions: {}, recusals: {}, notes: '', projector: { slide: 'title' },
      };
      tx.objectStore('sessions').put(session);
      tx.objectStore('campaigns').put({ ...campaign, status: 'council', rev: campaign.rev + 1, updatedAt: at });
      const memberIds = members.map((m) => m.id);
      const electorate = { memberIds, attendance, recusals: {}, writtenOpinions: {} };
      const base = memberIds.length;
      const requiredOf = (t: Threshold) => (t.kind === 'majority' ? Math.floor(base / 2) + 1 : Math.ceil((base * t.numerator) / t.denominator));
      const percent = (agree: number) => `${String(Math.round((agree * 10000) / base) / 100).replace('.', ',')}%`;
      let number = 1;
      for (const reward of campaign.rewards) {
        const candidates = nominations.filter((n) => n.rewardId === reward.id);
        if (candidates.length === 0) continue;
        const rules = reward.votingRules ?? campaign.votingRules;
        const required = requiredOf(rules.threshold);
        const agreeOf = (n: Nomination) => agreeByName[names.get(n.participantId) ?? ''] ?? base;
        const perCandidate = Object.fromEntries(candidates.map((n) => [n.id, { agree: agreeOf(n), disagree: base - agreeOf(n) }]));
        const winners = candidates.filter((n) => agreeOf(n) >= required).map((n) => n.id);
        const ballots = { issued: base, returned: base, valid: base, invalid: 0 };
        const result = {
          algorithm: 1, computedAt: at, rules, quota: candidates.length, attempt: 1, electorate, quorum: { total: base, present: base, required: 4, met: true }, ballots,
          writtenOpinions: [], preferredIds: [], tieUnresolved: false, acceptedIssues: [], mismatchAcceptedReason: '',
          candidates: candidates.map((n) => ({
            candidateId: n.id, agree: agreeOf(n), disagree: base - agreeOf(n), blank: 0, writtenAgree: 0, writtenDisagree: 0, recused: 0, base, required,
            percent: percent(agreeOf(n)), passes: agreeOf(n) >= required, outcome: agreeOf(n) >= required ? 'chosen' : 'failed', preferred: false,
          })),
          winners,
        };
        tx.objectStore('rounds').put({
          ...meta(), campaignId, sessionId: session.id, number: number++, category: reward.category, rewardId: reward.id, candidateIds: candidates.map((n) => n.id), quota: candidates.length, rules, status: 'published',
          tally: { ...ballots, perCandidate }, electorate, result, attempt: 1, votedMemberIds: [], closedAt: at, publishedAt: at, mismatchAcceptedReason: '', correctionReason: '',
        });
        for (const n of candidates) tx.objectStore('nominations').put({ ...n, status: winners.includes(n.id) ? 'selected' : 'not-selected', rev: 2, updatedAt: at });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { campaignId, agreeByName },
  );
}
