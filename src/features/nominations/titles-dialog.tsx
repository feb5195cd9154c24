// Opening a person proposed for several awards (LĐTT and CSTĐ cơ sở): each award's dossier is
// its own, so the officer picks which one to open, or proposes the award still missing.
import { Link } from 'react-router';
import { Dialog } from '../../ui/dialog';
import type { NominationRow } from './table-rows';

interface Props {
  row: NominationRow;
  dossierHref: (nominationId: string) => string;
  onPropose: () => void;
  onClose: () => void;
}

export function TitlesDialog({ row, dossierHref, onPropose, onClose }: Props) {
  return (
    <Dialog
      open
      title={`Hồ sơ đề xuất: ${row.name}`}
      onClose={onClose}
      actions={
        <>
          {row.proposable && (
            <button type="button" className="btn" onClick={onPropose}>
              Đề xuất thêm danh hiệu
            </button>
          )}
          <button type="button" className="btn btn-primary" onClick={onClose}>
            Đóng
          </button>
        </>
      }
    >
      <p style={{ marginTop: 0 }}>Mỗi danh hiệu có hồ sơ riêng. Chọn hồ sơ cần mở:</p>
      <ul className="nt-title-list">
        {row.perTitle.map((e) => (
          <li key={e.rewardId}>
            <Link to={dossierHref(e.nomination.id)}>Hồ sơ {e.label}</Link>
            <span className={e.nominated ? 'nt-status' : 'muted'}>{e.status}</span>
            <span className="muted small">{[e.dossier && `Giấy tờ ${e.dossier}`, e.votes && `Đồng ý ${e.votes}`].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
