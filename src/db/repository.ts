// The one door for writes. Each operation is one Dexie transaction that validates with
// the domain schema, checks the revision (no silent overwrite from a stale tab), writes,
// and appends an audit entry; any error aborts all of it and is re-thrown.
import type { Table } from 'dexie';
import type { z } from 'zod';
import type { AuditEntry } from '../domain/audit';
import { NotFoundError, StaleWriteError } from '../domain/errors';
import { SETTINGS_ID } from '../domain/settings';
import { newId } from '../lib/ids';
import { db, type BinhXetDatabase, type RecordTableName } from './database';
import { fromZodError, toDomainError } from './errors';
import { noteSummaryChanges, SUMMARY_TABLES, type RecordChange } from './participant-summaries-repo';
import { SUMMARY_SOURCES, type SummarySource } from '../domain/participant-summary';

export interface StoredRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
  rev: number;
  deletedAt?: string | undefined;
}

type Meta = 'id' | 'createdAt' | 'updatedAt' | 'rev' | 'deletedAt';

export interface RepositoryConfig<T extends StoredRecord> {
  table: RecordTableName;
  /** Vietnamese name of the entity, for messages and the audit trail ("cán bộ"). */
  label: string;
  schema: z.ZodType<T, unknown>;
  /** How to tell which campaign a record belongs to (for the audit trail). */
  campaignOf?: (record: T) => string | undefined;
  /** A short human description for the audit trail. */
  describe?: (record: T) => string;
  /**
   * A rule checked inside the write transaction before a create or update is written (the
   * campaign's stage, say); it throws to refuse. `tables` are the other tables it reads.
   */
  guard?: { tables: RecordTableName[]; check: (database: BinhXetDatabase, record: T, before?: T) => Promise<void> };
}

export interface AuditInput {
  action: AuditEntry['action'];
  entity: string;
  entityId: string;
  campaignId?: string | undefined;
  summary: string;
  fields?: string[];
}

function nowIso(): string {
  return new Date().toISOString();
}

/** Appends an audit entry; call inside the caller's transaction (which must include db.audit and db.settings). */
export async function appendAudit(database: BinhXetDatabase, input: AuditInput): Promise<void> {
  const settings = await database.settings.get(SETTINGS_ID);
  const entry: AuditEntry = {
    id: newId(),
    at: nowIso(),
    actor: settings?.operatorName ?? '',
    fields: [],
    ...input,
  };
  await database.audit.add(entry);
}

/** Runs `work` as one read-write transaction over `tables` plus the audit trail. */
export type WritableTable = RecordTableName | 'ballots' | 'blobs' | 'snapshots' | 'ledgerPages' | 'participantSummaries';

export async function writeTransaction<R>(tables: WritableTable[], work: (database: BinhXetDatabase) => Promise<R>): Promise<R> {
  const database = db();
  const all = [...new Set([...tables, 'audit', 'settings', 'meta'])];
  try {
    return await database.transaction('rw', all, async () => {
      const result = await work(database);
      await bumpChangeCounter(database);
      return result;
    });
  } catch (error) {
    throw toDomainError(error);
  }
}

/** Counts changes since the last backup, for the reminder on the dashboard. */
async function bumpChangeCounter(database: BinhXetDatabase): Promise<void> {
  const current = await database.meta.get('changesSinceBackup');
  const count = typeof current?.value === 'number' ? current.value : 0;
  await database.meta.put({ key: 'changesSinceBackup', value: count + 1 });
}

function changedFields(before: object, after: object): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const skip = new Set(['updatedAt', 'rev']);
  return [...keys].filter(
    (k) => !skip.has(k) && JSON.stringify((before as Record<string, unknown>)[k]) !== JSON.stringify((after as Record<string, unknown>)[k]),
  );
}

