// The frame of every page: title, lead text, actions, and a short help note at the bottom.
import { useEffect, type ReactNode } from 'react';

interface PageProps {
  title: string;
  lead?: ReactNode;
  breadcrumb?: ReactNode;
  actions?: ReactNode;
  help?: ReactNode;
  children: ReactNode;
}

export function Page({ title, lead, breadcrumb, actions, help, children }: PageProps) {
  useEffect(() => {
    document.title = `${title} · Bình Xét`;
  }, [title]);
  return (
    <div className="page">
      <header className="page-header">
        <div>
          {breadcrumb && <nav className="breadcrumb" aria-label="Vị trí">{breadcrumb}</nav>}
          <h1>{title}</h1>
          {lead && <p className="lead">{lead}</p>}
        </div>
        {actions && <div className="page-actions no-print">{actions}</div>}
      </header>
      {children}
      {help && (
        <aside className="help" aria-label="Hướng dẫn">
          {help}
        </aside>
      )}
    </div>
  );
}
