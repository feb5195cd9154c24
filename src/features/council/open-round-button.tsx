// Opening a prepared round, after two checks that protect the vote: proposed recusals still
// unanswered are confirmed or declined first; an on-PC secret ballot is not opened while the
// projector may be showing this screen without the operator saying they checked.
import { useState } from 'react';
import { confirmRecusals, declineRecusals } from '../../db/council-repo';
import { openRound } from '../../db/round-repo';
import type { CouncilSession, VotingRound } from '../../domain/council';
import { Dialog } from '../../ui/dialog';
import { ProposalText, type ProposedRecusal } from './recusal-proposals';
import { checkProjectorScreen, SCREEN_VERDICT_TEXT, type ScreenVerdict } from './screen-check';

type Step = { kind: 'idle' } | { kind: 'checking' } | { kind: 'recusals' } | { kind: 'screen'; verdict: Exclude<ScreenVerdict, 'separate'> };

interface Props {
  session: CouncilSession;
  round: VotingRound;
  proposals: ProposedRecusal[];
  run: (action: () => Promise<unknown>) => void;
}

export function OpenRoundButton({ session, round, proposals, run }: Props) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const cancel = () => setStep({ kind: 'idle' });

  async function afterRecusals() {
    if (round.rules.mode === 'pc-secret') {
      setStep({ kind: 'checking' });
      const verdict = await checkProjectorScreen();
      if (verdict !== 'separate') return setStep({ kind: 'screen', verdict });
    }
    setStep({ kind: 'idle' });
    run(() => openRound(round.id));
  }

  const start = () => (proposals.length > 0 ? setStep({ kind: 'recusals' }) : void afterRecusals());
  const answer = (write: () => Promise<unknown>) => {
    setStep({ kind: 'idle' });
    run(async () => {
      await write();
      await afterRecusals();
    });
  };

  return (
    <>
      <button type="button" className="btn btn-primary" disabled={step.kind === 'checking'} onClick={start}>
        {step.kind === 'checking' ? 'Đang kiểm tra màn hình…' : 'Mở vòng bỏ phiếu'}
      </button>
      <Dialog
        open={step.kind === 'recusals'}
        title="Còn đề xuất không biểu quyết chưa xác nhận"
        wide
        onClose={cancel}
        actions={
          <>
            <button type="button" className="btn" onClick={cancel}>Huỷ</button>
            <button type="button" className="btn" onClick={() => answer(() => declineRecusals(session.id, proposals))}>Mở vòng, vẫn để họ biểu quyết</button>
            <button type="button" className="btn btn-primary" onClick={() => answer(() => confirmRecusals(session.id, proposals))}>Xác nhận không biểu quyết và mở vòng</button>
          </>
        }
      >
        <ul className="dialog-list">
          {proposals.map((p) => <li key={`${p.member.id}-${p.nominationId}`}><ProposalText p={p} /></li>)}
        </ul>
        <p className="small muted">Khi vòng đã mở, danh sách người được biểu quyết được chốt lại và không đổi được nữa.</p>
      </Dialog>
      <Dialog
        open={step.kind === 'screen'}
        title="Kiểm tra màn hình chiếu trước khi bỏ phiếu kín"
        onClose={cancel}
        actions={
          <>
            <button type="button" className="btn" onClick={cancel}>Huỷ</button>
            <button type="button" className="btn btn-danger" onClick={() => { setStep({ kind: 'idle' }); run(() => openRound(round.id)); }}>Đã kiểm tra, mở vòng bỏ phiếu</button>
          </>
        }
      >
        <p><strong>Màn hình chiếu có thể đang hiển thị giống màn hình này: mọi phiếu bầu sẽ hiện lên máy chiếu, cả phòng sẽ thấy ai chọn ai.</strong></p>
        {step.kind === 'screen' && <p>{SCREEN_VERDICT_TEXT[step.verdict]}</p>}
        <p>Trước khi mở, hãy bảo đảm máy chiếu chỉ hiện trang chiếu: trên Windows bấm phím Windows + P, chọn “Mở rộng” (Extend) rồi kéo cửa sổ màn hình chiếu sang máy chiếu; hoặc tạm tắt máy chiếu trong lúc bỏ phiếu.</p>
      </Dialog>
    </>
  );
}
