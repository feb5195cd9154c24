// Text rules of administrative documents (Nghị định 30/2020/NĐ-CP), shared by the print
// layout and the Word (.docx) export so both say exactly the same thing.

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/**
 * The issuing body in the header, as lines: "Ủy ban nhân dân xã Văn Giáo" →
 * ["ỦY BAN NHÂN DÂN", "XÃ VĂN GIÁO"]. A governing body, when given, comes first (not bold).
 */
export function issuingBodyLines(organisationName: string): string[] {
  const name = organisationName.trim();
  const m = /^(ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân)\s+(.+)$/i.exec(name);
  if (m?.[1] && m[2]) return [upper(m[1]).replace('UỶ', 'ỦY'), upper(m[2])];
  return [upper(name)];
}

/** "Số: 99/KH-UBND", or "Số:      /QĐ-UBND" with a blank for the number while unknown. */
export function documentNumberLine(documentNumber: string | undefined, symbol: string): string {
  const n = (documentNumber ?? '').trim();
  if (!n) return `Số:        /${symbol}`;
  return `Số: ${n}`;
}

/** The signature block's lines: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] for a deputy signing for the chairman. */
export function signatureHeading(prefix: string, position: string): string[] {
  const p = prefix.trim();
  const pos = upper(position.trim());
  if (!p) return [pos];
  if (/^KT\.?$/i.test(p)) {
    // A deputy signs for the head: "KT. CHỦ TỊCH" then the deputy's own title.
    const head = pos.replace(/^PHÓ\s+/, '');
    return [`KT. ${head}`, pos];
  }
  const authority = /^TM\.?$/i.test(p) ? 'TM.' : /^TL\.?$/i.test(p) ? 'TL.' : /^Q\.?$/i.test(p) ? 'Q.' : p;
  return [`${authority} ${pos}`];
}

/** Recipients: "- a;" per line, the last one "- Lưu: VT, …." as written. */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((r, i) => {
    const text = r.trim().replace(/^-\s*/, '').replace(/[;.]+$/, '');
    return `- ${text}${i === recipients.length - 1 ? '.' : ';'}`;
  });
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day and month as Decree 30 writes them in the dateline: days under 10 and months 1–2 zero-padded. */
function dayMonth(iso: string | undefined): [string, string, string] | null {
  const m = iso ? ISO.exec(iso) : null;
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const day = Number(m[3]);
  const month = Number(m[2]);
  return [day < 10 ? `0${day}` : String(day), month <= 2 ? `0${month}` : String(month), m[1]];
}

/** A date inside a sentence, padded as in the header: "ngày 20 tháng 01 năm 2025". */
export function dateInText(iso: string | undefined): string {
  const d = dayMonth(iso);
  if (!d) return 'ngày … tháng … năm …';
  return `ngày ${d[0]} tháng ${d[1]} năm ${d[2]}`;
}

/** A short date inside a sentence, as the plan writes them: "26/4/2024", "30/01/2024". */
export function shortDateInText(iso: string | undefined): string {
  const d = dayMonth(iso);
  return d ? d.join('/') : '…/…/…';
}

/** "01 tập thể", "12 cá nhân": counts as the plan writes them (two digits under 10). */
export function countOf(n: number, noun: string): string {
  return `${n >= 0 && n < 10 ? `0${n}` : String(n)} ${noun}`;
}

/** "01 tập thể và 03 cá nhân", leaving out a kind there is none of. */
export function collectivesAndIndividuals(collectives: number, individuals: number): string {
  return [collectives ? countOf(collectives, 'tập thể') : '', individuals ? countOf(individuals, 'cá nhân') : ''].filter(Boolean).join(' và ');
}

/**
 * A trích yếu after "về": "Phát động phong trào…" → "phát động phong trào…". An acronym or a
 * word in capitals ("CCHC", "UBND") keeps its case.
 */
export function aboutText(summary: string): string {
  const text = summary.replace(/\s+/g, ' ').trim().replace(/^về\s+/i, '');
  const first = text.split(' ')[0] ?? '';
  if (first.length > 1 && first === first.toLocaleUpperCase('vi')) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** "08 giờ 00 phút" from "8:00" / "08:00"; empty when unknown. */
export function timeInText(time: string | undefined): string {
  const m = time ? /^(\d{1,2})[:hg](\d{2})?/.exec(time.trim()) : null;
  if (!m) return '';
  return `${String(Number(m[1])).padStart(2, '0')} giờ ${m[2] ?? '00'} phút`;
}

/** A basis line of a decision: "Căn cứ Kế hoạch số 99/KH-UBND ngày 26/4/2024 của … về phát động …;" */
export function basisLine(kind: string, number: string, iso: string | undefined, issuer: string, summary: string): string {
  const date = iso && ISO.test(iso) ? ` ngày ${shortDateInText(iso)}` : '';
  const by = issuer.trim() ? ` của ${issuer.trim()}` : '';
  const about = summary.trim() ? ` về ${aboutText(summary)}` : '';
  return `Căn cứ ${kind} số ${number}${date}${by}${about};`.replace(/\s+/g, ' ');
}

/** The kind of a document from its symbol: "1970/KH-UBND" → "Kế hoạch". */
export function kindOfNumber(number: string): string {
  const symbol = number.split('/').slice(1).join('/').toUpperCase();
  const kinds: [RegExp, string][] = [
    [/^KH/, 'Kế hoạch'],
    [/^QĐ/, 'Quyết định'],
    [/^NĐ/, 'Nghị định'],
    [/^NQ/, 'Nghị quyết'],
    [/^TT/, 'Thông tư'],
    [/^CT/, 'Chỉ thị'],
    [/^HD/, 'Hướng dẫn'],
    [/^QH/, 'Luật'],
  ];
  return kinds.find(([re]) => re.test(symbol.replace(/^\d+\//, '')))?.[1] ?? 'Văn bản';
}
