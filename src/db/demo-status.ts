// Whether the demo dataset is loaded — kept apart from demo-data.ts so the dashboard can
// ask without loading the dataset and the schema library.
import { db } from './database';

export const DEMO_KEY = 'demo';

export async function isDemoLoaded(): Promise<boolean> {
  return !!(await db().meta.get(DEMO_KEY));
}
