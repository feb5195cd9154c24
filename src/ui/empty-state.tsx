import type { ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';

export function EmptyState({ icon: Icon, title, children, action }: { icon: LucideIcon; title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty">
      <Icon size={40} aria-hidden="true" />
      <h2>{title}</h2>
      {children && <p>{children}</p>}
      {action && <div className="row" style={{ justifyContent: 'center' }}>{action}</div>}
    </div>
  );
}
