/**
 * `Order`: a zod discriminated union on `kind`, and the handler of every kind in a
 * `Record<Order['kind'], …>`, so a new kind fails typecheck until it is handled.
 */
import { z } from 'zod'
import type { OrderKind } from '../data/order-kinds'
import { AdvanceNodeSchema, advanceNode } from './advance-node'
import { AnnounceChipSchema, announceChip } from './announce-chip'
import { AssessChipSchema, assessChip } from './assess-chip'
import { BenchmarkChipSchema, benchmarkChip } from './benchmark-chip'
import { BookProductionSchema, bookProduction } from './book-production'
import { BuildDatacenterSchema, buildDatacenter } from './build-datacenter'
import { BuildFabSchema, buildFab } from './build-fab'
import { BuyChipsSchema, buyChips } from './buy-chips'
import { ChooseEventOptionSchema, chooseEventOption } from './choose-event-option'
import { DesignVariantSchema, designVariant } from './design-variant'
import { EfficiencyResearchSchema, efficiencyResearch } from './efficiency-research'
import { EnactPolicySchema, enactPolicy } from './enact-policy'
import { GrantSubsidySchema, grantSubsidy } from './grant-subsidy'
import type { OrderHandler } from './handler'
import { ImproveYieldSchema, improveYield } from './improve-yield'
import { InvestEcosystemSchema, investEcosystem } from './invest-ecosystem'
import { ListEntitySchema, listEntity } from './list-entity'
import { ReleaseOpenWeightsSchema, releaseOpenWeights } from './release-open-weights'
import { RepealPolicySchema, repealPolicy } from './repeal-policy'
import { SetAllocationSchema, setAllocation } from './set-allocation'
import { SetChipPriceSchema, setChipPrice } from './set-chip-price'
import { SetCloudPriceSchema, setCloudPrice } from './set-cloud-price'
import { SetComplianceSchema, setCompliance } from './set-compliance'
import { SetEnforcementSchema, setEnforcement } from './set-enforcement'
import { SetLicenceSchema, setLicence } from './set-licence'
import { SetWaferPriceSchema, setWaferPrice } from './set-wafer-price'
import { StartProgramSchema, startProgram } from './start-program'
import { StockpileHbmSchema, stockpileHbm } from './stockpile-hbm'
import { TapeOutSchema, tapeOut } from './tape-out'
import { TrainModelSchema, trainModel } from './train-model'

/** Any order a seat can give. */
export const OrderSchema = z.discriminatedUnion('kind', [
  StartProgramSchema, DesignVariantSchema, TapeOutSchema, BookProductionSchema, StockpileHbmSchema,
  SetChipPriceSchema, SetAllocationSchema, InvestEcosystemSchema, AnnounceChipSchema, BenchmarkChipSchema,
  SetWaferPriceSchema, BuildFabSchema, AdvanceNodeSchema, ImproveYieldSchema, SetComplianceSchema,
  BuildDatacenterSchema, BuyChipsSchema, SetCloudPriceSchema, TrainModelSchema, ReleaseOpenWeightsSchema,
  EfficiencyResearchSchema, EnactPolicySchema, RepealPolicySchema, SetLicenceSchema, ListEntitySchema,
  AssessChipSchema, SetEnforcementSchema, GrantSubsidySchema, ChooseEventOptionSchema,
])
/** An order. */
export type Order = z.infer<typeof OrderSchema>
/** An order as a client may send it (defaults not yet filled). */
export type OrderInput = z.input<typeof OrderSchema>

type HandlerTable = { [K in Order['kind']]: OrderHandler<Extract<Order, { kind: K }>> }

/** Every kind's handler. */
export const ORDER_HANDLERS: HandlerTable = {
  'start-program': startProgram,
  'design-variant': designVariant,
  'tape-out': tapeOut,
  'book-production': bookProduction,
  'stockpile-hbm': stockpileHbm,
  'set-chip-price': setChipPrice,
  'set-allocation': setAllocation,
  'invest-ecosystem': investEcosystem,
  'announce-chip': announceChip,
  'benchmark-chip': benchmarkChip,
  'set-wafer-price': setWaferPrice,
  'build-fab': buildFab,
  'advance-node': advanceNode,
  'improve-yield': improveYield,
  'set-compliance': setCompliance,
  'build-datacenter': buildDatacenter,
  'buy-chips': buyChips,
  'set-cloud-price': setCloudPrice,
  'train-model': trainModel,
  'release-open-weights': releaseOpenWeights,
  'efficiency-research': efficiencyResearch,
  'enact-policy': enactPolicy,
  'repeal-policy': repealPolicy,
  'set-licence': setLicence,
  'list-entity': listEntity,
  'assess-chip': assessChip,
  'set-enforcement': setEnforcement,
  'grant-subsidy': grantSubsidy,
  'choose-event-option': chooseEventOption,
}

// The data layer's list of kinds and the union must agree (orderCosts ids are checked against it).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const kindsAgree: Same<Order['kind'], OrderKind> = true
void kindsAgree

/** The handler of an order (typed loosely for composition). */
export function handlerOf(kind: Order['kind']): OrderHandler<Order> {
  return ORDER_HANDLERS[kind] as unknown as OrderHandler<Order>
}
