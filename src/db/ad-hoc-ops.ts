// Khen thưởng đột xuất in one step: the campaign from its template, moved to the evaluation
// stage (there is no emulation period to run), with the person or unit who did it registered.
// One transaction: a failure leaves nothing half-made.
import type { Campaign } from '../domain/campaign';
import { NotFoundError } from '../domain/errors';
import { adHocTemplate, type AdHocOptions } from '../domain/templates/ad-hoc';
import { campaignsRepo, participantsRepo } from './campaign-repo';
import { transitionCampaign } from './campaign-ops';
import { DECISION_AWARD_TABLES } from './award-history-repo';
import { writeTransaction } from './repository';

export type AdHocSubject = { unitId: string } | { personId: string };

export async function createAdHocCampaign(options: AdHocOptions, subjects: readonly AdHocSubject[]): Promise<Campaign> {
  // The transitions run inside this transaction, so it holds every table they write.
  return writeTransaction(['campaigns', 'rounds', 'decisions', ...DECISION_AWARD_TABLES], async (database) => {
    const created = await campaignsRepo.create(adHocTemplate(options));
    const launched = await transitionCampaign(created.id, created.rev, 'launched');
    const evaluating = await transitionCampaign(created.id, launched.rev, 'evaluating');
    const rows: Record<string, unknown>[] = [];
    for (const s of subjects) {
      if ('unitId' in s) {
        const unit = await database.units.get(s.unitId);
        if (!unit || unit.deletedAt) throw new NotFoundError('đơn vị', s.unitId);
        rows.push({ campaignId: created.id, category: 'collective', unitId: unit.id, displayName: unit.name });
      } else {
        const person = await database.people.get(s.personId);
        if (!person || person.deletedAt) throw new NotFoundError('cán bộ', s.personId);
        rows.push({ campaignId: created.id, category: 'individual', personId: person.id, displayName: person.fullName });
      }
    }
    if (rows.length) await participantsRepo.createMany(rows, `Khen thưởng đột xuất: ${rows.length} đối tượng`);
    return evaluating;
  });
}
