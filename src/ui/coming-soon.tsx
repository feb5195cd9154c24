import { Hammer } from 'lucide-react';
import { Page } from './page';
import { EmptyState } from './empty-state';

/** A page whose feature has not landed yet: says so plainly, never a dead link. */
export function ComingSoon({ title, what }: { title: string; what: string }) {
  return (
    <Page title={title}>
      <div className="card">
        <EmptyState icon={Hammer} title="Chức năng này sắp có">
          {what}
        </EmptyState>
      </div>
    </Page>
  );
}
