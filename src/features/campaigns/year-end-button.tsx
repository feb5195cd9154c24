// "Bình xét danh hiệu thi đua năm …": asks the year, then creates the campaign with every person
// and unit of the register as its participants, and opens the page where the year's ratings go.
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { Award } from 'lucide-react';
import { createYearEndCampaign } from '../../db/year-end-ops';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/fields';
import { errorText } from '../../ui/error-text';
import { useToast } from '../../ui/toast';

/** The year being evaluated: the previous one in January–February, else the current one. */
function defaultYear(now = new Date()): number {
  return now.getMonth() < 2 ? now.getFullYear() - 1 : now.getFullYear();
}

export function YearEndButton({ disabled }: { disabled?: boolean }) {
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState(String(defaultYear()));
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const formId = useId();
  const navigate = useNavigate();
  const toast = useToast();

  async function create() {
    const n = Number(year.trim());
    if (!/^\d{4}$/.test(year.trim())) {
      setError('Năm bình xét gồm 4 chữ số, ví dụ 2025');
      return;
    }
    setBusy(true);
    try {
      const made = await createYearEndCampaign(n);
      toast.show(`Đã tạo “${made.campaign.shortName}”: ${made.people} cá nhân, ${made.units} tập thể`);
      setOpen(false);
      await navigate(`/campaigns/${made.campaign.id}/year-results`);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)} disabled={disabled}>
        <Award size={18} aria-hidden="true" /> Bình xét danh hiệu thi đua năm…
      </button>
      <Dialog
        open={open}
        title="Bình xét danh hiệu thi đua năm"
        onClose={() => setOpen(false)}
        actions={
          <>
            <button type="button" className="btn" onClick={() => setOpen(false)}>
              Huỷ
            </button>
            <button type="submit" form={formId} className="btn btn-primary" disabled={busy}>
              Tạo phong trào
            </button>
          </>
        }
      >
        <form
          id={formId}
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <p>
            Tạo phong trào xét Lao động tiên tiến, Chiến sĩ thi đua cơ sở và Tập thể lao động tiên tiến, với mọi cán bộ, công chức, người hoạt
            động không chuyên trách và mọi đơn vị đang có trong danh sách của xã.
          </p>
          <TextField
            label="Năm bình xét"
            inputMode="numeric"
            value={year}
            error={error}
            onChange={(e) => {
              setYear(e.target.value);
              setError(undefined);
            }}
            autoFocus
          />
        </form>
      </Dialog>
    </>
  );
}
