// Creating the year-end campaign (bình xét danh hiệu thi đua năm …) in one step: the campaign from
// its template and every active person and unit of the register as its participants, in one
// transaction with one audit entry, so a half-made campaign never appears.
import type { Campaign } from '../domain/campaign';
import { StateError } from '../domain/errors';
import { yearEndTemplate } from '../domain/templates/year-end';
import { newId } from '../lib/ids';
import { campaignsRepo, participantsRepo } from './campaign-repo';
import { appendAudit, writeTransaction } from './repository';
import { SETTINGS_ID } from '../domain/settings';

export async function createYearEndCampaign(year: number): Promise<{ campaign: Campaign; units: number; people: number }> {
  if (!Number.isInteger(year) || year < 2024 || year > 2100) throw new StateError('Năm bình xét phải từ 2024 trở đi (Luật Thi đua, khen thưởng 2022 có hiệu lực từ 01/01/2024).');
  return writeTransaction(['campaigns', 'participants', 'units', 'people', 'settings'], async (database) => {
    const settings = await database.settings.get(SETTINGS_ID);
    const units = (await database.units.toArray()).filter((u) => !u.deletedAt && !u.archived);
    const people = (await database.people.toArray()).filter((p) => !p.deletedAt && !p.archived && p.active);
    const at = new Date().toISOString();
    const campaign = campaignsRepo.validate({
      ...yearEndTemplate({
        year,
        organisationName: settings?.organisationName ?? '',
        place: settings?.placeName ?? '',
        signature: settings?.signers[0],
        people: people.length,
        units: units.length,
      }),
      id: newId(),
      createdAt: at,
      updatedAt: at,
      rev: 1,
    });
    await database.campaigns.add(campaign);
    const meta = () => ({ id: newId(), createdAt: at, updatedAt: at, rev: 1, campaignId: campaign.id });
    await database.participants.bulkAdd([
      ...units.map((u) => participantsRepo.validate({ ...meta(), category: 'collective', unitId: u.id, displayName: u.name })),
      ...people.map((p) => participantsRepo.validate({ ...meta(), category: 'individual', personId: p.id, displayName: p.fullName })),
    ]);
    await appendAudit(database, {
      action: 'create',
      entity: 'campaigns',
      entityId: campaign.id,
      campaignId: campaign.id,
      summary: `Tạo “${campaign.shortName}” từ mẫu, đăng ký ${units.length} tập thể, ${people.length} cá nhân`,
    });
    return { campaign, units: units.length, people: people.length };
  });
}
