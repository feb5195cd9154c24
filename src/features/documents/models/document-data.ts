// Everything a campaign's documents are filled from, read once, plus small lookups shared
// by the document builders. Builders are pure functions of this data.
import type { Campaign, Participant } from '../../../domain/campaign';
import type { CouncilMember, CouncilSession, VotingRound } from '../../../domain/council';
import type { Decision } from '../../../domain/decision';
import type { AwardEntry } from '../../../domain/award-history';
import type { DocumentModel, DocHeader, SignBlock } from '../../../domain/document-model';
import type { Nomination } from '../../../domain/nomination';
import type { Person, Unit } from '../../../domain/register';
import type { SettingsFields } from '../../../domain/settings';
import { documentNumberLine, issuingBodyLines, signatureHeading } from '../../../domain/document-format';
import { documentDateLine, formatDate } from '../../../lib/vi-date';
import { compareVietnameseNames, foldForSearch } from '../../../lib/vi-text';

export interface DocumentData {
  settings: SettingsFields;
  campaign: Campaign;
  participants: Participant[];
  nominations: Nomination[];
  members: CouncilMember[];
  sessions: CouncilSession[];
  rounds: VotingRound[];
  decision?: Decision | undefined;
  units: Unit[];
  people: Person[];
  /**
   * Dates of the campaign's events that papers default to: nomination id → the day its
   * dossier was marked complete (from the audit trail). Papers never read the PC's clock.
   */
  dossierCompleted: Record<string, string>;
  /**
   * The award history (sổ thi đua) of the campaign's nominees, as stored: section III of each báo
   * cáo thành tích lists what the nominee received before. Absent where not loaded.
   */
  awards?: AwardEntry[] | undefined;
}

export type BuildResult = { ok: true; model: DocumentModel } | { ok: false; missing: string[] };

export const missing = (...what: string[]): BuildResult => ({ ok: false, missing: what });

export function header(d: DocumentData, numberLine: { number?: string | undefined; symbol: string } | null, date: string | undefined): DocHeader {
  const h: DocHeader = {
    issuingLines: issuingBodyLines(d.campaign.issuingBody || d.settings.organisationName),
    dateLine: documentDateLine(d.campaign.place || d.settings.placeName, date),
  };
  if (numberLine) h.numberLine = documentNumberLine(numberLine.number, numberLine.symbol);
  return h;
}

export function councilHeader(d: DocumentData, symbol: string, date: string | undefined): DocHeader {
  const base = header(d, { symbol }, date);
  // The council sits under the People's Committee: "UBND XÃ VĂN GIÁO" above it, as usual on its papers.
  const org = issuingBodyLines(d.campaign.issuingBody || d.settings.organisationName);
  const governingBody = org.length === 2 && org[0] === 'ỦY BAN NHÂN DÂN' ? `UBND ${org[1] ?? ''}` : org.join(' ');
  return { ...base, governingBody, issuingLines: ['HỘI ĐỒNG THI ĐUA', 'KHEN THƯỞNG'] };
}

export function signBlock(prefix: string, position: string, name: string): SignBlock {
  return { heading: signatureHeading(prefix, position), name };
}

export function nameOf(d: DocumentData, nominationId: string): string {
  const n = d.nominations.find((x) => x.id === nominationId);
  const p = n && d.participants.find((x) => x.id === n.participantId);
  return p?.displayName ?? '(không rõ)';
}

/** The person behind an individual nomination, and their unit. */
export function personOf(d: DocumentData, nomination: Nomination): { person?: Person | undefined; unit?: Unit | undefined } {
  const p = d.participants.find((x) => x.id === nomination.participantId);
  if (!p || p.category === 'collective') return {};
  const person = d.people.find((x) => x.id === p.personId);
  const unit = person?.unitId ? d.units.find((u) => u.id === person.unitId) : undefined;
  return { person, unit };
}

/** The unit of a collective nomination. */
export function unitOfCollective(d: DocumentData, nomination: Nomination): Unit | undefined {
  const p = d.participants.find((x) => x.id === nomination.participantId);
  return p?.category === 'collective' ? d.units.find((u) => u.id === p.unitId) : undefined;
}

/**
 * "Công chức Văn phòng - Thống kê, Văn phòng - Thống kê" says the unit twice: when the position
 * already names the unit, it is written once.
 */
export function positionAndUnit(position: string | undefined, unit: string | undefined): string {
  const pos = (position ?? '').trim();
  const u = (unit ?? '').trim();
  if (pos && u && foldForSearch(pos).includes(foldForSearch(u))) return pos;
  return [pos, u].filter(Boolean).join(', ');
}

/** The position and unit of an individual (empty for a collective), for certificates and reports. */
export function unitOf(d: DocumentData, nomination: Nomination): string {
  const { person, unit } = personOf(d, nomination);
  return positionAndUnit(person?.position, unit?.name);
}

/** "Ông" / "Bà" before an individual's name, from the register; nothing when unknown. */
export function honorificOf(d: DocumentData, nomination: Nomination): string {
  const gender = personOf(d, nomination).person?.gender;
  return gender === 'nam' ? 'Ông' : gender === 'nu' ? 'Bà' : '';
}

/** The commune chair: named in Settings, else the signer "Chủ tịch", else the council's chair. */
export function communeChairName(d: DocumentData): string {
  return (
    d.settings.proposal.addresseeName ||
    d.settings.signers.find((s) => /^chủ tịch$/i.test(s.position.trim()))?.signerName ||
    (d.campaign.signature.position.trim().toLocaleLowerCase('vi') === 'chủ tịch' ? d.campaign.signature.signerName : '') ||
    chairOf(d)?.fullName ||
    ''
  );
}

export function rewardOf(d: DocumentData, rewardId: string) {
  return d.campaign.rewards.find((r) => r.id === rewardId);
}

/** Collectives first, then individuals, each in Vietnamese name order. */
export function sortNominations(d: DocumentData, list: Nomination[]): Nomination[] {
  return [...list].sort((a, b) => {
    if (a.category !== b.category) return a.category === 'collective' ? -1 : 1;
    const an = nameOf(d, a.id);
    const bn = nameOf(d, b.id);
    return a.category === 'individual' ? compareVietnameseNames(an, bn) : an.localeCompare(bn, 'vi');
  });
}

/** The decision's awardees in the one order every paper uses (see sortNominations). */
export function sortAwardees<T extends { nominationId: string }>(d: DocumentData, awardees: readonly T[]): T[] {
  const order = sortNominations(d, d.nominations).map((n) => n.id);
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...awardees].sort((a, b) => rank(a.nominationId) - rank(b.nominationId));
}

export const isChosen = (n: Nomination) => !n.deletedAt && (n.status === 'selected' || n.status === 'awarded');

export function chairOf(d: DocumentData, session?: CouncilSession): CouncilMember | undefined {
  const members = d.members.filter((m) => !m.deletedAt);
  return (session?.chairId && members.find((m) => m.id === session.chairId)) || members.find((m) => m.role === 'chu-tich');
}

export function secretaryOf(d: DocumentData, session?: CouncilSession): CouncilMember | undefined {
  const members = d.members.filter((m) => !m.deletedAt);
  return (session?.secretaryId && members.find((m) => m.id === session.secretaryId)) || members.find((m) => m.role === 'thu-ky');
}

/** What the paper was made from, with its own date (never the day it is printed). */
export function sourceLine(d: DocumentData, extra: string[] = [], date?: string): string {
  return [d.campaign.shortName, ...extra, ...(date ? [`văn bản ngày ${formatDate(date)}`] : [])].join('; ');
}

export function safeFileName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}
