// The filter bar of the evidence matrix; its state lives in the URL so going back from a
// participant's page lands on the same filtered list.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Search } from 'lucide-react';
import { matchesSearch } from '../../lib/vi-text';
import type { ParticipantRow } from './use-evidence-data';

export interface MatrixFilter {
  q: string;
  category: string;
  unit: string;
  incomplete: boolean;
  disqualified: boolean;
}

export function useMatrixFilter(): [MatrixFilter, (patch: Partial<MatrixFilter>) => void] {
  const [params] = useSearchParams();
  // Local state answers at once. The URL follows by replacing the history entry in place, not by a
  // router navigation: a navigation is asynchronous, and one started by the last keystroke could
  // land after the officer had already opened a participant, taking them back to the list (seen
  // in e2e under load). The router reads the entry again when the officer comes back to it.
  const [filter, setFilter] = useState<MatrixFilter>(() => ({
    q: params.get('q') ?? '',
    category: params.get('loai') ?? '',
    unit: params.get('donvi') ?? '',
    incomplete: params.get('chuadu') === '1',
    disqualified: params.get('biloai') === '1',
  }));
  const set = (patch: Partial<MatrixFilter>) => {
    const next = { ...filter, ...patch };
    setFilter(next);
    const out = new URLSearchParams();
    if (next.q) out.set('q', next.q);
    if (next.category) out.set('loai', next.category);
    if (next.unit) out.set('donvi', next.unit);
    if (next.incomplete) out.set('chuadu', '1');
    if (next.disqualified) out.set('biloai', '1');
    const search = out.toString();
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`);
  };
  return [filter, set];
}

export function applyFilter(rows: ParticipantRow[], f: MatrixFilter): ParticipantRow[] {
  return rows.filter(
    (r) =>
      (!f.category || r.participant.category === f.category) &&
      (!f.unit || r.unitName === f.unit) &&
      (!f.incomplete || r.eligibility.criteriaMet < r.eligibility.criteriaTotal) &&
      (!f.disqualified || r.eligibility.disqualified) &&
      matchesSearch(`${r.participant.displayName} ${r.unitName}`, f.q),
  );
}

export function MatrixFilters({ filter, set, units }: { filter: MatrixFilter; set: (p: Partial<MatrixFilter>) => void; units: { id: string; name: string }[] }) {
  return (
    <div className="matrix-filters" role="search">
      <label className="matrix-search">
        <Search size={16} aria-hidden="true" />
        <span className="visually-hidden">Tìm theo tên</span>
        <input className="input" type="search" placeholder="Tìm tên, không cần gõ dấu" value={filter.q} onChange={(e) => set({ q: e.target.value })} />
      </label>
      <label className="compact-field">
        <span>Loại</span>
        <select className="input" value={filter.category} onChange={(e) => set({ category: e.target.value })}>
          <option value="">Tất cả</option>
          <option value="collective">Tập thể</option>
          <option value="individual">Cá nhân</option>
        </select>
      </label>
      <label className="compact-field">
        <span>Đơn vị</span>
        <select className="input" value={filter.unit} onChange={(e) => set({ unit: e.target.value })}>
          <option value="">Tất cả đơn vị</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={filter.incomplete} onChange={(e) => set({ incomplete: e.target.checked })} />
        <span>Chưa hoàn thành</span>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={filter.disqualified} onChange={(e) => set({ disqualified: e.target.checked })} />
        <span>Bị loại</span>
      </label>
    </div>
  );
}
