// Builds the upward dossier as one .zip of Word files (loaded only when asked for).
import type { DocumentData } from './models/document-data';
import { safeFileName } from './models/document-data';
import { upwardPacket } from './models/upward-packet';

export async function upwardZip(d: DocumentData): Promise<{ ok: true; blob: Blob; fileName: string; count: number } | { ok: false; missing: string[]; links?: { to: string; label: string }[] }> {
  const packet = upwardPacket(d);
  if (!packet.ok) return packet;
  const [{ buildDocxBlob }, { zipSync }] = await Promise.all([import('./docx/build-docx'), import('fflate')]);
  const entries: Record<string, Uint8Array> = {};
  for (const f of packet.files) entries[f.name] = new Uint8Array(await (await buildDocxBlob(f.model)).arrayBuffer());
  // Word files are already compressed: store them as they are.
  const zip = zipSync(entries, { level: 0 });
  return { ok: true, blob: new Blob([zip as BlobPart], { type: 'application/zip' }), fileName: `ho-so-de-nghi-cap-tren-${safeFileName(d.campaign.shortName)}.zip`, count: packet.files.length };
}
