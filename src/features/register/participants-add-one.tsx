// Adding one unit or one person to a campaign, from those not registered yet.
import { useState } from 'react';
import { Plus } from 'lucide-react';
import type { Participant } from '../../domain/campaign';
import type { Person, Unit } from '../../domain/register';
import type { RegistrationTarget } from '../../db/participants-repo';
import { SelectField } from '../../ui/fields';

interface Props {
  campaignId: string;
  participants: Participant[];
  units: Unit[];
  people: Person[];
  onAdd: (target: RegistrationTarget, name: string) => void;
}

export function AddOne({ participants, units, people, onAdd }: Props) {
  const [choice, setChoice] = useState('');
  const has = new Set(participants.flatMap((p) => [p.unitId, p.personId]));
  const freeUnits = units.filter((u) => !u.archived && !has.has(u.id));
  const freePeople = people.filter((p) => !p.archived && !has.has(p.id));
  const add = () => {
    const [kind, id = ''] = choice.split(':');
    const unit = freeUnits.find((u) => u.id === id);
    const person = freePeople.find((p) => p.id === id);
    if (kind === 'u' && unit) onAdd({ unitId: id }, unit.name);
    if (kind === 'p' && person) onAdd({ personId: id }, person.fullName);
    setChoice('');
  };
  return (
    <div className="row" style={{ alignItems: 'end', flexWrap: 'nowrap' }}>
      <div style={{ flex: 1 }}>
      <SelectField label="Thêm từng đơn vị hoặc người" value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">— Chọn —</option>
        <optgroup label="Đơn vị">
          {freeUnits.map((u) => (
            <option key={u.id} value={`u:${u.id}`}>
              {u.name}
            </option>
          ))}
        </optgroup>
        <optgroup label="Cá nhân">
          {freePeople.map((p) => (
            <option key={p.id} value={`p:${p.id}`}>
              {p.fullName}
              {p.active ? '' : ' (đã nghỉ)'}
            </option>
          ))}
        </optgroup>
      </SelectField>
      </div>
      <button type="button" className="btn" onClick={add} disabled={!choice}>
        <Plus size={18} aria-hidden="true" /> Thêm
      </button>
    </div>
  );
}
