/** The kinds of data document and the schema of each kind's records. */
import { type z } from 'zod'
import { ActorSchema } from './actor'
import { CampaignSchema } from './campaign'
import { ChipSchema } from './chip'
import { ConstantsSchema } from './constants'
import { DemandPoolSchema } from './demand-pool'
import { EventSchema } from './event'
import { FactionSchema } from './faction'
import { FoundrySchema } from './foundry'
import { HbmSchema } from './hbm'
import { LocaleSchema } from './locale'
import { NodeSchema } from './node'
import { ObjectiveSchema } from './objective'
import { OrderCostSchema } from './order-cost'
import { PackagingSchema } from './packaging'
import { PersonaSchema } from './persona'
import { PolicySchema } from './policy'
import { RegionSchema } from './region'
import { ScenarioSchema } from './scenario'

/** Each kind's record schema, keyed by the document `kind`. */
export const RECORD_SCHEMAS = {
  regions: RegionSchema,
  factions: FactionSchema,
  actors: ActorSchema,
  demandPools: DemandPoolSchema,
  chips: ChipSchema,
  nodes: NodeSchema,
  foundries: FoundrySchema,
  packaging: PackagingSchema,
  hbm: HbmSchema,
  policies: PolicySchema,
  orderCosts: OrderCostSchema,
  events: EventSchema,
  personas: PersonaSchema,
  objectives: ObjectiveSchema,
  scenarios: ScenarioSchema,
  campaigns: CampaignSchema,
  locales: LocaleSchema,
  constants: ConstantsSchema,
} as const

/** A document kind. */
export type RecordKind = keyof typeof RECORD_SCHEMAS

/** Every kind, in the order the loader checks them. */
export const RECORD_KINDS = Object.keys(RECORD_SCHEMAS) as RecordKind[]

/** Other spellings a document's `kind` may use. */
export const KIND_ALIASES: Record<string, RecordKind> = { orderTypes: 'orderCosts', settings: 'constants' }

/** A record of a given kind, as validated (defaults filled). */
export type RecordOf<K extends RecordKind> = z.infer<(typeof RECORD_SCHEMAS)[K]>
