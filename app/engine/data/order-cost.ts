/** Order types' costs: action points, money and political capital per kind (so every number is data). */
import { z } from 'zod'
import { NonNegSchema, recordBase } from './common'
import { FactionKindSchema } from './faction'

/** The cost and eligibility of one order kind; the id is the order kind (`build-fab`). */
export const OrderCostSchema = z.strictObject({
  ...recordBase,
  actionPoints: z.number().int().min(0).max(10),
  /** Fixed money cost (US$ bn), on top of any amount the order itself names. */
  cashBn: NonNegSchema.default(0),
  politicalCapital: NonNegSchema.default(0),
  /** Faction kinds that may issue it (any one of them suffices). Empty = anyone. */
  factionKinds: z.array(FactionKindSchema).default([]),
  /** Upper bounds of numeric parameters, shown by `legalOrders` (e.g. `{ "wafers": 200000 }`). */
  limits: z.record(z.string(), z.number()).default({}),
})
/** An order cost. */
export type OrderCost = z.infer<typeof OrderCostSchema>