export function defineRepository<T extends StoredRecord>(config: RepositoryConfig<T>) {
  const table = (database: BinhXetDatabase) => database[config.table] as unknown as Table<T, string>;

  function validate(candidate: unknown): T {
    const parsed = config.schema.safeParse(candidate);
    if (!parsed.success) throw fromZodError(config.label, parsed.error);
    return parsed.data;
  }

  const describe = (r: T) => config.describe?.(r) ?? config.label;
  // Evidence, appraisals and complaints are summarised per participant in the same transaction.
  const summarised = (SUMMARY_SOURCES as readonly string[]).includes(config.table);
  const upkeep: WritableTable[] = summarised ? [...SUMMARY_TABLES] : [];
  const noteChanges = summarised ? (database: BinhXetDatabase, changes: RecordChange<T>[]) => noteSummaryChanges(database, config.table as SummarySource, changes as never) : undefined;
  const tables = [config.table, ...(config.guard?.tables ?? []), ...upkeep];
  // No await at all without a guard: thousands of awaits on already-settled native promises in a
  // row (an import of 10,000 people) outlive Dexie's tracking of its transaction, which then
  // fails with PrematureCommitError (the benchmark's bulk write caught it).
  const check = config.guard?.check;

  return {
    label: config.label,
    validate,

    async get(id: string): Promise<T | undefined> {
      const record = await table(db()).get(id);
      return record && !record.deletedAt ? record : undefined;
    },

    /** Creates a record from its fields (without meta); returns the stored record. */
    async create(fields: Omit<z.input<z.ZodType<T, unknown>>, Meta> | Record<string, unknown>, options: { id?: string } = {}): Promise<T> {
      return writeTransaction(tables, async (database) => {
        const at = nowIso();
        const record = validate({ ...fields, id: options.id ?? newId(), createdAt: at, updatedAt: at, rev: 1 });
        if (check) await check(database, record);
        await table(database).add(record);
        if (noteChanges) await noteChanges(database, [{ after: record }]);
        await appendAudit(database, {
          action: 'create',
          entity: config.table,
          entityId: record.id,
          campaignId: config.campaignOf?.(record),
          summary: `Thêm ${describe(record)}`,
        });
        return record;
      });
    },

    /**
     * Creates many records in one transaction with one audit entry (imports, registering a
     * campaign's participants, seeding): all are validated before any is written.
     */
    async createMany(items: readonly Record<string, unknown>[], summary: string): Promise<T[]> {
      return writeTransaction(tables, async (database) => {
        const at = nowIso();
        const records = items.map((fields) => validate({ ...fields, id: (fields.id as string | undefined) ?? newId(), createdAt: at, updatedAt: at, rev: 1 }));
        if (check) for (const record of records) await check(database, record);
        await table(database).bulkAdd(records);
        if (noteChanges) await noteChanges(database, records.map((after) => ({ after })));
        const first = records[0];
        if (first) {
          await appendAudit(database, {
            action: 'create',
            entity: config.table,
            entityId: first.id,
            campaignId: config.campaignOf?.(first),
            summary: `${summary} (${records.length} bản ghi)`,
          });
        }
        return records;
      });
    },

    /**
     * Applies `patch` to the record at revision `expectedRev`. If another tab saved in
     * between, nothing is written and StaleWriteError says so.
     */
    async update(id: string, expectedRev: number, patch: Partial<Omit<T, Meta>> | Record<string, unknown>): Promise<T> {
      return writeTransaction(tables, async (database) => {
        const before = await table(database).get(id);
        if (!before || before.deletedAt) throw new NotFoundError(config.label, id);
        if (before.rev !== expectedRev) throw new StaleWriteError(config.label, id, expectedRev, before.rev);
        const record = validate({ ...before, ...patch, id, createdAt: before.createdAt, updatedAt: nowIso(), rev: before.rev + 1 });
        const fields = changedFields(before, record);
        if (fields.length === 0) return before;
        if (check) await check(database, record, before);
        await table(database).put(record);
        if (noteChanges) await noteChanges(database, [{ before, after: record }]);
        await appendAudit(database, {
          action: 'update',
          entity: config.table,
          entityId: id,
          campaignId: config.campaignOf?.(record),
          summary: `Sửa ${describe(record)}`,
          fields,
        });
        return record;
      });
    },

    /** Marks the record deleted (a tombstone that a merge respects). */
    async remove(id: string, expectedRev?: number): Promise<void> {
      await writeTransaction([config.table, ...upkeep], async (database) => {
        const before = await table(database).get(id);
        if (!before || before.deletedAt) throw new NotFoundError(config.label, id);
        if (expectedRev !== undefined && before.rev !== expectedRev) {
          throw new StaleWriteError(config.label, id, expectedRev, before.rev);
        }
        const at = nowIso();
        const after = { ...before, deletedAt: at, updatedAt: at, rev: before.rev + 1 };
        await table(database).put(after);
        if (noteChanges) await noteChanges(database, [{ before, after }]);
        await appendAudit(database, {
          action: 'delete',
          entity: config.table,
          entityId: id,
          campaignId: config.campaignOf?.(before),
          summary: `Xoá ${describe(before)}`,
        });
      });
    },
  };
}

export type Repository<T extends StoredRecord> = ReturnType<typeof defineRepository<T>>;
