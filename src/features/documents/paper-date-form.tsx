// A paper's own date and number (tờ trình, báo cáo thành tích, báo cáo tổng kết), set on its
// page. Empty fields mean "from the campaign's events", shown as the default.
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { saveCampaignDocuments } from '../../db/campaign-documents-repo';
import type { CampaignDocuments } from '../../domain/campaign-documents';
import { formatDate } from '../../lib/vi-date';
import { Alert } from '../../ui/alert';
import { DateField, TextAreaField, TextField } from '../../ui/fields';
import { errorText } from '../../ui/error-text';
import { useToast } from '../../ui/toast';
import { useFollowRecord } from '../../ui/use-follow-record';
import { ClashNotice } from '../../ui/clash-notice';
import type { DocumentData } from './models/document-data';
import { lastSessionDate, reportDate, summaryDate } from './models/document-dates';

interface Values {
  number: string;
  date?: string | undefined;
  assessment: string;
}

const PAPERS = ['to-trinh', 'bao-cao-thanh-tich', 'bao-cao-tong-ket'] as const;
type Paper = (typeof PAPERS)[number];
/** The papers whose date (and number) is set on their page. */
export const hasOwnDate = (slug: string): slug is Paper => (PAPERS as readonly string[]).includes(slug);

function stored(data: DocumentData, paper: Paper, nominationId: string | undefined): Values {
  const docs = data.campaign.documents;
  if (paper === 'to-trinh') return { number: docs.proposal.number, date: docs.proposal.date, assessment: '' };
  if (paper === 'bao-cao-tong-ket') return { number: docs.summary.number, date: docs.summary.date, assessment: docs.summary.assessment };
  return { number: '', date: nominationId ? docs.reportDates[nominationId] : undefined, assessment: '' };
}

function defaultDate(data: DocumentData, paper: Paper, nominationId: string | undefined): string {
  const without = { ...data, campaign: { ...data.campaign, documents: { ...data.campaign.documents, proposal: { number: '', date: undefined }, summary: { ...data.campaign.documents.summary, date: undefined }, reportDates: {} } } };
  const n = data.nominations.find((x) => x.id === nominationId);
  const date = paper === 'to-trinh' ? lastSessionDate(without) : paper === 'bao-cao-tong-ket' ? summaryDate(without) : n ? reportDate(without, n) : undefined;
  const from = paper === 'to-trinh' ? 'ngày họp Hội đồng' : paper === 'bao-cao-tong-ket' ? 'cuối tháng tổng kết của kế hoạch' : 'ngày hồ sơ được đánh dấu đủ (hoặc ngày thẩm định)';
  return date ? `Để trống: ${formatDate(date)} (${from}).` : `Để trống: chưa có ${from}, văn bản để trống ngày.`;
}

export function PaperDateForm({ data, paper, nominationId }: { data: DocumentData; paper: Paper; nominationId: string | undefined }) {
  const form = useForm<Values>({ defaultValues: stored(data, paper, nominationId) });
  // Any save of the campaign (another tab, a gate, a status) must not wipe what is typed here.
  const clashes = useFollowRecord(form, stored(data, paper, nominationId), data.campaign.rev);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  if (paper === 'bao-cao-thanh-tich' && !nominationId) {
    return <p className="muted small" style={{ margin: 0 }}>Mỗi báo cáo thành tích có ngày riêng: chọn một người, tập thể ở trên để đặt ngày báo cáo.</p>;
  }
  const save = async (v: Values) => {
    setError(null);
    const date = v.date || undefined;
    const change = (d: CampaignDocuments): CampaignDocuments => {
      if (paper === 'to-trinh') return { ...d, proposal: { number: v.number, date } };
      if (paper === 'bao-cao-tong-ket') return { ...d, summary: { number: v.number, date, assessment: v.assessment } };
      const others = Object.entries(d.reportDates).filter(([id]) => id !== nominationId);
      return { ...d, reportDates: Object.fromEntries(nominationId && date ? [...others, [nominationId, date]] : others) };
    };
    try {
      await saveCampaignDocuments(data.campaign, change);
      form.reset(v);
      toast.show('Đã lưu ngày, số văn bản');
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <form className="card stack" onSubmit={(e) => void form.handleSubmit(save)(e)} aria-label="Ngày, số văn bản">
      <ClashNotice fields={clashes} labels={{ number: 'Số văn bản', date: 'Ngày văn bản', assessment: 'Đánh giá chung và kiến nghị' }} saveLabel="Lưu ngày, số văn bản" />
      <div className="form-grid">
        {paper !== 'bao-cao-thanh-tich' && <TextField label="Số văn bản" hint="Ví dụ 03/TTr-HĐTĐKT; để trống nếu chưa có số" {...form.register('number')} />}
        <Controller control={form.control} name="date" render={({ field }) => <DateField label="Ngày văn bản" hint={defaultDate(data, paper, nominationId)} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />} />
        {paper === 'bao-cao-tong-ket' && (
          <TextAreaField label="IV. Đánh giá chung và kiến nghị" fieldClassName="span-2" rows={5} hint="Để trống: dùng nội dung gợi ý lập từ dữ liệu (xem bản xem trước), rồi sửa cho phù hợp." {...form.register('assessment')} />
        )}
      </div>
      {error && <Alert tone="danger">{error}</Alert>}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary">Lưu ngày, số văn bản</button>
      </div>
    </form>
  );
}
