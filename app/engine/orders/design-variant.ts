/** Designers: a control-compliant variant of an existing design (H800/H20-style cuts). */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { newId } from '../model/lookups'
import { isRefusal, ownChip, ownChipIds } from './common'
import type { OrderHandler } from './handler'
import { refuse } from './refusal'

/** Cut some specs of one of your designed chips; the variant takes two quarters and no draw. */
export const DesignVariantSchema = z.strictObject({
  kind: z.literal('design-variant'),
  base: IdSchema,
  cut: z.strictObject({
    bf16Tflops: z.number().min(0).optional(),
    interconnectGBs: z.number().min(0).optional(),
    memoryBandwidthTBs: z.number().min(0).optional(),
  }),
})
/** A design-variant order. */
export type DesignVariant = z.infer<typeof DesignVariantSchema>

const VARIANT_QUARTERS = 2

/** Handler for design-variant. */
export const designVariant: OrderHandler<DesignVariant> = {
  kind: 'design-variant',
  phase: 2,
  defaultKinds: ['designer'],
  codes: ['unknown_chip', 'not_your_chip', 'not_designed', 'not_a_cut'],
  validate(state, seat, order) {
    const base = ownChip(state, seat, order.base, ['base'])
    if (isRefusal(base)) return base
    if (!base.designed) return refuse('not_designed', `${order.base} is still being designed`, ['base'])
    for (const [key, value] of Object.entries(order.cut)) {
      if (value !== undefined && value > base.true[key as keyof typeof base.true]) return refuse('not_a_cut', `a variant can only cut ${key}`, ['cut', key])
    }
    return null
  },
  apply(ctx, seat, order) {
    const base = ctx.state.chips[order.base]
    if (base === undefined) return
    const id = newId(ctx.state, `${seat}-chip`)
    const ratio = order.cut.bf16Tflops === undefined || base.true.bf16Tflops === 0 ? 1 : order.cut.bf16Tflops / base.true.bf16Tflops
    const specs = {
      ...base.true,
      bf16Tflops: order.cut.bf16Tflops ?? base.true.bf16Tflops,
      tpp: base.true.tpp * ratio,
      interconnectGBs: order.cut.interconnectGBs ?? base.true.interconnectGBs,
      memoryBandwidthTBs: order.cut.memoryBandwidthTBs ?? base.true.memoryBandwidthTBs,
    }
    ctx.state.chips[id] = { ...base, id, name: `designed.${id}`, variantOf: base.id, true: specs, claimed: { ...specs }, public: false, designed: false, launched: -1, tapedOut: -1, revealed: null, readiness: 'paper', claimedReadiness: 'paper', producedUnits: 0, producedQuarters: 0, customerQuarters: 0 }
    ctx.state.programs.push({ id: newId(ctx.state, 'program'), owner: seat, chip: id, quartersLeft: VARIANT_QUARTERS, budgetBnPerQuarter: 0, inexperience: 0 })
    const f = ctx.state.factions[seat]
    if (f !== undefined) f.chipPrices[id] = Math.round(base.priceUsd * Math.max(0.3, ratio))
  },
  legal(state, seat) {
    const bases = ownChipIds(state, seat, (c) => c.designed)
    if (bases.length === 0) return null
    return { base: { type: 'id', options: bases }, cut: { type: 'specs', max: { bf16Tflops: 3000, interconnectGBs: 1800, memoryBandwidthTBs: 10 } } }
  },
}
