// Test helpers for the year-end journey, reading and writing the app's IndexedDB directly.
import type { Page } from '@playwright/test';

/**
 * Every live nomination of the campaign with its papers ticked and appraised "đạt" on 15/12/2025,
 * as the officer does dossier by dossier (nominations.spec and journey.spec click through that
 * page): the council only puts appraised dossiers to the vote.
 */
export async function appraiseAll(page: Page, campaignId: string): Promise<void> {
  await page.evaluate(async (campaignId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('binh-xet');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    type Nomination = { id: string; campaignId: string; status: string; rev: number; deletedAt?: string; dossier: { checklist: Record<string, boolean>; [k: string]: unknown } };
    const tx = db.transaction('nominations', 'readwrite');
    const store = tx.objectStore('nominations');
    const all = await new Promise<Nomination[]>((resolve, reject) => {
      const req = store.getAll();
      req.onsuccess = () => resolve(req.result as Nomination[]);
      req.onerror = () => reject(req.error);
    });
    const at = new Date().toISOString();
    for (const n of all.filter((n) => n.campaignId === campaignId && !n.deletedAt && n.status === 'proposed')) {
      const dossier = { ...n.dossier, checklist: { ...n.dossier.checklist, 'to-trinh': true, 'bao-cao-thanh-tich': true }, appraisalResult: 'dat', appraisalDate: '2025-12-15', appraisalNote: 'Đủ tiêu chuẩn.' };
      store.put({ ...n, dossier, status: 'appraised', rev: n.rev + 1, updatedAt: at });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, campaignId);
}

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
