// The Kế hoạch page (campaigns) with the Word download (documents): app wires the two.
import { PlanPage } from '../features/campaigns/plan-page';
import { PlanWordButton } from '../features/documents/plan-word-button';

export function PlanRoute() {
  return <PlanPage wordButton={(campaign) => <PlanWordButton campaign={campaign} />} />;
}
