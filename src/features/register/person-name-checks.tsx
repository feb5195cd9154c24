// Under the name field: a name typed all in lower case gets a proper-case offer, and a person
// who may already be in the register is pointed out before a twin is saved.
import { Link } from 'react-router';
import { similarPeople } from '../../domain/person-duplicates';
import type { Unit } from '../../domain/register';
import { formatDate } from '../../lib/vi-date';
import { properCaseSuggestion } from '../../lib/vi-text';
import { Alert } from '../../ui/alert';
import { usePeople } from './use-register';

interface Props {
  fullName: string;
  unitId?: string | undefined;
  dateOfBirth?: string | undefined;
  selfId?: string | undefined;
  units: Unit[];
  onUseName: (name: string) => void;
}

export function PersonNameChecks({ fullName, unitId, dateOfBirth, selfId, units, onUseName }: Props) {
  const people = usePeople();
  const suggestion = properCaseSuggestion(fullName);
  const twins = people ? similarPeople({ fullName, unitId, dateOfBirth }, people, selfId) : [];
  const unitName = (id?: string) => units.find((u) => u.id === id)?.name;
  if (!suggestion && twins.length === 0) return null;
  return (
    <div className="span-all stack">
      {suggestion && (
        <p className="small" role="status">
          Tên nên viết hoa chữ cái đầu: <strong>{suggestion}</strong>{' '}
          <button type="button" className="btn btn-sm" onClick={() => onUseName(suggestion)}>Dùng cách viết này</button>
        </p>
      )}
      {twins.length > 0 && (
        <Alert tone="warning" title="Có thể người này đã có trong danh sách">
          {twins.map((p) => (
            <span key={p.id}>
              <Link to={`/register/people/${p.id}`}>{p.fullName}</Link>
              {[unitName(p.unitId), p.dateOfBirth ? `sinh ${formatDate(p.dateOfBirth)}` : ''].filter(Boolean).map((t) => `, ${t}`).join('')}.{' '}
            </span>
          ))}
          Cùng họ tên và {dateOfBirth ? 'ngày sinh' : 'đơn vị'}: hãy kiểm tra trước khi lưu, tránh nhập một người hai lần.
        </Alert>
      )}
    </div>
  );
}
