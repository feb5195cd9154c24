// What to do next in this campaign, according to its state and what is already there.
// Links go to the other tabs by URL only (each tab belongs to its own feature).
import { Link } from 'react-router';
import { ChevronRight } from 'lucide-react';
import type { CampaignCounts } from '../../db/campaign-ops';
import type { Campaign } from '../../domain/campaign';
import { evaluateGates } from '../../domain/gates';

interface Action {
  text: string;
  to: string;
  label: string;
}

export function nextActions(c: Campaign, counts: CampaignCounts | undefined): Action[] {
  const base = `/campaigns/${c.id}`;
  const gatesOpen = evaluateGates(c.gates).nominationsOpen;
  switch (c.status) {
    case 'draft':
      return [
        { text: 'Kiểm tra, hoàn thiện nội dung kế hoạch', to: `${base}/edit`, label: 'Sửa kế hoạch' },
        { text: 'Xem bản kế hoạch theo mẫu văn bản, in trình ký', to: `${base}/plan`, label: 'Xem, in' },
        { text: 'Khi kế hoạch đã ký ban hành: bấm “Phát động phong trào”', to: `${base}/edit#identity`, label: 'Điền số, ngày' },
      ];
    case 'launched':
      return [
        ...(counts?.participants ? [] : [{ text: 'Đăng ký tập thể, cá nhân tham gia thi đua', to: `${base}/participants`, label: 'Đối tượng' }]),
        { text: 'Thu thập minh chứng theo từng tiêu chí', to: `${base}/evidence`, label: 'Minh chứng' },
      ];
    case 'evaluating':
      return [
        ...(gatesOpen ? [] : [{ text: 'Ghi nhận kết quả các điều kiện chung', to: `${base}#gates`, label: 'Điều kiện' }]),
        { text: 'Thẩm định minh chứng, kiểm tra tiêu chí', to: `${base}/evidence`, label: 'Minh chứng' },
        { text: 'Lập danh sách đề xuất khen thưởng', to: `${base}/nominations`, label: 'Đề xuất' },
      ];
    case 'council':
      // After the council's vote the next step is the decision, then recording it on this page.
      if (counts?.decisions) return [{ text: 'Khi Chủ tịch đã ký quyết định (có số, ngày): bấm “Ghi nhận đã có quyết định”', to: `${base}/documents`, label: 'Xem quyết định' }];
      return [
        { text: 'Tổ chức họp Hội đồng, bỏ phiếu và công bố kết quả', to: `${base}/council`, label: 'Hội đồng' },
        { text: 'Lập quyết định khen thưởng theo kết quả đã công bố', to: `${base}/documents`, label: 'Văn bản' },
      ];
    case 'decided':
      return [
        { text: 'In quyết định, giấy khen; lập báo cáo tổng kết', to: `${base}/documents`, label: 'Văn bản' },
        { text: 'Khi đã trao thưởng, lưu hồ sơ: bấm “Kết thúc phong trào”', to: base, label: 'Tổng quan' },
      ];
    case 'closed':
      return [{ text: 'Nhân bản phong trào sang năm sau', to: '/campaigns', label: 'Danh sách phong trào' }];
  }
}

export function NextActions({ campaign, counts }: { campaign: Campaign; counts: CampaignCounts | undefined }) {
  const actions = nextActions(campaign, counts);
  return (
    <section className="card" aria-labelledby="next-title">
      <h2 id="next-title">Việc cần làm tiếp</h2>
      <ul className="next-actions">
        {actions.map((a) => (
          <li key={a.text}>
            <span>{a.text}</span>
            <Link className="btn btn-sm" to={a.to}>
              {a.label} <ChevronRight size={16} aria-hidden="true" />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
