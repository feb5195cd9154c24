// "Tải tệp Word" for the plan: the Kế hoạch page (a campaigns page) gets it through app/,
// so the two features stay apart.
import { useState } from 'react';
import { Download } from 'lucide-react';
import type { Campaign } from '../../domain/campaign';
import { errorText } from '../../ui/error-text';
import { useToast } from '../../ui/toast';
import { downloadDocx } from './download';
import { buildPlanModel } from './models/plan-doc';

export function PlanWordButton({ campaign }: { campaign: Campaign }) {
  const [busy, setBusy] = useState(false);
  const toast = useToast();
  const download = async () => {
    setBusy(true);
    try {
      await downloadDocx(buildPlanModel(campaign), campaign.id, 'plan');
    } catch (e) {
      toast.show(`Chưa tạo được tệp Word: ${errorText(e)}. Hãy thử lại; nếu vẫn lỗi, dùng nút “In”.`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="btn" disabled={busy} onClick={() => void download()}>
      <Download size={18} aria-hidden="true" /> {busy ? 'Đang tạo tệp…' : 'Tải tệp Word'}
    </button>
  );
}
