// Tải bản sao lưu: all data, one campaign, or one participant's evidence packet.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Download, FileArchive } from 'lucide-react';
import { backupChoices, exportAllAndRecord, exportBackup, type ExportedFile } from '../../db/backup-repo';
import type { BackupScope } from '../../domain/backup-format';
import { Alert } from '../../ui/alert';
import { SelectField } from '../../ui/fields';
import { useToast } from '../../ui/toast';
import { errorText } from '../../ui/error-text';
import { compareUnitsThenPeople } from '../../lib/vi-text';
import { JobProgress } from './job-progress';
import { saveFile } from '../../ui/save-file';
import { useJob } from './use-job';

export function ExportCard() {
  const choices = useLiveQuery(backupChoices, []) ?? [];
  const [scope, setScope] = useState('all');
  const [packetCampaign, setPacketCampaign] = useState('');
  const [packetParticipant, setPacketParticipant] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const job = useJob();
  const toast = useToast();
  const campaign = choices.find((c) => c.id === packetCampaign) ?? choices[0];
  const participants = [...(campaign?.participants ?? [])].sort((a, b) => compareUnitsThenPeople(a, b));
  const participant = participants.find((p) => p.id === packetParticipant) ?? participants[0];

  async function download(make: (signal: AbortSignal, onProgress: (f: number) => void) => Promise<ExportedFile>) {
    setFailure(null);
    try {
      const file = await job.run('Đang chuẩn bị tệp', make);
      if (!file) return toast.show('Đã huỷ tạo bản sao lưu');
      saveFile(file.blob, file.fileName);
      toast.show(`Đã tạo tệp ${file.fileName}`);
    } catch (error) {
      setFailure(errorText(error));
    }
  }

  function downloadMain() {
    const chosen = choices.find((c) => c.id === scope);
    const backupScope: BackupScope = chosen ? { kind: 'campaign', campaignId: chosen.id, name: chosen.name } : { kind: 'all' };
    void download((signal, onProgress) => (backupScope.kind === 'all' ? exportAllAndRecord({ signal, onProgress }) : exportBackup(backupScope, { signal, onProgress })));
  }

  function downloadPacket() {
    if (!campaign || !participant) return;
    const packetScope: BackupScope = { kind: 'evidence', campaignId: campaign.id, participantId: participant.id, name: participant.name };
    void download((signal, onProgress) => exportBackup(packetScope, { signal, onProgress }));
  }

  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">Tải bản sao lưu về máy</h2>
      <p className="muted">Tệp .json chứa dữ liệu và tệp đính kèm, có mã kiểm tra để phát hiện tệp bị hỏng. Hãy cất tệp vào USB hoặc ổ đĩa khác.</p>
      <div className="row" style={{ alignItems: 'flex-end' }}>
        <SelectField label="Dữ liệu cần sao lưu" value={scope} onChange={(e) => setScope(e.target.value)}>
          <option value="all">Toàn bộ dữ liệu</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              Chỉ phong trào {c.name}
            </option>
          ))}
        </SelectField>
        <button type="button" className="btn btn-primary" onClick={downloadMain} disabled={job.running}>
          <Download size={18} aria-hidden="true" /> Tải bản sao lưu
        </button>
      </div>
      {choices.length > 0 && (
        <fieldset style={{ marginTop: 20 }}>
          <legend>Gói minh chứng của một đối tượng</legend>
          <p className="muted small">Tệp nhỏ chỉ gồm minh chứng và tệp đính kèm của một người hoặc đơn vị, để chép sang máy của cán bộ phụ trách và gộp vào cùng phong trào.</p>
          <div className="row" style={{ alignItems: 'flex-end' }}>
            <SelectField label="Phong trào" value={campaign?.id ?? ''} onChange={(e) => setPacketCampaign(e.target.value)}>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </SelectField>
            <SelectField label="Đối tượng" value={participant?.id ?? ''} onChange={(e) => setPacketParticipant(e.target.value)} disabled={participants.length === 0}>
              {participants.length === 0 && <option value="">Chưa có đối tượng</option>}
              {participants.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </SelectField>
            <button type="button" className="btn" onClick={downloadPacket} disabled={job.running || !participant}>
              <FileArchive size={18} aria-hidden="true" /> Tải gói minh chứng
            </button>
          </div>
        </fieldset>
      )}
      <JobProgress job={job} />
      {failure && (
        <div style={{ marginTop: 12 }}>
          <Alert tone="danger" title="Chưa tạo được bản sao lưu">
            {failure}
          </Alert>
        </div>
      )}
    </section>
  );
}
