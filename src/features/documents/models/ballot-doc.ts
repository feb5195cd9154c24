// Phiếu bầu: the ballot papers of one round, several per A4 page with cut lines between.
// Each candidate gets an "Đồng ý" / "Không đồng ý" box; a voter ticks one.
import { centered, type Block, type DocPage } from '../../../domain/document-model';
import { CATEGORY_LABELS } from '../../../domain/rules';
import { issuingBodyLines } from '../../../domain/document-format';
import { missing, nameOf, safeFileName, sortNominations, sourceLine, type BuildResult, type DocumentData } from './document-data';

/** How many papers fit on a page: long lists get a page each. */
export function ballotsPerPage(candidates: number): number {
  if (candidates <= 3) return 3;
  if (candidates <= 10) return 2;
  return 1;
}

export function buildBallots(d: DocumentData, roundId: string | undefined, copies?: number): BuildResult {
  const rounds = d.rounds.filter((r) => !r.deletedAt);
  const round = rounds.find((r) => r.id === roundId) ?? rounds.find((r) => r.status === 'prepared' || r.status === 'open') ?? rounds.at(-1);
  if (!round) return missing('Chưa có vòng bỏ phiếu nào: hãy chuẩn bị một vòng bỏ phiếu ở mục Hội đồng.');
  const members = d.members.filter((m) => !m.deletedAt).length;
  // Names in the one order of every paper (as the decision lists them), not the order they were added.
  const byId = new Map(d.nominations.map((n) => [n.id, n]));
  const known = sortNominations(d, round.candidateIds.flatMap((id) => byId.get(id) ?? [])).map((n) => n.id);
  const candidates = [...known, ...round.candidateIds.filter((id) => !byId.has(id))];
  const count = copies ?? Math.max(members, 1);
  // "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG XÃ VĂN GIÁO": the council is named after the commune.
  const orgLines = issuingBodyLines(d.campaign.issuingBody || d.settings.organisationName);
  const org = orgLines.at(-1) ?? '';
  const paper: Block[] = [
    centered([{ text: `HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG ${org}`, bold: true, size: 12 }]),
    centered([{ text: 'PHIẾU BẦU', bold: true, size: 16 }], { spaceBefore: 4 }),
    centered([{ text: `Khen thưởng ${CATEGORY_LABELS[round.category].toLocaleLowerCase('vi')} trong ${d.campaign.shortName} — vòng ${round.number}`, italic: true, size: 12 }]),
    {
      kind: 'table',
      size: 12,
      columns: [{ header: 'STT', width: 8, align: 'center' }, { header: 'Họ và tên / Tên tập thể', width: 56 }, { header: 'Đồng ý', width: 18, align: 'center' }, { header: 'Không đồng ý', width: 18, align: 'center' }],
      rows: candidates.map((id, i) => [String(i + 1), nameOf(d, id), '☐', '☐']),
    },
    { kind: 'paragraph', runs: [{ text: `Đánh dấu ✓ vào một ô của mỗi dòng. Chọn “Đồng ý” không quá ${round.quota} ${round.category === 'collective' ? 'tập thể' : 'người'}. Phiếu đánh dấu cả hai ô hoặc quá số lượng là phiếu không hợp lệ.`, italic: true, size: 11 }], align: 'justify' },
  ];
  const perPage = ballotsPerPage(round.candidateIds.length);
  const pages: DocPage[] = [];
  for (let i = 0; i < count; i += perPage) {
    const blocks: Block[] = [];
    for (let j = i; j < Math.min(count, i + perPage); j++) {
      if (j > i) blocks.push({ kind: 'cut' });
      blocks.push(...paper);
    }
    pages.push({ blocks });
  }
  return {
    ok: true,
    model: {
      name: `Phiếu bầu vòng ${round.number}`,
      fileName: `phieu-bau-vong-${round.number}-${safeFileName(CATEGORY_LABELS[round.category])}.docx`,
      orientation: 'portrait',
      pageNumbers: false,
      source: sourceLine(d, [`vòng ${round.number} (${CATEGORY_LABELS[round.category]})`, `${count} phiếu`]),
      pages,
    },
  };
}
