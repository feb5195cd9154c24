// The audit trail: who (the operator named in Settings) changed what, and when.
import { z } from 'zod';
import { idSchema, timestampSchema } from './common';

export const auditEntrySchema = z.object({
  id: idSchema,
  at: timestampSchema,
  actor: z.string(),
  action: z.enum(['create', 'update', 'delete', 'restore', 'import', 'transition']),
  entity: z.string(),
  entityId: z.string(),
  campaignId: idSchema.optional(),
  summary: z.string(),
  /** Changed field names (never the values of secret ballots). */
  fields: z.array(z.string()).default([]),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
