// The documents a campaign can produce, in the order the work happens, and how each is built.
import type { BuildResult, DocumentData } from './models/document-data';
import { buildProposal } from './models/proposal-doc';
import { buildAchievementReports } from './models/report-doc';
import { buildSummaryReport } from './models/summary-doc';
import { buildBallots } from './models/ballot-doc';
import { buildCount } from './models/count-doc';
import { buildMinutes } from './models/minutes-doc';
import { buildDecision } from './models/decision-doc';
import { buildCertificates } from './models/certificate-doc';
import { buildUpwardProposal } from './models/upward-doc';

export type Choice = 'round' | 'session' | 'nomination' | 'none';

export interface DocumentKind {
  slug: string;
  name: string;
  what: string;
  choice: Choice;
  /** A paper a campaign may well not need (the proposal upward): not "missing" until asked for. */
  optional?: true;
  build: (d: DocumentData, choice: string | undefined) => BuildResult;
}

export const DOCUMENT_KINDS: DocumentKind[] = [
  { slug: 'bao-cao-thanh-tich', name: 'Báo cáo thành tích', what: 'Từng người, từng tập thể được đề xuất, lấy từ hồ sơ.', choice: 'nomination', build: buildAchievementReports },
  { slug: 'phieu-bau', name: 'Phiếu bầu', what: 'Phiếu in cho một vòng bỏ phiếu, nhiều phiếu một trang, có đường cắt.', choice: 'round', build: (d, c) => buildBallots(d, c) },
  { slug: 'bien-ban-kiem-phieu', name: 'Biên bản kiểm phiếu', what: 'Số phiếu phát ra, thu vào, hợp lệ; số phiếu và tỉ lệ của từng người.', choice: 'round', build: buildCount },
  { slug: 'bien-ban-hop', name: 'Biên bản họp Hội đồng', what: 'Mẫu 1.9: thành phần, nội dung, kết quả; Thư ký và Chủ tọa ký.', choice: 'session', build: buildMinutes },
  { slug: 'to-trinh', name: 'Tờ trình đề nghị khen thưởng', what: 'Hội đồng trình Chủ tịch danh sách được chọn.', choice: 'none', build: (d) => buildProposal(d) },
  { slug: 'quyet-dinh', name: 'Quyết định khen thưởng', what: 'Mẫu 1.2: căn cứ, Điều 1–3, danh sách và tiền thưởng.', choice: 'none', build: (d) => buildDecision(d) },
  { slug: 'giay-khen', name: 'Giấy khen', what: 'Khổ A4 ngang, mỗi người, mỗi tập thể một tờ.', choice: 'none', build: (d) => buildCertificates(d) },
  { slug: 'de-nghi-cap-tren', name: 'Tờ trình đề nghị cấp trên khen thưởng', what: 'Mẫu số 01: xã đề nghị cấp trên khen thưởng, kèm danh sách và bộ hồ sơ (.zip).', choice: 'none', optional: true, build: (d) => buildUpwardProposal(d) },
  { slug: 'bao-cao-tong-ket', name: 'Báo cáo tổng kết', what: 'Kết quả phong trào: tham gia, bình xét, khen thưởng.', choice: 'none', build: (d) => buildSummaryReport(d) },
];

export function kindBySlug(slug: string | undefined): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((k) => k.slug === slug);
}
