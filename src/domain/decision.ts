// The award decision (Quyết định khen thưởng) with its awardees and amounts.
import { z } from 'zod';
import { idSchema, isoDateSchema, optionalLine, recordMeta } from './common';
import { signatureSchema } from './settings';

export const decisionFields = z.object({
  campaignId: idSchema,
  documentNumber: optionalLine('Số quyết định', 60),
  date: isoDateSchema.optional(),
  signature: signatureSchema,
  awardees: z.array(
    z.object({
      nominationId: idSchema,
      rewardId: idSchema,
      coefficient: z.number().min(0),
      baseSalary: z.number().int().min(0),
      amount: z.number().int().min(0),
    }),
  ),
  status: z.enum(['draft', 'signed']).default('draft'),
});
export const decisionSchema = decisionFields.extend(recordMeta);
export type Decision = z.infer<typeof decisionSchema>;
