// What the first page shows, read without the schema library: the live campaigns and
// whether the register has anyone in it.
import { db } from './database';

export interface DashboardCampaign {
  id: string;
  shortName: string;
  year: number;
  status: string;
  documentNumber: string;
}

export async function readDashboard(): Promise<{ campaigns: DashboardCampaign[]; people: number }> {
  const campaigns = (await db().campaigns.toArray())
    .filter((c) => !c.deletedAt)
    .sort((a, b) => b.year - a.year || (a.createdAt < b.createdAt ? 1 : -1))
    .map(({ id, shortName, year, status, documentNumber }) => ({ id, shortName, year, status, documentNumber }));
  const people = await db().people.filter((p) => !p.deletedAt).count();
  return { campaigns, people };
}
