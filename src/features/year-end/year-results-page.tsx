// Kết quả năm: the year's rating, discipline and initiatives of every person of a year-end campaign,
// entered fast in one table (a select per cell, Tab moves on), with each title's verdict beside the
// row as it is typed, and each unit's Tập thể LĐTT; saved together through one audited write.
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { FileSpreadsheet, Save, Scale } from 'lucide-react';
import { saveYearResults } from '../../db/participants-repo';
import { ANNUAL_TITLE_NAMES, DEFAULT_TITLE_RULES, DISCIPLINES, DISCIPLINE_LABELS, QUALITY_RATINGS, QUALITY_RATING_LABELS, definitionFor, type Initiative, type YearResult } from '../../domain/annual-titles';
import type { Participant } from '../../domain/campaign';
import { titleVerdicts } from '../../domain/year-end';
import { cstdCap, type TitleVerdict } from '../../domain/annual-titles-eval';
import { compareText, compareVietnameseNames, matchesSearch } from '../../lib/vi-text';
import { CampaignTabs } from '../../ui/campaign-tabs';
import { TextField } from '../../ui/fields';
import { Page } from '../../ui/page';
import { Alert } from '../../ui/alert';
import { errorText } from '../../ui/error-text';
import { useToast } from '../../ui/toast';
import { useUnsavedGuard } from '../../ui/unsaved-changes';
import { InitiativesDialog } from './initiatives-dialog';
import { useYearEndData } from './use-year-end-data';
import { VerdictBadge } from './verdict-badge';
import './year-end.css';

const EMPTY: YearResult = { discipline: 'none', initiatives: [] };

const SHORT: Record<string, string> = { 'lao-dong-tien-tien': 'LĐTT', 'chien-si-thi-dua-co-so': 'CSTĐ' };

/**
 * What stands between a person and the titles, in a few words: each title not met with its
 * reason, a higher title left out when it fails only because the lower one does (its reason would
 * repeat). The full sentences, with their sources, are on the badges.
 */
function whyNot(verdicts: readonly (TitleVerdict | undefined)[]): string {
  const open = verdicts.filter((v): v is TitleVerdict => !!v && v.state !== 'met');
  const shown = open.filter((v, i) => i === 0 || !open.slice(0, i).some((lower) => lower.state === v.state));
  return shown.map((v) => `${SHORT[v.title] ?? ''}: ${v.reason}`).join('; ');
}

