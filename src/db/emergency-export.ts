// A last-resort dump of every table, offered by the error screen when the app cannot go
// on: whatever else breaks, the officer can still take the data away in one file.
import { db } from './database';

async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function emergencyDump(): Promise<Blob> {
  const database = db();
  if (!database.isOpen()) await database.open();
  const data: Record<string, unknown[]> = {};
  for (const table of database.tables) {
    if (table.name === 'snapshots') continue;
    const rows = await table.toArray();
    data[table.name] =
      table.name === 'blobs'
        ? await Promise.all(rows.map(async (r: { id: string; blob: Blob }) => ({ id: r.id, base64: await blobToBase64(r.blob) })))
        : rows;
  }
  const file = { format: 'binh-xet-emergency-dump', exportedAt: new Date().toISOString(), data };
  return new Blob([JSON.stringify(file)], { type: 'application/json' });
}
