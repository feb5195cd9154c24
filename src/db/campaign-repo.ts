// Repositories for campaigns and their participants.
import { campaignSchema, participantSchema, type Campaign, type Participant } from '../domain/campaign';
import { defineRepository } from './repository';

export const campaignsRepo = defineRepository<Campaign>({
  table: 'campaigns',
  label: 'phong trào',
  schema: campaignSchema,
  campaignOf: (c) => c.id,
  describe: (c) => `phong trào “${c.shortName}”`,
});

export const participantsRepo = defineRepository<Participant>({
  table: 'participants',
  label: 'đối tượng thi đua',
  schema: participantSchema,
  campaignOf: (p) => p.campaignId,
  describe: (p) => `đối tượng “${p.displayName}”`,
});
