// Makes the Word file of a model and hands it to the browser; the docx library is loaded
// only now, so it never weighs on the first load of the app.
import type { DocumentModel } from '../../domain/document-model';
import { modelFingerprint } from '../../domain/document-model';
import { recordGeneration } from '../../db/document-log-repo';

export async function downloadDocx(model: DocumentModel, campaignId: string, docKey: string): Promise<void> {
  const { buildDocxBlob } = await import('./docx/build-docx');
  const blob = await buildDocxBlob(model);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = model.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  await recordGeneration(campaignId, docKey, { fingerprint: modelFingerprint(model), source: model.source, name: model.name });
}
