// One document of a campaign: choose the round / session / nominee it is about, see it as
// printed, print it to A4 or download it for Word. Says what is missing instead of blanks.
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { Download, FolderArchive, Printer } from 'lucide-react';
import { Page } from '../../ui/page';
import { Alert } from '../../ui/alert';
import { CampaignTabs } from '../../ui/campaign-tabs';
import './documents.css';
import { errorText } from '../../ui/error-text';
import { lastGeneration } from '../../db/document-log-repo';
import { modelFingerprint, separatelyNumbered } from '../../domain/document-model';
import { formatDateTime } from '../../lib/vi-date';
import { kindBySlug } from './document-kinds';
import { useDocumentData } from './use-document-data';
import { ChoicePicker } from './choice-picker';
import { ModelView } from './render/model-view';
import { downloadDocx } from './download';
import { DecisionForm } from './decision-form';
import { hasOwnDate, PaperDateForm } from './paper-date-form';
import { Dialog } from '../../ui/dialog';
import { UpwardForm } from './upward-form';
import { UpwardReports } from './upward-reports';
import { saveFile } from '../../ui/save-file';

export function DocumentPage() {
  const { campaignId = '', kind: slug } = useParams();
  const [params, setParams] = useSearchParams();
  const kind = kindBySlug(slug);
  const data = useDocumentData(campaignId);
  const choice = params.get('chon') ?? undefined;
  const docKey = `${slug ?? ''}${choice ? `:${choice}` : ''}`;
  const generation = useLiveQuery(() => lastGeneration(campaignId, docKey), [campaignId, docKey]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [printChoice, setPrintChoice] = useState(false);
  const [packetLinks, setPacketLinks] = useState<{ to: string; label: string }[]>([]);

  if (!kind) return <Page title="Không có văn bản này"><p>Địa chỉ không đúng. <Link to={`/campaigns/${campaignId}/documents`}>Về danh sách văn bản</Link></p></Page>;
  if (data === undefined) return <Page title={kind.name}><p className="muted">Đang tải…</p></Page>;
  if (data === null) return <Page title={kind.name}><Alert tone="danger" title="Không tìm thấy phong trào">Phong trào này không còn. <Link to="/documents">Về trang Văn bản</Link></Alert></Page>;

  const result = kind.build(data, choice);
  const stale = result.ok && generation && generation.fingerprint !== modelFingerprint(result.model);
  // Several papers in one view (every nominee's report): each is numbered from its own page 2 in
  // Word, but the browser numbers one print job straight through (report 2 would start at "4").
  const printsRunOn = result.ok && separatelyNumbered(result.model);

  const download = async () => {
    if (!result.ok) return;
    setBusy(true);
    setError(null);
    try {
      await downloadDocx(result.model, campaignId, docKey);
    } catch (e) {
      setError(`Chưa tạo được tệp Word: ${errorText(e)}. Hãy thử lại; nếu vẫn lỗi, dùng nút “In” để in trực tiếp.`);
    } finally {
      setBusy(false);
    }
  };

  const downloadPacket = async () => {
    setBusy(true);
    setError(null);
    setPacketLinks([]);
    try {
      const { upwardZip } = await import('./upward-zip');
      const zip = await upwardZip(data);
      if (zip.ok) saveFile(zip.blob, zip.fileName);
      else {
        setError(`Chưa đủ hồ sơ để đóng gói: ${zip.missing.join(' ')}`);
        setPacketLinks(zip.links ?? []);
      }
    } catch (e) {
      setError(`Chưa tạo được bộ hồ sơ: ${errorText(e)}. Hãy thử lại; nếu vẫn lỗi, tải từng văn bản bằng “Tải tệp Word”.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page
      title={kind.name}
      lead={data.campaign.shortName}
      breadcrumb={<Link to={`/campaigns/${campaignId}/documents`}>Văn bản của phong trào</Link>}
      actions={
        result.ok && (
          <>
            <button type="button" className="btn" onClick={() => (printsRunOn ? setPrintChoice(true) : window.print())}>
              <Printer size={16} aria-hidden="true" /> In
            </button>
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void download()}>
              <Download size={16} aria-hidden="true" /> {busy ? 'Đang tạo tệp…' : 'Tải tệp Word'}
            </button>
            {kind.slug === 'de-nghi-cap-tren' && (
              <button type="button" className="btn" disabled={busy} onClick={() => void downloadPacket()}>
                <FolderArchive size={16} aria-hidden="true" /> Tải bộ hồ sơ (.zip)
              </button>
            )}
          </>
        )
      }
      help={<p><strong>Trang này để làm gì?</strong> Xem trước đúng như khi in ra giấy A4. Nút “In” in trực tiếp từ trình duyệt (chọn khổ A4, lề “Không”); “Tải tệp Word” tạo tệp .docx để sửa thêm trong Word. Nội dung lấy từ dữ liệu của phong trào: muốn sửa, hãy sửa dữ liệu rồi in lại.</p>}
    >
      <CampaignTabs campaignId={campaignId} />
      {result.ok && (
        <Dialog
          open={printChoice}
          title="In từng văn bản để có số trang đúng"
          onClose={() => setPrintChoice(false)}
          actions={
            <>
              <button type="button" className="btn" onClick={() => setPrintChoice(false)}>
                Đóng
              </button>
              <button type="button" className="btn btn-primary" disabled={busy} onClick={() => { setPrintChoice(false); void download(); }}>
                <Download size={16} aria-hidden="true" /> Tải tệp Word
              </button>
            </>
          }
        >
          <p>
            Trang này có {result.model.pages.length} văn bản. Mỗi văn bản phải đánh số trang riêng từ trang 2 (Nghị định 30/2020), nhưng trình duyệt in gộp
            sẽ đánh số nối tiếp từ văn bản đầu đến văn bản cuối.
          </p>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            <li>Tải tệp Word: mỗi văn bản một phần, số trang đúng, in một lần từ Word.</li>
            <li>Hoặc chọn từng người ở ô “Người, tập thể được đề xuất” phía trên rồi bấm “In”.</li>
          </ul>
        </Dialog>
      )}
      <div className="no-print stack" style={{ marginBottom: 16 }}>
        {kind.choice !== 'none' && (
          <ChoicePicker kind={kind.choice} data={data} value={choice} onChange={(v) => setParams(v ? { chon: v } : {}, { replace: true })} />
        )}
        {/* Each paper's own date (and number) is set here; the decision keeps its own form. */}
        {hasOwnDate(kind.slug) && <PaperDateForm key={`${kind.slug}:${choice ?? ''}`} data={data} paper={kind.slug} nominationId={choice} />}
        {kind.slug === 'quyet-dinh' && <DecisionForm data={data} />}
        {kind.slug === 'de-nghi-cap-tren' && <UpwardForm data={data} />}
        {kind.slug === 'de-nghi-cap-tren' && <UpwardReports data={data} />}
        {error && (
          <Alert tone="danger">
            {error}
            {packetLinks.length > 0 && (
              <div className="row" style={{ marginTop: 8 }}>
                {packetLinks.map((l) => (
                  <Link key={l.to} className="btn btn-sm" to={l.to}>{l.label}</Link>
                ))}
              </div>
            )}
          </Alert>
        )}
        {stale && (
          <Alert tone="warning" title="Dữ liệu đã thay đổi">
            Tệp Word tải lúc {formatDateTime(generation.at)} ({generation.source}) không còn khớp với dữ liệu hiện tại. Hãy tải lại hoặc in lại.
          </Alert>
        )}
        {result.ok && <p className="muted small" style={{ margin: 0 }}>Lập từ: {result.model.source}.</p>}
      </div>
      {result.ok ? (
        <ModelView model={result.model} />
      ) : (
        <Alert tone="warning" title="Chưa lập được văn bản này">
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {result.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </Alert>
      )}
    </Page>
  );
}
