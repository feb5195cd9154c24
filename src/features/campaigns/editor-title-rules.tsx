// Editor section of a year-end campaign: the title settings in one line each, and the way to
// their own page, where they stay editable after the plan is locked, until the council votes.
import { Link } from 'react-router';
import { Scale } from 'lucide-react';
import { DEFAULT_TITLE_RULES, DISCIPLINE_LABELS } from '../../domain/annual-titles';
import type { Campaign } from '../../domain/campaign';
import { shareText } from '../../domain/title-settings';
import { EditorSection } from './editor-parts';

export function TitleRulesSection({ campaign }: { campaign: Campaign }) {
  const r = campaign.titleRules ?? DEFAULT_TITLE_RULES;
  return (
    <EditorSection
      id="title-rules"
      title="Tiêu chuẩn danh hiệu"
      lead="Các mức xã tự đặt khi xét danh hiệu thi đua năm. Sửa ở trang riêng: vẫn sửa được sau khi kế hoạch đã khoá, cho đến khi Hội đồng bỏ phiếu danh hiệu đó."
    >
      <ul className="small" style={{ margin: '0 0 12px' }}>
        <li>Cá nhân bị kỷ luật từ {DISCIPLINE_LABELS[r.individualDisciplineBar]} trở lên thì không xét danh hiệu.</li>
        <li>
          Tập thể lao động tiên tiến: từ {shareText(r.collective.minShareLdtt)} thành viên đạt Lao động tiên tiến, không ai bị kỷ luật từ {DISCIPLINE_LABELS[r.collective.disciplineBar]} trở lên.
        </li>
        <li>{r.cstdCap.enabled ? `Chiến sĩ thi đua cơ sở: tối đa ${shareText(r.cstdCap.share)} số Lao động tiên tiến.` : 'Chiến sĩ thi đua cơ sở: không giới hạn số lượng.'}</li>
      </ul>
      <Link className="btn btn-sm" to={`/campaigns/${campaign.id}/title-rules`}>
        <Scale size={16} aria-hidden="true" /> Sửa tiêu chuẩn danh hiệu
      </Link>
    </EditorSection>
  );
}
