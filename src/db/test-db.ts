// Test helper: a fresh, uniquely named database for each test (fake-indexeddb in unit tests).
import { BinhXetDatabase, setDatabase } from './database';
import { randomId } from '../lib/ids';

export function freshDatabase(): BinhXetDatabase {
  const database = new BinhXetDatabase(`test-${randomId()}`);
  setDatabase(database);
  return database;
}
