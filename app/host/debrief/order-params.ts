/**
 * An order as the debrief carries it: its kind and its parameters, each under a key naming its
 * role (`chip`, `wafersPerQuarter`, `region`…) with the value the seat sent (ids, numbers,
 * codes). The renderer words each key (`renderer/src/screens/debrief/order-words.ts`). The input
 * may be anything a seat sent: malformed fields are left out, never trusted.
 */
import type { DebriefParam } from '../../protocol/debrief'

/** An order's kind (null when unreadable) and its parameters. */
export function orderParams(input: unknown, decisions: ReadonlyMap<string, string>): { kind: string | null; params: DebriefParam[] } {
  const o = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>
  const kind = typeof o.kind === 'string' ? o.kind : null
  const params: DebriefParam[] = []
  const add = (key: string, value: DebriefParam['value'] | null): void => {
    if (value !== null) params.push({ key, value })
  }
  const str = (key: string): string | null => (typeof o[key] === 'string' ? (o[key] as string) : null)
  const num = (key: string): number | null => (typeof o[key] === 'number' && Number.isFinite(o[key]) ? (o[key] as number) : null)
  const ids = (key: string): string[] | null => (Array.isArray(o[key]) ? (o[key] as unknown[]).map((r) => (typeof r === 'string' ? r : '?')) : null)
  const spec = (key: string): number | null => {
    const specs = o[key] as Record<string, unknown> | undefined
    return typeof specs?.bf16Tflops === 'number' && Number.isFinite(specs.bf16Tflops) ? specs.bf16Tflops : null
  }
  switch (kind) {
    case 'enact-policy':
    case 'repeal-policy':
      add('policy', str('policy'))
      break
    case 'set-licence':
      add('policy', str('policy'))
      add('licensing', str('mode'))
      if (str('mode') === 'revenue-share') add('revenueShare', num('revenueShare'))
      break
    case 'book-production':
      add('chip', str('chip'))
      add('wafersPerQuarter', num('wafersPerQuarter'))
      break
    case 'buy-chips':
      add('units', num('units'))
      add('chip', str('chip'))
      add('maxPriceUsd', num('maxPriceUsd'))
      if (o.grey === true) add('grey', true)
      break
    case 'set-chip-price':
      add('chip', str('chip'))
      add('priceUsd', num('priceUsd'))
      break
    case 'set-allocation':
      add('chip', str('chip'))
      add('regions', ids('regions'))
      break
    case 'set-wafer-price':
      add('node', str('node'))
      add('waferPriceUsd', num('priceUsd'))
      break
    case 'improve-yield':
      add('node', str('node'))
      add('spendBn', num('amountBn'))
      break
    case 'advance-node':
      add('node', str('node'))
      break
    case 'build-fab':
      add('node', str('node'))
      add('region', str('region'))
      add('wafersPerQuarter', num('wafersPerQuarter'))
      break
    case 'build-datacenter':
      add('mw', num('mw'))
      add('region', str('region'))
      break
    case 'invest-ecosystem':
    case 'efficiency-research':
      add('spendBn', num('amountBn'))
      break
    case 'grant-subsidy':
      add('amountBn', num('amountBn'))
      add('toFaction', str('faction'))
      break
    case 'stockpile-hbm':
      add('stacks', num('stacks'))
      add('ofHbm', str('hbm'))
      break
    case 'tape-out':
    case 'benchmark-chip':
    case 'assess-chip':
      add('chip', str('chip'))
      break
    case 'announce-chip':
      add('chip', str('chip'))
      add('claimedBf16', spec('claimed'))
      add('claimedReadiness', str('claimedReadiness'))
      break
    case 'start-program':
      add('onNode', str('node'))
      add('dieMm2', num('dieMm2'))
      add('targetBf16', spec('target'))
      add('hbm', str('hbm'))
      if (str('hbm') !== null) add('hbmStacks', num('hbmStacks'))
      add('budgetBnPerQuarter', num('budgetBnPerQuarter'))
      break
    case 'design-variant': {
      add('base', str('base'))
      const cut = (typeof o.cut === 'object' && o.cut !== null ? o.cut : {}) as Record<string, unknown>
      if (typeof cut.bf16Tflops === 'number') add('cutBf16', cut.bf16Tflops)
      if (typeof cut.interconnectGBs === 'number') add('cutInterconnect', cut.interconnectGBs)
      if (typeof cut.memoryBandwidthTBs === 'number') add('cutBandwidth', cut.memoryBandwidthTBs)
      break
    }
    case 'set-compliance': {
      add('level', str('level'))
      const refused = ids('refused')
      if (refused !== null && refused.length > 0) add('refused', refused)
      break
    }
    case 'set-cloud-price':
      add('cloudPriceUsdPerHour', num('priceUsdPerHour'))
      break
    case 'train-model':
      add('computeShare', num('computeShare'))
      break
    case 'list-entity':
      add('entity', str('entity'))
      break
    case 'set-enforcement':
      add('seizureChance', num('seizureChance'))
      break
    case 'choose-event-option': {
      const decision = str('decision')
      const event = decision === null ? undefined : decisions.get(decision)
      if (event !== undefined) add('event', event)
      add(event === undefined ? 'unknownChoice' : 'choice', str('choice'))
      break
    }
    case 'release-open-weights':
    case null:
      break
    default:
      // A kind this debrief does not know (a newer engine): its fields as written.
      for (const [key, value] of Object.entries(o)) {
        if (key === 'kind') continue
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') params.push({ key, value: String(value), raw: true })
      }
  }
  return { kind, params }
}
