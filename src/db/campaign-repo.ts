// Repositories for campaigns and their participants.
import { campaignSchema, participantSchema, type Campaign, type Participant } from '../domain/campaign';
import { StateError } from '../domain/errors';
import { defineRepository } from './repository';
import { overviewLink } from './stage-guard';

export const campaignsRepo = defineRepository<Campaign>({
  table: 'campaigns',
  label: 'phong trào',
  schema: campaignSchema,
  campaignOf: (c) => c.id,
  describe: (c) => `phong trào “${c.shortName}”`,
  // The stage changes only through transitionCampaign (campaign-ops.ts), which checks and audits it.
  guard: {
    tables: [],
    check: async (_database, c, before) => {
      if ((before?.status ?? 'draft') === c.status) return;
      throw new StateError('Trạng thái của phong trào chỉ đổi bằng các nút chuyển bước ở trang Tổng quan phong trào.', overviewLink(c.id));
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
