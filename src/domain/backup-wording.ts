// What a clerk reads when a backup file is refused, in one place: which part of the file is
// damaged, said in words (never a field name, a path or a JavaScript type), and what to do next.
import { COLLECTIONS, type Collection } from './backup-format';

/** The next step after any refusal: the data on this PC is untouched, another file is needed. */
export const CHOOSE_AGAIN = 'Hãy chọn lại tệp sao lưu gốc (tệp .json tải từ mục “Sao lưu” của Bình Xét) hoặc một bản sao lưu khác còn nguyên vẹn.';

/** The file's top-level members, as a clerk would name them. */
const MEMBER_PARTS: Record<string, string> = {
  format: 'phần nhận dạng tệp',
  formatVersion: 'thông tin phiên bản của tệp',
  exportedAt: 'thời điểm xuất tệp',
  app: 'thông tin về ứng dụng đã tạo tệp',
  scope: 'thông tin phạm vi dữ liệu của tệp',
  data: 'phần dữ liệu',
  attachments: 'phần danh sách tệp đính kèm',
  integrity: 'mã kiểm tra toàn vẹn của tệp',
};

const COLLECTION_PARTS: Record<Collection, string> = {
  settings: 'phần cài đặt',
  units: 'phần danh sách đơn vị',
  people: 'phần danh sách cá nhân',
  campaigns: 'phần danh sách phong trào thi đua',
  participants: 'phần danh sách đối tượng thi đua',
  evidence: 'phần minh chứng',
  attachments: 'phần thông tin tệp đính kèm',
  appraisals: 'phần đánh giá tiêu chí',
  complaints: 'phần phản ánh',
  nominations: 'phần đề xuất khen thưởng',
  councilMembers: 'phần thành viên Hội đồng',
  sessions: 'phần phiên họp Hội đồng',
  rounds: 'phần vòng bỏ phiếu',
  ballots: 'phần phiếu bầu',
  decisions: 'phần quyết định khen thưởng',
  awards: 'phần sổ thi đua, khen thưởng',
  audit: 'phần nhật ký thay đổi',
};

/** A record's fields a clerk would recognise; any other is "một thông tin". */
const FIELD_WORDS: Record<string, string> = {
  name: 'tên',
  fullName: 'họ và tên',
  shortName: 'tên ngắn',
  displayName: 'tên',
  title: 'tiêu đề',
  gender: 'giới tính',
  position: 'chức vụ',
  birthDate: 'ngày sinh',
  unitId: 'đơn vị',
  personId: 'cá nhân',
  campaignId: 'phong trào',
  participantId: 'đối tượng thi đua',
  status: 'trạng thái',
  createdAt: 'ngày tạo',
  updatedAt: 'ngày sửa',
  date: 'ngày',
  year: 'năm',
  documentNumber: 'số văn bản',
  issueDate: 'ngày ban hành',
  subjectName: 'tên tập thể, cá nhân',
  decisionNumber: 'số quyết định',
  decisionDate: 'ngày quyết định',
  amount: 'số tiền',
  corrects: 'điều chỉnh',
};

const isOwn = (map: Record<string, string>, key: unknown): key is string => typeof key === 'string' && Object.hasOwn(map, key);

/** A top-level member of the file in words; a key Bình Xét never writes is "một phần không rõ". */
export function memberPart(key: unknown): string {
  return (isOwn(MEMBER_PARTS, key) ? MEMBER_PARTS[key] : undefined) ?? 'một phần không rõ của tệp';
}

export function isCollection(key: unknown): key is Collection {
  return typeof key === 'string' && (COLLECTIONS as readonly string[]).includes(key);
}

export function collectionPart(collection: Collection): string {
  return COLLECTION_PARTS[collection];
}

export function fieldWords(field: unknown): string {
  return isOwn(FIELD_WORDS, field) ? `thông tin “${FIELD_WORDS[field]}”` : 'một thông tin';
}

/** "Tệp sao lưu bị hỏng ở <part>[: why]. <what to do>" */
export function damaged(part: string, why = ''): string {
  return `Tệp sao lưu bị hỏng ở ${part}${why ? `: ${why}` : ''}. ${CHOOSE_AGAIN}`;
}
