// The plain statement that no reward can be proposed while a campaign gate fails or is
// unknown, with one line per gate (from domain/gates.ts nominationsHeldBack). Dumb: the
// caller passes the reasons and, optionally, where the gates are recorded.
import type { ReactNode } from 'react';
import { Alert } from './alert';

export function HeldBackNotice({ reasons, action }: { reasons: readonly string[]; action?: ReactNode }) {
  if (reasons.length === 0) return null;
  return (
    <Alert tone="warning" title="Chưa thể đề xuất khen thưởng">
      Phong trào chưa đủ điều kiện để xét khen thưởng cho bất kỳ tập thể, cá nhân nào. Việc ghi nhận minh chứng và đánh giá vẫn làm bình thường.
      <ul>
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {action && <div style={{ marginTop: 8 }}>{action}</div>}
    </Alert>
  );
}
