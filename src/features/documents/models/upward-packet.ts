// The dossier the commune sends upward, as the papers it is made of (Decree 152: tờ trình with the
// list, each nominee's báo cáo thành tích, the council's minutes) plus the commune's own decision.
// Pure: which models go in, under which file names, or what is still missing. Zipping is done by
// the page (upward-zip.ts), so this is testable without a browser.
import type { DocumentModel } from '../../../domain/document-model';
import { buildDecision } from './decision-doc';
import { buildMinutes } from './minutes-doc';
import { buildAchievementReports } from './report-doc';
import { nameOf, safeFileName, type DocumentData } from './document-data';
import { buildUpwardProposal, upwardItems } from './upward-doc';

/** `links`: where each missing paper is written (a nominee's dossier), for the refusal to point at. */
export type PacketResult = { ok: true; files: { name: string; model: DocumentModel }[] } | { ok: false; missing: string[]; links?: { to: string; label: string }[] };

export function upwardPacket(d: DocumentData): PacketResult {
  const proposal = buildUpwardProposal(d);
  if (!proposal.ok) return proposal;
  const files: { name: string; model: DocumentModel }[] = [{ name: '01-to-trinh-de-nghi-khen-thuong.docx', model: proposal.model }];
  const missing: string[] = [];
  const links: { to: string; label: string }[] = [];
  upwardItems(d).forEach((item, i) => {
    const report = buildAchievementReports(d, item.nominationId);
    const who = nameOf(d, item.nominationId);
    if (report.ok) files.push({ name: `02-bao-cao-thanh-tich-${String(i + 1).padStart(2, '0')}-${safeFileName(who)}.docx`, model: report.model });
    else {
      missing.push(`${who}: chưa có báo cáo thành tích trong hồ sơ đề xuất.`);
      links.push({ to: `/campaigns/${d.campaign.id}/nominations/${item.nominationId}`, label: `Mở hồ sơ của ${who}` });
    }
  });
  const minutes = buildMinutes(d, undefined);
  if (minutes.ok) files.push({ name: '03-bien-ban-hop-hoi-dong.docx', model: minutes.model });
  else missing.push(...minutes.missing);
  const decision = buildDecision(d);
  if (decision.ok) files.push({ name: '04-quyet-dinh-khen-thuong-cua-xa.docx', model: decision.model });
  else missing.push(...decision.missing);
  return missing.length ? { ok: false, missing, links } : { ok: true, files };
}
