// The initiatives (sáng kiến) a person had recognised in the year, each with the decision that
// recognised it: added and removed here, saved with the rest of the row.
import { useState } from 'react';
import { Trash2 } from 'lucide-react';
import { initiativeSchema, type Initiative } from '../../domain/annual-titles';
import { formatDate } from '../../lib/vi-date';
import { newId } from '../../lib/ids';
import { Dialog } from '../../ui/dialog';
import { DateField, TextField } from '../../ui/fields';

interface Props {
  open: boolean;
  personName: string;
  initiatives: readonly Initiative[];
  onChange: (next: Initiative[]) => void;
  onClose: () => void;
}

export function InitiativesDialog({ open, personName, initiatives, onChange, onClose }: Props) {
  const [name, setName] = useState('');
  const [decisionNumber, setDecisionNumber] = useState('');
  const [decisionDate, setDecisionDate] = useState<string | undefined>();
  const [errors, setErrors] = useState<Record<string, string>>({});

  function add() {
    const parsed = initiativeSchema.safeParse({ id: newId(), name, decisionNumber, decisionDate: decisionDate ?? '' });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    onChange([...initiatives, parsed.data]);
    setName('');
    setDecisionNumber('');
    setDecisionDate(undefined);
    setErrors({});
  }

  return (
    <Dialog
      open={open}
      title={`Sáng kiến được công nhận: ${personName}`}
      onClose={onClose}
      wide
      actions={
        <button type="button" className="btn btn-primary" onClick={onClose}>
          Xong
        </button>
      }
    >
      {initiatives.length === 0 ? (
        <p className="muted">Chưa có sáng kiến nào.</p>
      ) : (
        <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: '0 0 12px', gap: 4 }}>
          {initiatives.map((i) => (
            <li key={i.id} className="row" style={{ justifyContent: 'space-between' }}>
              <span>
                <strong>{i.name}</strong> — Quyết định số {i.decisionNumber} ngày {formatDate(i.decisionDate)}
              </span>
              <button type="button" className="btn btn-sm btn-ghost" aria-label={`Bỏ sáng kiến “${i.name}”`} onClick={() => onChange(initiatives.filter((x) => x.id !== i.id))}>
                <Trash2 size={16} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="form-grid"
        style={{ alignItems: 'end' }}
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <TextField label="Tên sáng kiến" value={name} error={errors.name} onChange={(e) => setName(e.target.value)} />
        <TextField label="Số quyết định công nhận" placeholder="15/QĐ-UBND" value={decisionNumber} error={errors.decisionNumber} onChange={(e) => setDecisionNumber(e.target.value)} />
        <DateField label="Ngày quyết định" value={decisionDate} error={errors.decisionDate} onChange={setDecisionDate} />
        <button type="submit" className="btn">
          Thêm sáng kiến
        </button>
      </form>
    </Dialog>
  );
}
