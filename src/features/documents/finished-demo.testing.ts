// Test kit for the papers: a fresh fake database on a PC whose clock says 4 December 2026 (only
// Date is faked: IndexedDB's timers keep running), and the demo's finished campaign in it. Shared
// by the tests of the papers that read a decided campaign; `database` is reset before each test.
import { afterEach, beforeEach, vi } from 'vitest';
import { freshDatabase } from '../../db/test-db';
import { loadDemoData } from '../../db/demo-data';
import type { BinhXetDatabase } from '../../db/database';
import { loadDocumentData } from './use-document-data';
import type { DocumentData } from './models/document-data';

export let database: BinhXetDatabase;

/** Call once at the top of a test file: each test starts on an empty database, on 04/12/2026. */
export function onThePcOfDecember2026(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-04T09:00:00+07:00'));
    database = freshDatabase();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** Loads the demo and returns its finished (decided) campaign's id. */
export async function finishedDemoId(): Promise<string> {
  const practiceId = await loadDemoData();
  const finished = (await database.campaigns.toArray()).find((c) => c.id !== practiceId);
  if (!finished) throw new Error('no finished campaign');
  return finished.id;
}

/** What the papers of a campaign read, as they read it now. */
export async function documentData(campaignId: string): Promise<DocumentData> {
  const d = await loadDocumentData(campaignId);
  if (!d) throw new Error('campaign gone');
  return d;
}

/** Loads the demo and returns what the papers of its finished campaign read. */
export async function finishedDemo(): Promise<DocumentData> {
  return documentData(await finishedDemoId());
}
