// The date (and number) each paper carries: the one stored on its page, or else the day of
// the campaign event it belongs to. Never the day it is printed.
import { lastDayOfMonth } from '../../../domain/campaign-documents';
import { selectInForce } from '../../../domain/legal-bases';
import type { Nomination } from '../../../domain/nomination';
import type { DocumentData } from './document-data';

const latest = (...dates: (string | undefined)[]) => dates.filter((x): x is string => !!x).sort().at(-1);

/** The council's last session: the tờ trình follows it. */
export function lastSessionDate(d: DocumentData): string | undefined {
  return latest(...d.sessions.filter((s) => !s.deletedAt).map((s) => s.date));
}

/** Tờ trình: its own date, or the day the council met. */
export function proposalDate(d: DocumentData): string | undefined {
  return d.campaign.documents.proposal.date ?? lastSessionDate(d);
}

/** Báo cáo thành tích: its own date, or the day the dossier was completed (else appraised). */
export function reportDate(d: DocumentData, n: Nomination): string | undefined {
  return d.campaign.documents.reportDates[n.id] ?? d.dossierCompleted[n.id] ?? n.dossier.appraisalDate;
}

/** Báo cáo tổng kết: its own date, or the end of the plan's review month, not before the decision. */
export function summaryDate(d: DocumentData): string | undefined {
  return d.campaign.documents.summary.date ?? latest(lastDayOfMonth(d.campaign.timeline.reviewMonth), d.decision?.date);
}

/** The legal bases a decision of `date` cites (Settings, by date). */
export function legalBasesOn(d: DocumentData, date: string | undefined): string[] {
  return selectInForce(d.settings.legalBases, date).map((e) => e.text);
}

/** The higher-level bodies in force on `date`: the town's office before 01/7/2025, the province's after. */
export function higherBodiesOn(d: DocumentData, date: string | undefined): string[] {
  return selectInForce(d.settings.higherBodies, date).map((e) => e.text);
}