export function YearResultsPage() {
  const { campaignId = '' } = useParams();
  const data = useYearEndData(campaignId);
  const [edits, setEdits] = useState<Record<string, YearResult>>({});
  const [query, setQuery] = useState('');
  const [editingInitiatives, setEditingInitiatives] = useState<Participant | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toast = useToast();
  const dirty = Object.keys(edits).length > 0;
  useUnsavedGuard(dirty);

  const withEdits = useMemo(() => (data?.participants ?? []).map((p) => (edits[p.id] ? { ...p, yearResult: edits[p.id] } : p)), [data, edits]);
  const verdicts = useMemo(() => (data?.campaign ? titleVerdicts(data.campaign, withEdits, data.people) : new Map()), [data, withEdits]);

  if (data === undefined) return <p className="muted">Đang tải…</p>;
  const { campaign, people, units } = data;
  if (!campaign) return <Page title="Không tìm thấy phong trào"><p role="alert">Phong trào này không còn; có thể đã bị xoá.</p></Page>;

  const personById = new Map(people.map((p) => [p.id, p]));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const titled = campaign.rewards.filter((r) => r.titleKey);
  const individualTitles = titled.filter((r) => r.category === 'individual');
  const collectiveTitles = titled.filter((r) => r.category === 'collective');
  const individuals = withEdits
    .filter((p) => p.category === 'individual' && matchesSearch(p.displayName, query))
    .sort((a, b) => compareVietnameseNames(a.displayName, b.displayName));
  const collectives = withEdits.filter((p) => p.category === 'collective').sort((a, b) => compareText(a.displayName, b.displayName));
  const rated = withEdits.filter((p) => p.category === 'individual' && p.yearResult?.rating).length;
  const totalPeople = withEdits.filter((p) => p.category === 'individual').length;
  const rules = campaign.titleRules ?? DEFAULT_TITLE_RULES;
  const ldttReward = individualTitles.find((r) => r.titleKey === 'lao-dong-tien-tien');
  const ldttCount = ldttReward ? withEdits.filter((p) => verdicts.get(p.id)?.get(ldttReward.id)?.state === 'met').length : 0;
  const cap = rules.cstdCap.enabled ? cstdCap(ldttCount, rules) : null;

  const edit = (p: Participant, patch: Partial<YearResult>) => setEdits((e) => ({ ...e, [p.id]: { ...EMPTY, ...p.yearResult, ...e[p.id], ...patch } }));

  async function save() {
    if (!data) return;
    setBusy(true);
    setError(null);
    try {
      const rows = data.participants.filter((p) => edits[p.id]).map((p) => ({ participantId: p.id, expectedRev: p.rev, result: edits[p.id] ?? EMPTY }));
      const { changed } = await saveYearResults(campaignId, rows, 'Nhập kết quả năm');
      setEdits({});
      toast.show(changed === 0 ? 'Không có gì thay đổi' : `Đã lưu kết quả năm của ${changed} người`);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page
      title={`Kết quả năm ${campaign.year}`}
      lead={campaign.shortName}
      actions={
        <>
          <Link className="btn" to={`/campaigns/${campaignId}/title-rules`}>
            <Scale size={18} aria-hidden="true" /> Tiêu chuẩn danh hiệu
          </Link>
          <Link className="btn" to={`/campaigns/${campaignId}/year-results/import`}>
            <FileSpreadsheet size={18} aria-hidden="true" /> Nhập từ bảng tính
          </Link>
          <button type="button" className="btn btn-primary" onClick={() => void save()} disabled={!dirty || busy}>
            <Save size={18} aria-hidden="true" /> Lưu{dirty ? ` (${Object.keys(edits).length} người)` : ''}
          </button>
        </>
      }
      help={
        <>
          <strong>Trang này để làm gì?</strong> Nhập xếp loại chất lượng, kỷ luật và sáng kiến được công nhận của từng người trong năm. Dùng phím
          Tab để sang ô kế tiếp, phím mũi tên để chọn. Cột danh hiệu cho biết ai đủ tiêu chuẩn và vì sao (rê chuột vào ô hoặc đọc dòng giải
          thích). Bấm “Lưu” một lần cho cả bảng.
        </>
      }
    >
      <CampaignTabs campaignId={campaignId} />
      {error && (
        <div style={{ marginBottom: 16 }}>
          <Alert tone="danger" title="Chưa lưu được">
            {error} Những gì đã nhập vẫn còn trên bảng.
          </Alert>
        </div>
      )}
      <div className="card">
        <div className="form-grid" style={{ alignItems: 'end' }}>
          <TextField label="Tìm người" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Gõ có dấu hoặc không dấu" />
          <p className="muted" style={{ margin: 0 }}>
            Đã nhập xếp loại {rated}/{totalPeople} người.
          </p>
        </div>
      </div>
      <div className="table-wrap" style={{ marginTop: 16 }}>
        <table className="table year-results-table">
          <caption className="visually-hidden">Kết quả năm {campaign.year} của từng cá nhân</caption>
          <thead>
            <tr>
              <th scope="col">Họ và tên</th>
              <th scope="col">Xếp loại chất lượng</th>
              <th scope="col">Kỷ luật</th>
              <th scope="col">Sáng kiến</th>
              {individualTitles.map((r) => (
                <th scope="col" key={r.id}>
                  {r.titleKey === 'lao-dong-tien-tien' ? 'Lao động tiên tiến' : 'Chiến sĩ thi đua cơ sở'}
                </th>
              ))}
              <th scope="col">Vì sao chưa đạt</th>
            </tr>
          </thead>
          <tbody>
            {individuals.map((p) => {
              const r = p.yearResult ?? EMPTY;
              const person = p.personId ? personById.get(p.personId) : undefined;
              const mine = verdicts.get(p.id);
              return (
                <tr key={p.id} className={edits[p.id] ? 'edited' : undefined}>
                  <th scope="row">
                    {p.displayName}
                    <div className="muted small">{person?.unitId ? unitName.get(person.unitId) : ''}</div>
                  </th>
                  <td>
                    <select className="input rating" aria-label={`Xếp loại của ${p.displayName}`} value={r.rating ?? ''} onChange={(e) => edit(p, { rating: (e.target.value || undefined) as YearResult['rating'] })}>
                      <option value="">— chưa nhập —</option>
                      {QUALITY_RATINGS.map((q) => (
                        <option key={q} value={q}>
                          {QUALITY_RATING_LABELS[q]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select className="input" aria-label={`Kỷ luật của ${p.displayName}`} value={r.discipline} onChange={(e) => edit(p, { discipline: e.target.value as YearResult['discipline'] })}>
                      {DISCIPLINES.map((d) => (
                        <option key={d} value={d}>
                          {DISCIPLINE_LABELS[d]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button type="button" className="btn btn-sm" onClick={() => setEditingInitiatives(p)} aria-label={`Sáng kiến của ${p.displayName}: ${r.initiatives.length}`}>
                      {r.initiatives.length === 0 ? 'Thêm' : `${r.initiatives.length} sáng kiến`}
                    </button>
                  </td>
                  {individualTitles.map((t) => (
                    <td key={t.id}>
                      <VerdictBadge verdict={mine?.get(t.id)} />
                    </td>
                  ))}
                  <td className="small why">{whyNot(individualTitles.map((t) => mine?.get(t.id)))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted small" style={{ marginTop: 8 }}>
        Căn cứ:{' '}
        {titled
          .map((r) => (r.titleKey ? definitionFor(r.titleKey, campaign.year) : undefined))
          .filter((d) => !!d)
          .map((d) => `${ANNUAL_TITLE_NAMES[d.key]}: ${d.key === 'tap-the-lao-dong-tien-tien' ? rules.collective.source : d.source}`)
          .join('; ')}
        . Rê chuột vào ô để đọc cả câu giải thích.
      </p>
      {cap && (
        <p className="small" style={{ marginTop: 4 }} data-testid="cstd-cap">
          {cap.explanation}.
        </p>
      )}
      {collectiveTitles.length > 0 && (
        <section className="card" style={{ marginTop: 16 }} aria-label="Tập thể">
          <h2>Tập thể</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Đơn vị</th>
                <th scope="col">Tập thể lao động tiên tiến</th>
              </tr>
            </thead>
            <tbody>
              {collectives.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.displayName}</th>
                  {collectiveTitles.map((t) => (
                    <td key={t.id} className="verdict-cell">
                      <VerdictBadge verdict={verdicts.get(p.id)?.get(t.id)} withReason />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <InitiativesDialog
        open={!!editingInitiatives}
        personName={editingInitiatives?.displayName ?? ''}
        initiatives={editingInitiatives ? ((edits[editingInitiatives.id] ?? editingInitiatives.yearResult ?? EMPTY).initiatives as Initiative[]) : []}
        onChange={(next) => editingInitiatives && edit(editingInitiatives, { initiatives: next })}
        onClose={() => setEditingInitiatives(null)}
      />
    </Page>
  );
}

export { YearResultsPage as Component };
