// What the first page shows, read without the schema library: the live campaigns and
// whether the register has anyone in it.
import { db } from './database';
import { demoCampaignIds } from './demo-status';

export interface DashboardCampaign {
  id: string;
  shortName: string;
  year: number;
  status: string;
  documentNumber: string;
  /** One of the demo's campaigns. */
  demo: boolean;
}

export async function readDashboard(): Promise<{ campaigns: DashboardCampaign[]; people: number }> {
  const demo = await demoCampaignIds();
  const campaigns = (await db().campaigns.toArray())
    .filter((c) => !c.deletedAt)
    .sort((a, b) => b.year - a.year || (a.createdAt < b.createdAt ? 1 : -1))
    .map(({ id, shortName, year, status, documentNumber }) => ({ id, shortName, year, status, documentNumber, demo: demo.has(id) }));
  const people = await db().people.filter((p) => !p.deletedAt).count();
  return { campaigns, people };
}
