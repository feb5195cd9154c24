// Test helper: writes a finished council meeting straight into the app's IndexedDB (the
// council screens are another feature): one session, a closed round per category, and the
// top candidates marked selected — 1 collective and 3 individuals.
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
    const tx = db.transaction(['councilMembers', 'nominations', 'sessions', 'rounds'], 'readwrite');
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
    const rules = { mode: 'paper', threshold: { kind: 'majority' }, base: 'all-members', quorum: { numerator: 2, denominator: 3 }, writtenOpinionsCount: true, maxRounds: 2, womenPreference: false, source: '' };
    let number = 1;
    for (const [category, quota] of [['collective', 1], ['individual', 3]] as const) {
      const candidates = nominations.filter((n) => n.category === category);
      const perCandidate = Object.fromEntries(candidates.map((n, i) => [n.id, { agree: i < quota ? 7 : 2, disagree: i < quota ? 1 : 6 }]));
      tx.objectStore('rounds').put({
        ...meta(), campaignId, sessionId: session.id, number: number++, category, candidateIds: candidates.map((n) => n.id), quota, rules, status: 'closed',
        tally: { issued: 8, returned: 8, valid: 8, invalid: 0, perCandidate }, mismatchAcceptedReason: '', correctionReason: '',
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
