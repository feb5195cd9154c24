// The dossier the commune sends upward, as the papers it is made of (Decree 152: tờ trình with the
// list, each nominee's báo cáo thành tích, the council's minutes) plus the commune's own decision.
// Pure: which models go in, under which file names, or what is still missing. Zipping is done by
// the page (upward-zip.ts), so this is testable without a browser.
import type { DocumentModel } from '../../../domain/document-model';
import { buildDecision } from './decision-doc';
import { buildMinutes } from './minutes-doc';
import { buildUpwardReport, upwardReportLink } from './upward-report';
import { nameOf, safeFileName, type DocumentData } from './document-data';
import { buildUpwardProposal, upwardItems } from './upward-doc';

/** `links`: where each missing paper can be written now (a report: on the proposal's own page), for the refusal to point at. */
export type PacketResult = { ok: true; files: { name: string; model: DocumentModel }[] } | { ok: false; missing: string[]; links?: { to: string; label: string }[] };

export function upwardPacket(d: DocumentData): PacketResult {
  const proposal = buildUpwardProposal(d);
  if (!proposal.ok) return proposal;
  const files: { name: string; model: DocumentModel }[] = [{ name: '01-to-trinh-de-nghi-khen-thuong.docx', model: proposal.model }];
  const missing: string[] = [];
  const links: { to: string; label: string }[] = [];
  upwardItems(d).forEach((item, i) => {
    const report = buildUpwardReport(d, item);
    const who = nameOf(d, item.nominationId);
    if (report.ok) files.push({ name: `02-bao-cao-thanh-tich-${String(i + 1).padStart(2, '0')}-${safeFileName(who)}.docx`, model: report.model });
    else {
      missing.push(...report.missing);
      links.push({ to: upwardReportLink(d.campaign.id, item.nominationId), label: `Viết báo cáo thành tích của ${who}` });
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
