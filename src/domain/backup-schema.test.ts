// The JSON Schema shipped in public/ is generated from the zod schemas; this test fails when
// it is out of date. Regenerate with: UPDATE_BACKUP_SCHEMA=1 npx vitest run src/domain/backup-schema.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupJsonSchema } from './backup-format';

const FILE = new URL('../../public/backup-schema.json', import.meta.url);

describe('public/backup-schema.json', () => {
  it('is what the zod schemas generate', () => {
    const text = `${JSON.stringify({ $id: 'binh-xet-backup.schema.json', title: 'Bình Xét backup file', ...(backupJsonSchema() as object) }, null, 2)}\n`;
    if (process.env.UPDATE_BACKUP_SCHEMA) writeFileSync(FILE, text);
    expect(readFileSync(FILE, 'utf8')).toBe(text);
  });
});
