/** Factions: the playable companies and governments. */
import { z } from 'zod'
import { IdSchema, recordBase } from './common'

/** What a faction is; a faction may be several (Alibaba designs chips and runs a cloud). */
export const FactionKindSchema = z.enum(['government', 'designer', 'foundry', 'cloud'])
/** A faction kind. */
export type FactionKind = z.infer<typeof FactionKindSchema>

/** A playable faction. */
export const FactionSchema = z.strictObject({
  ...recordBase,
  kinds: z.array(FactionKindSchema).min(1),
  /** Home region: where its fabs, data centres and domestic preference count. */
  region: IdSchema,
  /** For governments: the regions whose firms and buyers its policies govern. */
  governs: z.array(IdSchema).default([]),
  /** Runs its own frontier models (the full-stack co-design bonus needs this). */
  ownModels: z.boolean().default(false),
  /** UI colour, `#rrggbb`. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
})
/** A faction. */
export type Faction = z.infer<typeof FactionSchema>
