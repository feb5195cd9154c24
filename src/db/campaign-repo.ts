// Repositories for campaigns and their participants.
import { campaignSchema, participantSchema, type Campaign, type Participant } from '../domain/campaign';
import { StateError } from '../domain/errors';
import { changedTitles, titleEditRefusal } from '../domain/title-settings';
import { defineRepository } from './repository';
import { overviewLink } from './stage-guard';

export const campaignsRepo = defineRepository<Campaign>({
  table: 'campaigns',
  label: 'phong trào',
  schema: campaignSchema,
  campaignOf: (c) => c.id,
  describe: (c) => `phong trào “${c.shortName}”`,
  // The stage changes only through transitionCampaign (campaign-ops.ts), which checks and audits it.
  // A title's standard and council rule are frozen once the council has voted on it (the round's
  // result was counted under them) or the decision is signed, whichever screen the edit comes from.
  guard: {
    tables: ['rounds'],
    check: async (database, c, before) => {
      if ((before?.status ?? 'draft') !== c.status)
        throw new StateError('Trạng thái của phong trào chỉ đổi bằng các nút chuyển bước ở trang Tổng quan phong trào.', overviewLink(c.id));
      if (!before || changedTitles(before, c).length === 0) return;
      const rounds = await database.rounds.where('campaignId').equals(c.id).toArray();
      const refusal = titleEditRefusal(before, c, rounds);
      if (refusal) throw new StateError(refusal, { to: `/campaigns/${c.id}/council`, label: 'Mở trang Hội đồng' });
    },
  },
});

export const participantsRepo = defineRepository<Participant>({
  table: 'participants',
  label: 'đối tượng thi đua',
  schema: participantSchema,
  campaignOf: (p) => p.campaignId,
  describe: (p) => `đối tượng “${p.displayName}”`,
});
