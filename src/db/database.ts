// The one IndexedDB database of the app, through Dexie. What is stored where:
// - register: units, people;  campaign: campaigns (criteria, gates, rewards and rules inside),
//   participants, evidence, attachments (metadata) + blobs (the bytes, keyed by attachment id),
//   appraisals, complaints, nominations;  council: councilMembers, sessions, rounds, ballots;
//   decisions;  awards (the award history: one entry per award received, corrections as new
//   entries) and ledgerPages (its read model: one record per year, derived, never exported);
//   participantSummaries (the read model of evidence, appraisals and complaints: one record per
//   participant of a campaign, derived, never exported);
//   settings (one record);  audit (append-only);  meta (key/value bookkeeping);
//   snapshots (safety copies taken before a restore or merge).
// Every change goes through a repository (repository.ts), never straight to a table.
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Settings } from '../domain/settings';
import type { Person, Unit } from '../domain/register';
import type { Campaign, Participant } from '../domain/campaign';
import type { Appraisal, Attachment, Complaint, Evidence } from '../domain/evidence';
import type { Nomination } from '../domain/nomination';
import type { Ballot, CouncilMember, CouncilSession, VotingRound } from '../domain/council';
import type { Decision } from '../domain/decision';
import type { AwardEntry } from '../domain/award-history';
import type { LedgerPage } from '../domain/ledger-pages';
import type { SummaryRecord } from '../domain/participant-summary';
import type { AuditEntry } from '../domain/audit';
import { DB_VERSIONS } from './versions';

export const DB_NAME = 'binh-xet';

export interface BlobRecord {
  id: string; // the attachment id
  blob: Blob;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

export interface SnapshotRecord {
  id: string;
  createdAt: string;
  reason: string;
  /** The backup file contents at that moment. */
  file: Blob;
  size: number;
}

export class BinhXetDatabase extends Dexie {
  settings!: EntityTable<Settings, 'id'>;
  units!: EntityTable<Unit, 'id'>;
  people!: EntityTable<Person, 'id'>;
  campaigns!: EntityTable<Campaign, 'id'>;
  participants!: EntityTable<Participant, 'id'>;
  evidence!: EntityTable<Evidence, 'id'>;
  attachments!: EntityTable<Attachment, 'id'>;
  blobs!: EntityTable<BlobRecord, 'id'>;
  appraisals!: EntityTable<Appraisal, 'id'>;
  complaints!: EntityTable<Complaint, 'id'>;
  nominations!: EntityTable<Nomination, 'id'>;
  councilMembers!: EntityTable<CouncilMember, 'id'>;
  sessions!: EntityTable<CouncilSession, 'id'>;
  rounds!: EntityTable<VotingRound, 'id'>;
  ballots!: EntityTable<Ballot, 'id'>;
  decisions!: EntityTable<Decision, 'id'>;
  awards!: EntityTable<AwardEntry, 'id'>;
  ledgerPages!: Table<LedgerPage, string>;
  participantSummaries!: Table<SummaryRecord, [string, string]>;
  audit!: EntityTable<AuditEntry, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  snapshots!: EntityTable<SnapshotRecord, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const v of DB_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

/** Tables that hold domain records (with id, createdAt, updatedAt, rev, optional tombstone). */
export const RECORD_TABLES = [
  'settings',
  'units',
  'people',
  'campaigns',
  'participants',
  'evidence',
  'attachments',
  'appraisals',
  'complaints',
  'nominations',
  'councilMembers',
  'sessions',
  'rounds',
  'decisions',
  'awards',
] as const;
export type RecordTableName = (typeof RECORD_TABLES)[number];

export type AnyTable = Table<{ id: string }, string>;

let current: BinhXetDatabase | null = null;

/** The app's database, opened lazily. Tests may swap in a fresh one with setDatabase(). */
export function db(): BinhXetDatabase {
  current ??= new BinhXetDatabase();
  return current;
}

export function setDatabase(next: BinhXetDatabase): void {
  current = next;
}
