// Đối tượng thi đua of one campaign: register units and people by the campaign's scope in
// one action, or one by one; remove (a tombstone, so a merge does not bring it back).
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { UserPlus, Trash2 } from 'lucide-react';
import { campaignsRepo } from '../../db/campaign-repo';
import { listParticipants, registerByScope, registerOne, removeParticipant } from '../../db/participants-repo';
import { PERSON_KIND_LABELS, UNIT_KIND_LABELS } from '../../domain/register';
import type { Participant } from '../../domain/campaign';
import { compareText, compareVietnameseNames, matchesSearch } from '../../lib/vi-text';
import { CampaignTabs } from '../../ui/campaign-tabs';
import { Page } from '../../ui/page';
import { TextField } from '../../ui/fields';
import { errorText } from '../../ui/error-text';
import { useToast } from '../../ui/toast';
import { AddOne } from './participants-add-one';
import { usePeople, useUnits } from './use-register';

export function ParticipantsPage() {
  const { campaignId = '' } = useParams();
  const campaign = useLiveQuery(async () => (await campaignsRepo.get(campaignId)) ?? null, [campaignId]);
  const participants = useLiveQuery(() => listParticipants(campaignId), [campaignId]);
  const units = useUnits();
  const people = usePeople();
  const [query, setQuery] = useState('');
  const toast = useToast();

  const pending = useMemo(() => {
    if (!campaign || !participants || !units || !people) return { units: 0, people: 0 };
    const has = new Set(participants.flatMap((p) => [p.unitId, p.personId]));
    return {
      units: units.filter((u) => !u.archived && campaign.scope.unitKinds.includes(u.kind) && !has.has(u.id)).length,
      people: people.filter((p) => p.active && !p.archived && campaign.scope.personKinds.includes(p.kind) && !has.has(p.id)).length,
    };
  }, [campaign, participants, units, people]);

  if (campaign === null) return <Page title="Không tìm thấy phong trào"><p role="alert">Phong trào này không còn; có thể đã bị xoá.</p></Page>;
  const run = (action: () => Promise<unknown>, done: string) =>
    action().then(
      () => toast.show(done),
      (e: unknown) => toast.show(errorText(e), undefined, 8000),
    );
  const shown = (participants ?? []).filter((p) => matchesSearch(p.displayName, query));
  const collectives = shown.filter((p) => p.category === 'collective').sort((a, b) => compareText(a.displayName, b.displayName));
  const individuals = shown.filter((p) => p.category === 'individual').sort((a, b) => compareVietnameseNames(a.displayName, b.displayName));
  const scopeText = campaign
    ? [...campaign.scope.unitKinds.map((k) => UNIT_KIND_LABELS[k]), ...campaign.scope.personKinds.map((k) => PERSON_KIND_LABELS[k])].join(', ')
    : '';

  return (
    <Page
      title="Đối tượng thi đua"
      lead={campaign ? campaign.shortName : 'Đang tải…'}
      actions={
        <button
          type="button"
          className="btn btn-primary"
          disabled={pending.units + pending.people === 0}
          title={pending.units + pending.people === 0 ? 'Mọi đơn vị và người trong phạm vi của kế hoạch đã được đăng ký' : undefined}
          onClick={() => void run(() => registerByScope(campaignId), `Đã đăng ký ${pending.units} tập thể, ${pending.people} cá nhân`)}
        >
          <UserPlus size={18} aria-hidden="true" /> Đăng ký theo phạm vi ({pending.units + pending.people})
        </button>
      }
      help={
        <>
          <strong>Trang này để làm gì?</strong> Chọn ai tham gia phong trào. “Đăng ký theo phạm vi” thêm một lần mọi đơn vị và mọi
          người đang công tác thuộc phạm vi của kế hoạch ({scopeText || 'chưa khai báo'}); người đã có không bị thêm lại. Tiếp theo: thẻ
          <em> Minh chứng</em>.
        </>
      }
    >
      <CampaignTabs campaignId={campaignId} />
      <div className="card">
        <div className="form-grid" style={{ alignItems: 'end' }}>
          <TextField label="Tìm trong danh sách" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Gõ có dấu hoặc không dấu" />
          <AddOne campaignId={campaignId} participants={participants ?? []} units={units ?? []} people={people ?? []} onAdd={(target, name) => void run(() => registerOne(campaignId, target), `Đã thêm “${name}”`)} />
        </div>
      </div>
      <div className="grid grid-2" style={{ marginTop: 16, alignItems: 'start' }}>
        <ParticipantList title={`Tập thể (${collectives.length})`} list={collectives} onRemove={(p) => void run(() => removeParticipant(p.id, p.rev), `Đã bỏ “${p.displayName}” khỏi danh sách`)} />
        <ParticipantList title={`Cá nhân (${individuals.length})`} list={individuals} onRemove={(p) => void run(() => removeParticipant(p.id, p.rev), `Đã bỏ “${p.displayName}” khỏi danh sách`)} />
      </div>
    </Page>
  );
}

function ParticipantList({ title, list, onRemove }: { title: string; list: Participant[]; onRemove: (p: Participant) => void }) {
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      {list.length === 0 ? (
        <p className="muted">Chưa có ai.</p>
      ) : (
        <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0, gap: 4 }}>
          {list.map((p) => (
            <li key={p.id} className="row" style={{ justifyContent: 'space-between' }}>
              <span>{p.displayName}</span>
              <button type="button" className="btn btn-sm btn-ghost" onClick={() => onRemove(p)} aria-label={`Bỏ ${p.displayName} khỏi danh sách`}>
                <Trash2 size={16} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export { ParticipantsPage as Component };
