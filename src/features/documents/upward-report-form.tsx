// One nominee's báo cáo thành tích for the proposal upward (Mẫu số 05), written here after the
// commune's vote: parts I and II are typed, part III comes from the award ledger. Saved with the
// proposal, never into the dossier (locked: the council voted on it). Typing is kept as a draft.
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { FileText, Plus, Trash2 } from 'lucide-react';
import { saveCampaignDocuments } from '../../db/campaign-documents-repo';
import { hasReportText, upwardOf } from '../../domain/campaign-documents';
import type { AchievementReport } from '../../domain/nomination';
import { Alert } from '../../ui/alert';
import { ClashNotice } from '../../ui/clash-notice';
import { DraftBanner } from '../../ui/draft-banner';
import { errorText } from '../../ui/error-text';
import { TextAreaField, TextField } from '../../ui/fields';
import { useToast } from '../../ui/toast';
import { useFollowRecord } from '../../ui/use-follow-record';
import { useFormDraft } from '../../ui/use-form-draft';
import { useUnsavedGuard } from '../../ui/unsaved-changes';
import type { DocumentData } from './models/document-data';
import { upwardReportOf } from './models/upward-report';

/** The form always offers a first section to type into. */
function toValues(report: AchievementReport): AchievementReport {
  return { summary: report.summary, sections: report.sections.length ? report.sections : [{ heading: '', body: '' }] };
}

const LABELS = { summary: 'phần I', sections: 'phần II' };

export function UpwardReportForm({ data, nominationId, name, collective }: { data: DocumentData; nominationId: string; name: string; collective: boolean }) {
  const stored = toValues(upwardReportOf(data, nominationId).report);
  const form = useForm<AchievementReport>({ defaultValues: stored });
  const clashes = useFollowRecord(form, stored, data.campaign.rev);
  const sections = useFieldArray({ control: form.control, name: 'sections' });
  const draft = useFormDraft(`upward-report:${nominationId}`, form);
  useUnsavedGuard(form.formState.isDirty);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const dossier = data.nominations.find((n) => n.id === nominationId)?.dossier.report;

  // Through setValue, as typing does: the form turns dirty and the draft keeps it.
  const fillFrom = (report: AchievementReport) => {
    const v = toValues(report);
    form.setValue('summary', v.summary, { shouldDirty: true });
    form.setValue('sections', v.sections, { shouldDirty: true });
  };

  const save = async (v: AchievementReport) => {
    setError(null);
    const report = { summary: v.summary, sections: v.sections.filter((s) => s.heading.trim() || s.body.trim()) };
    try {
      await saveCampaignDocuments(data.campaign, (d) => {
        const up = upwardOf(d);
        return { ...d, upward: { ...up, reports: { ...up.reports, [nominationId]: report } } };
      });
      draft.saved();
      form.reset(toValues(report));
      toast.show(hasReportText(report) ? `Đã lưu báo cáo thành tích của ${name}` : `Đã lưu: báo cáo của ${name} đang để trống`);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <form className="stack" aria-label={`Báo cáo thành tích: ${name}`} onSubmit={(e) => void form.handleSubmit(save)(e)}>
      {draft.pending && <DraftBanner savedAt={draft.pending.savedAt} onRestore={draft.restore} onDiscard={draft.discard} />}
      <ClashNotice fields={clashes} labels={LABELS} saveLabel="Lưu báo cáo" />
      <TextAreaField
        label={collective ? 'I. Sơ lược đặc điểm, tình hình' : 'I. Quá trình công tác, nhiệm vụ được giao'}
        hint={collective ? 'Tên tập thể và người đứng đầu tự điền từ danh mục đơn vị.' : 'Họ tên, ngày sinh, chức vụ, đơn vị tự điền từ danh sách cán bộ.'}
        rows={3}
        {...form.register('summary')}
      />
      <p className="upward-report-part">II. Thành tích đạt được</p>
      {sections.fields.map((field, i) => (
        <fieldset key={field.id} className="upward-report-section">
          <legend>Mục {i + 1}</legend>
          <TextField label={`Tiêu đề mục ${i + 1}`} hint={i === 0 ? 'Ví dụ: Kết quả thực hiện nhiệm vụ cải cách hành chính' : undefined} {...form.register(`sections.${i}.heading`)} />
          <TextAreaField label={`Nội dung mục ${i + 1}`} rows={4} {...form.register(`sections.${i}.body`)} />
          {sections.fields.length > 1 && (
            <button type="button" className="btn btn-sm btn-ghost" onClick={() => sections.remove(i)}>
              <Trash2 size={16} aria-hidden="true" /> Xoá mục {i + 1}
            </button>
          )}
        </fieldset>
      ))}
      <div className="row">
        <button type="button" className="btn btn-sm" onClick={() => sections.append({ heading: '', body: '' })}>
          <Plus size={16} aria-hidden="true" /> Thêm mục
        </button>
        {dossier && hasReportText(dossier) && (
          <button type="button" className="btn btn-sm" onClick={() => fillFrom(dossier)}>
            <FileText size={16} aria-hidden="true" /> Điền lại từ hồ sơ đề xuất
          </button>
        )}
      </div>
      <p className="muted small" style={{ margin: 0 }}>
        III. Các hình thức đã được khen thưởng: lấy từ sổ thi đua (kể cả khen thưởng của xã trong phong trào này), không cần nhập ở đây.
      </p>
      {error && <Alert tone="danger">{error}</Alert>}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary">Lưu báo cáo</button>
      </div>
    </form>
  );
}
