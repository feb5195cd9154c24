// Test helper: a commune's long LĐTT-like rounds written straight into the app's IndexedDB (the
// council journeys vote through the screens; here only the projector's pages are under test):
// 60 more appraised nominees of the demo campaign, one session with all nine members present, and
// three published rounds of 28, 45 and 60 candidates with frozen results, as publishing stores them.
import type { Page } from '@playwright/test';

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Tôn Nữ', 'Lý', 'Trịnh'];
const MIDDLE = ['Thị Thanh', 'Văn', 'Đức', 'Thị', 'Minh', 'Hoàng Phương', 'Quang', 'Thị Ngọc'];
const GIVEN = ['Hương', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hạnh', 'Hiếu', 'Khoa', 'Lan', 'Long', 'Mai', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Thảo', 'Tuấn', 'Vân', 'Xuân', 'Yến'];

/** The 60 nominees' names, all different, some as long as a commune's longest (“Tôn Nữ Hoàng Phương Thảo”). */
export const NOMINEES = Array.from({ length: 60 }, (_, i) => `${SURNAMES[i % SURNAMES.length] ?? ''} ${MIDDLE[(i * 3) % MIDDLE.length] ?? ''} ${GIVEN[i % GIVEN.length] ?? ''}`);

/** Agree votes of the i-th nominee of a round (of 9 members present; 5 are needed). */
export const agreeOf = (i: number) => [9, 8, 7, 6, 5, 4, 9, 3][i % 8] ?? 9;

export const ROUND_SIZES = [28, 45, 60] as const;

/** `sizes`: the rounds to publish; none leaves the session before its first round. */
export async function seedLongRounds(page: Page, campaignId: string, sizes: readonly number[] = ROUND_SIZES): Promise<void> {
  await page.evaluate(
    async ({ campaignId, names, sizes, agrees }) => {
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
      type Row = { id: string; campaignId: string; category?: string; participantId?: string; status?: string; role?: string };
      const tx = db.transaction(['councilMembers', 'participants', 'nominations', 'sessions', 'rounds'], 'readwrite');
      const members = (await all<Row>(tx.objectStore('councilMembers'))).filter((m) => m.campaignId === campaignId);
      const nominations = (await all<Row>(tx.objectStore('nominations'))).filter((n) => n.campaignId === campaignId);
      const template = nominations.find((n) => n.category === 'individual');
      const templateParticipant = (await all<Row>(tx.objectStore('participants'))).find((p) => p.id === template?.participantId);
      if (!template || !templateParticipant) throw new Error('the demo campaign has no individual nomination to copy');
      // The demo's own individual nominees leave the council's list (its units stay, a second
      // category for the list before any round), so a round's nominees are exactly ours.
      for (const n of nominations.filter((n) => n.category === 'individual')) tx.objectStore('nominations').put({ ...n, status: 'proposed' });
      const at = new Date().toISOString();
      const meta = () => ({ id: crypto.randomUUID(), createdAt: at, updatedAt: at, rev: 1 });
      const ids = names.map((displayName) => {
        const participant = { ...templateParticipant, ...meta(), displayName };
        tx.objectStore('participants').put(participant);
        const nomination = { ...template, ...meta(), participantId: participant.id, status: 'appraised' };
        tx.objectStore('nominations').put(nomination);
        return nomination.id;
      });
      const attendance = Object.fromEntries(members.map((m) => [m.id, 'present']));
      const session = {
        ...meta(), campaignId, date: '2025-12-20', startTime: '8:00', place: 'Hội trường UBND xã', chairId: members.find((m) => m.role === 'chu-tich')?.id,
        agenda: ['Bình xét danh hiệu thi đua năm 2025'], attendance, writtenOpinions: {}, recusals: {}, recusalsDeclined: {}, countingCommittee: { memberIds: [] }, notes: '', projector: { slide: 'title' },
      };
      tx.objectStore('sessions').put(session);
      const rules = { mode: 'hands', threshold: { kind: 'majority' }, base: 'all-members', quorum: { numerator: 2, denominator: 3, comparison: 'at-least' }, writtenOpinionsCount: true, maxRounds: 2, womenPreference: false, source: '' };
      const base = members.length;
      const required = Math.floor(base / 2) + 1;
      const percent = (agree: number) => `${String(Math.round((agree * 10000) / base) / 100).replace('.', ',')}%`;
      const electorate = { memberIds: members.map((m) => m.id), attendance, recusals: {}, writtenOpinions: {} };
      sizes.forEach((size, r) => {
        const candidates = ids.slice(0, size);
        const agree = (i: number) => agrees[i] ?? 0;
        const ballots = { issued: base, returned: base, valid: base, invalid: 0 };
        const result = {
          algorithm: 1, computedAt: at, rules, quota: size, attempt: 1, electorate, quorum: { total: base, present: base, required: 6, met: true }, ballots,
          writtenOpinions: [], preferredIds: [], tieUnresolved: false, acceptedIssues: [], mismatchAcceptedReason: '',
          candidates: candidates.map((id, i) => ({
            candidateId: id, agree: agree(i), disagree: base - agree(i), blank: 0, writtenAgree: 0, writtenDisagree: 0, recused: 0, base, required,
            percent: percent(agree(i)), passes: agree(i) >= required, outcome: agree(i) >= required ? 'chosen' : 'failed', preferred: false,
          })),
          winners: candidates.filter((_, i) => agree(i) >= required),
        };
        tx.objectStore('rounds').put({
          ...meta(), campaignId, sessionId: session.id, number: r + 1, category: 'individual', candidateIds: candidates, quota: size, rules, status: 'published',
          tally: { ...ballots, perCandidate: Object.fromEntries(candidates.map((id, i) => [id, { agree: agree(i), disagree: base - agree(i) }])) },
          electorate, result, attempt: 1, votedMemberIds: [], closedAt: at, publishedAt: at, mismatchAcceptedReason: '', correctionReason: '',
        });
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { campaignId, names: NOMINEES, sizes: [...sizes], agrees: NOMINEES.map((_, i) => agreeOf(i)) },
  );
}

/** The rounds' frozen results as stored, to compare before and after the pages are flipped. */
export async function storedResults(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('binh-xet');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rounds = await new Promise<{ id: string; rev: number; result?: unknown }[]>((resolve, reject) => {
      const req = db.transaction('rounds').objectStore('rounds').getAll();
      req.onsuccess = () => resolve(req.result as { id: string; rev: number; result?: unknown }[]);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return JSON.stringify(rounds.map((r) => [r.id, r.rev, r.result]).sort());
  });
}
