/**
 * An order as the debrief carries it: its kind and its parameters, each under a key naming its
 * role (`chip`, `wafersPerQuarter`, `region`…) with the value the seat sent (ids, numbers,
 * codes). The renderer words each key (`renderer/src/screens/debrief/order-words.ts`). The input
 * may be anything a seat sent: malformed fields are left out, never trusted.
 */
import type { DebriefParam } from '../../protocol/debrief'

type Reader = 'str' | 'num' | 'ids' | 'spec'

/** Orders whose parameters are read one to one: the debrief's key, how the field is read, the order's field. */
const PLAIN: Record<string, readonly (readonly [key: string, reader: Reader, field: string])[]> = {
  'enact-policy': [['policy', 'str', 'policy']],
  'repeal-policy': [['policy', 'str', 'policy']],
  'book-production': [['chip', 'str', 'chip'], ['wafersPerQuarter', 'num', 'wafersPerQuarter']],
  'set-chip-price': [['chip', 'str', 'chip'], ['priceUsd', 'num', 'priceUsd']],
  'set-allocation': [['chip', 'str', 'chip'], ['regions', 'ids', 'regions']],
  'set-wafer-price': [['node', 'str', 'node'], ['waferPriceUsd', 'num', 'priceUsd'], ['budgetBnPerQuarter', 'num', 'budgetBnPerQuarter']],
  'improve-yield': [['node', 'str', 'node'], ['spendBn', 'num', 'amountBn']],
  'advance-node': [['node', 'str', 'node']],
  'build-fab': [['node', 'str', 'node'], ['region', 'str', 'region'], ['wafersPerQuarter', 'num', 'wafersPerQuarter']],
  'build-datacenter': [['mw', 'num', 'mw'], ['region', 'str', 'region']],
  'invest-ecosystem': [['spendBn', 'num', 'amountBn']],
  'efficiency-research': [['spendBn', 'num', 'amountBn']],
  'grant-subsidy': [['amountBn', 'num', 'amountBn'], ['toFaction', 'str', 'faction']],
  'stockpile-hbm': [['stacks', 'num', 'stacks'], ['ofHbm', 'str', 'hbm']],
  'tape-out': [['chip', 'str', 'chip']],
  'benchmark-chip': [['chip', 'str', 'chip']],
  'assess-chip': [['chip', 'str', 'chip']],
  'announce-chip': [['chip', 'str', 'chip'], ['claimedBf16', 'spec', 'claimed'], ['claimedReadiness', 'str', 'claimedReadiness']],
  'set-cloud-price': [['cloudPriceUsdPerHour', 'num', 'priceUsdPerHour']],
  'train-model': [['computeShare', 'num', 'computeShare']],
  'list-entity': [['entity', 'str', 'entity']],
  'set-enforcement': [['seizureChance', 'num', 'seizureChance']],
}

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
  const read: Record<Reader, (field: string) => DebriefParam['value'] | null> = { str, num, ids, spec }
  const fields = kind === null ? undefined : PLAIN[kind]
  if (fields !== undefined) {
    for (const [key, reader, field] of fields) add(key, read[reader](field))
    return { kind, params }
  }
  switch (kind) {
    case 'set-licence':
      add('policy', str('policy'))
      add('licensing', str('mode'))
      if (str('mode') === 'revenue-share') add('revenueShare', num('revenueShare'))
      break
    case 'buy-chips':
      add('units', num('units'))
      add('chip', str('chip'))
      add('maxPriceUsd', num('maxPriceUsd'))
      if (o.grey === true) add('grey', true)
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
    case 'start-program':
      add('onNode', str('node'))
      add('dieMm2', num('dieMm2'))
      add('targetBf16', spec('target'))
      add('hbm', str('hbm'))
      if (str('hbm') !== null) add('hbmStacks', num('hbmStacks'))
      add('budgetBnPerQuarter', num('budgetBnPerQuarter'))
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
