/**
 * The encyclopedia's entries, built from whatever rules are loaded (base game and mods), so a
 * mod's chips, policies and events appear like the base game's. Always from the public rules:
 * a catalogue chip carries its maker's claims (never its true figures, workloads or readiness)
 * and a scenario no faction's starting secrets. Entries are data: names and summaries are the
 * game data's text keys, facts are values (`values.ts`) with label keys, and the renderer words
 * them all in its language.
 */
import { publicRules, quarterIndex, type Condition, type Operation, type Rules, type Source } from '../../engine'
import type { EncyclopediaEntry, EncyclopediaFact, EncyclopediaKind, EncyclopediaValue } from '../../protocol/encyclopedia'
import { ENCYCLOPEDIA_KINDS } from '../../protocol/encyclopedia'
import { v } from './values'

type Value = EncyclopediaValue

/** Where each entry's record came from (`base` or a mod id) and which mods patched it; keyed by entry id. */
export type EntryOrigins = ReadonlyMap<string, { origin: string; changedBy: readonly string[] }>

/** Options for `buildEntries`. */
export interface BuildOptions {
  origins?: EntryOrigins
}

/** The data kind (rules key) behind each entry kind. */
export const RULES_KIND: Record<EncyclopediaKind, keyof Rules> = {
  chip: 'chips',
  node: 'nodes',
  foundry: 'foundries',
  hbm: 'hbm',
  packaging: 'packaging',
  policy: 'policies',
  faction: 'factions',
  actor: 'actors',
  region: 'regions',
  event: 'events',
  scenario: 'scenarios',
}

/** The reverse relation's label: an entry named by a chip lists it under `chips`, and so on. */
const BACK_LABEL: Record<EncyclopediaKind, string> = {
  chip: 'chips',
  node: 'nodes',
  foundry: 'foundries',
  hbm: 'hbmLines',
  packaging: 'packagingLines',
  policy: 'policies',
  faction: 'factions',
  actor: 'actors',
  region: 'regions',
  event: 'events',
  scenario: 'scenarios',
}

/** What every part of the encyclopedia reads: the public rules, references to entries, and effects and conditions as values. */
function namingKit(allRules: Rules) {
  const rules = publicRules(allRules)

  /** The entry id of a record id that names a faction, actor, region, chip… (first kind that has it). */
  const entryOf = (id: string, kinds: readonly EncyclopediaKind[] = ENCYCLOPEDIA_KINDS): string | undefined => {
    for (const kind of kinds) {
      const table = rules[RULES_KIND[kind]] as Record<string, unknown>
      if (Object.prototype.hasOwnProperty.call(table, id)) return `${kind}:${id}`
    }
    return undefined
  }
  /** A record by its entry (the renderer names it), or the id itself when no entry has it. */
  const refOf = (id: string, kinds: readonly EncyclopediaKind[] = ENCYCLOPEDIA_KINDS): Value => {
    const entry = entryOf(id, kinds)
    return entry === undefined ? v.text(id) : v.ref(entry)
  }
  const WHO: EncyclopediaKind[] = ['faction', 'actor']
  const pool = (id: string): Value => {
    const record = rules.demandPools[id]
    return record === undefined ? v.text(id) : v.name(record.name, id)
  }
  const refs = (ids: readonly string[], kinds?: readonly EncyclopediaKind[]): Value => v.list(ids.map((id) => refOf(id, kinds)))

  /** An effect. `subject` is who a faction-less effect applies to. */
  const opValue = (op: Operation, subject: Value): Value => {
    const who = 'faction' in op && op.faction !== undefined ? refOf(op.faction, WHO) : subject
    const lasting = (q: number | undefined): Value => (q === undefined ? v.text('') : v.phrase('forQuarters', { count: v.num(q, 0) }))
    switch (op.op) {
      case 'adjust-cash':
        return v.phrase('op.cash', { who, amount: v.bn(op.amountBn, true) })
      case 'adjust-reputation':
        return v.phrase('op.reputation', { who, delta: v.signed(op.delta) })
      case 'adjust-political-capital':
        return v.phrase('op.politicalCapital', { who, delta: v.signed(op.delta) })
      case 'adjust-ecosystem':
        return v.phrase('op.ecosystem', { who, delta: v.signed(op.delta) })
      case 'adjust-vp':
        return v.phrase('op.vp', { who, delta: v.signed(op.delta) })
      case 'adjust-tension':
        return v.phrase('op.tension', { delta: v.signed(op.delta) })
      case 'adjust-capacity':
        return v.phrase('op.capacity', { target: refOf(op.target), factor: v.num(op.factor), lasting: lasting(op.quarters) })
      case 'adjust-demand':
        return v.phrase('op.demand', { pool: pool(op.pool), factor: v.num(op.factor), lasting: lasting(op.quarters) })
      case 'adjust-yield':
        return v.phrase('op.yield', { node: refOf(op.node), delta: v.signed(op.delta * 100, 1) })
      case 'adjust-power':
        return v.phrase('op.power', { region: refOf(op.region), mw: v.signed(op.mw, 0) })
      case 'adjust-stock':
        return v.phrase('op.stock', { who, units: v.signed(op.units, 0), item: refOf(op.item) })
      case 'enact-policy':
        return v.phrase('op.enact', { policy: refOf(op.policy) })
      case 'repeal-policy':
        return v.phrase('op.repeal', { policy: refOf(op.policy) })
      case 'reveal-chip':
        return v.phrase('op.reveal', { chip: refOf(op.chip) })
      case 'launch-chip':
        return v.phrase('op.launch', { chip: refOf(op.chip) })
      case 'end-game':
        return op.reason === 'crisis' ? v.phrase('op.endCrisis') : v.phrase('op.endScenario')
      case 'set-flag':
        return op.until === undefined ? v.phrase('op.flag', { flag: v.text(op.flag) }) : v.phrase('op.flagUntil', { flag: v.text(op.flag), until: v.quarter(op.until) })
    }
  }
  const opsValue = (ops: readonly Operation[], subject: Value): Value => (ops.length === 0 ? v.word('misc', 'noEffect') : v.list(ops.map((op) => opValue(op, subject)), 'semicolon'))
  /** The entries an effect names. */
  const opRefs = (op: Operation): string[] => {
    const found: (string | undefined)[] = []
    if ('faction' in op && op.faction !== undefined) found.push(entryOf(op.faction, WHO))
    if (op.op === 'adjust-capacity') found.push(entryOf(op.target))
    if (op.op === 'adjust-yield') found.push(entryOf(op.node, ['node']))
    if (op.op === 'adjust-power') found.push(entryOf(op.region, ['region']))
    if (op.op === 'adjust-stock') found.push(entryOf(op.item))
    if (op.op === 'enact-policy' || op.op === 'repeal-policy') found.push(entryOf(op.policy, ['policy']))
    if (op.op === 'reveal-chip' || op.op === 'launch-chip') found.push(entryOf(op.chip, ['chip']))
    return found.filter((r): r is string => r !== undefined)
  }
  const condValue = (c: Condition): Value => {
    switch (c.if) {
      case 'policy-active':
        return v.phrase('cond.policyActive', { policy: refOf(c.policy) })
      case 'policy-inactive':
        return v.phrase('cond.policyInactive', { policy: refOf(c.policy) })
      case 'chip-launched':
        return v.phrase('cond.chipLaunched', { chip: refOf(c.chip) })
      case 'event-fired':
        return v.phrase('cond.eventFired', { event: refOf(c.event) })
      case 'flag-set':
        return v.phrase('cond.flagSet', { flag: v.text(c.flag) })
      case 'seat-played':
        return v.phrase('cond.seatPlayed', { faction: refOf(c.faction, WHO) })
      case 'metric': {
        const bounds = [...(c.atLeast === undefined ? [] : [v.phrase('atLeast', { n: v.num(c.atLeast) })]), ...(c.below === undefined ? [] : [v.phrase('below', { n: v.num(c.below) })])]
        const metric = v.word('metric', c.metric)
        return c.faction === undefined ? v.phrase('cond.metric', { metric, bounds: v.list(bounds, 'and') }) : v.phrase('cond.metricOf', { who: refOf(c.faction, WHO), metric, bounds: v.list(bounds, 'and') })
      }
    }
  }
  const condRef = (c: Condition): string | undefined => {
    switch (c.if) {
      case 'policy-active':
      case 'policy-inactive':
        return entryOf(c.policy, ['policy'])
      case 'chip-launched':
        return entryOf(c.chip, ['chip'])
      case 'event-fired':
        return entryOf(c.event, ['event'])
      case 'seat-played':
        return entryOf(c.faction, WHO)
      case 'metric':
        return c.faction === undefined ? undefined : entryOf(c.faction, WHO)
      default:
        return undefined
    }
  }

  return { rules, entryOf, refOf, refs, WHO, pool, opValue, opsValue, opRefs, condValue, condRef }
}

type NamingKit = ReturnType<typeof namingKit>

/** The entries being built, and how an entry and its facts are added. */
function entryKit(naming: NamingKit, options: BuildOptions) {
  const { entryOf, refOf } = naming
  const entries: EncyclopediaEntry[] = []
  const add = (
    kind: EncyclopediaKind,
    record: { id: string; name: string; description?: string | undefined; sources: Source[]; fictional?: boolean | undefined; fictionalWhy?: string | undefined },
    subtitle: Value,
    facts: EncyclopediaFact[],
    related: { entry: string | undefined; label: string }[],
    summaryKeys?: string[],
  ): void => {
    const id = `${kind}:${record.id}`
    const seen = new Set<string>()
    const links: { entry: string; label: string }[] = []
    for (const r of [...facts.filter((f) => f.entry !== undefined).map((f) => ({ entry: f.entry, label: f.label })), ...related]) {
      if (r.entry === undefined || r.entry === id || seen.has(r.entry)) continue
      seen.add(r.entry)
      links.push({ entry: r.entry, label: r.label })
    }
    const origin = options.origins?.get(id)
    entries.push({
      id,
      kind,
      recordId: record.id,
      nameKey: record.name,
      summaryKeys: summaryKeys ?? (record.description === undefined ? [] : [record.description]),
      subtitle,
      facts,
      related: links,
      sources: record.sources.map((s) => ({ title: s.title, publisher: s.publisher, date: s.date, url: s.url ?? null, confidence: s.confidence ?? null })),
      fictional: record.fictional === true,
      fictionalWhy: record.fictional === true ? (record.fictionalWhy ?? null) : null,
      origin: origin?.origin ?? 'base',
      changedBy: [...(origin?.changedBy ?? [])],
    })
  }
  const fact = (label: string, value: Value, entry?: string): EncyclopediaFact => (entry === undefined ? { label, value } : { label, value, entry })
  const link = (label: string, id: string | undefined, kinds?: readonly EncyclopediaKind[]): EncyclopediaFact[] => (id === undefined ? [] : [fact(label, refOf(id, kinds), entryOf(id, kinds))])

  return { entries, add, fact, link }
}

type Kit = NamingKit & ReturnType<typeof entryKit>

/** Chips (claims only, compared with the H100), nodes and foundries. */
function chipEntries(kit: Kit): void {
  const { rules, entryOf, refOf, refs, WHO, add, fact, link } = kit
  // Chips: claims only (the public rules hold the claims in `true`), compared with the H100.
  const h100 = rules.chips.h100
  const vsH100 = (value: number, reference: number | undefined, unit: Extract<Value, { t: 'number' }>['unit'], digits = 0): Value => {
    if (value <= 0) return v.word('misc', 'noneClaimed')
    const amount = v.num(value, digits, unit)
    if (reference === undefined || reference <= 0) return amount
    return v.phrase('vsH100', { value: amount, ratio: value / reference < 0.01 ? v.text('<0.01') : v.num(value / reference) })
  }
  // Which chip controls a chip's claimed figures fall under (the engine's test, on the claims).
  const chipControls = Object.values(rules.policies).filter((p) => p.instrument === 'chip-control')
  const catches = (policy: (typeof chipControls)[number], chip: (typeof rules.chips)[string]): boolean => {
    const p = policy.params
    const specs = chip.claimed
    if (p.tppAtLeast !== undefined && specs.tpp >= p.tppAtLeast && (p.interconnectAtLeastGBs === undefined || specs.interconnectGBs >= p.interconnectAtLeastGBs)) return true
    const density = chip.dieMm2 > 0 ? specs.tpp / chip.dieMm2 : 0
    return (p.densityTiers ?? []).some((t) => specs.tpp >= t.tppAtLeast && density >= t.densityAtLeast)
  }
  for (const chip of Object.values(rules.chips)) {
    const claims = chip.claimed
    const ref = chip.id === 'h100' ? undefined : h100?.claimed
    const variants = Object.values(rules.chips).filter((c) => c.variantOf === chip.id)
    add(
      'chip',
      chip,
      v.list([refOf(chip.maker, WHO), refOf(chip.node, ['node']), v.quarter(chip.firstQuarter)], 'dot'),
      [
        ...link('maker', chip.maker, WHO),
        ...link('node', chip.node, ['node']),
        fact('firstQuarter', v.quarter(chip.firstQuarter)),
        fact('readiness', v.word('readiness', chip.readiness)),
        fact('workloads', v.word('workloads', chip.workloads)),
        fact('price', chip.internalOnly ? v.phrase('priceInternal', { price: v.usd(chip.priceUsd) }) : v.usd(chip.priceUsd)),
        fact('bf16', vsH100(claims.bf16Tflops, ref?.bf16Tflops, 'tflops')),
        fact('memory', vsH100(claims.memoryGb, ref?.memoryGb, 'gb', 1)),
        fact('bandwidth', vsH100(claims.memoryBandwidthTBs, ref?.memoryBandwidthTBs, 'tbs', 2)),
        fact('interconnect', vsH100(claims.interconnectGBs, ref?.interconnectGBs, 'gbs')),
        fact('tpp', vsH100(claims.tpp, ref?.tpp, undefined)),
        fact('power', v.num(claims.powerW, 0, 'w')),
        fact('die', chip.diesPerChip > 1 ? v.phrase('dies', { area: v.num(chip.dieMm2, 0, 'mm2'), count: v.num(chip.diesPerChip, 0) }) : v.num(chip.dieMm2, 0, 'mm2')),
        ...(chip.hbm === undefined ? [] : [fact('hbm', v.phrase('times', { what: refOf(chip.hbm, ['hbm']), count: v.num(chip.hbmStacks ?? 0, 0) }), entryOf(chip.hbm, ['hbm']))]),
        ...link('variantOf', chip.variantOf, ['chip']),
        ...chipControls
          .filter((policy) => catches(policy, chip))
          .map((policy) => fact('controlledBy', policy.params.destinations === undefined ? v.ref(`policy:${policy.id}`) : v.phrase('controlledIn', { policy: v.ref(`policy:${policy.id}`), regions: refs(policy.params.destinations, ['region']) }), `policy:${policy.id}`)),
      ],
      [...variants.map((c) => ({ entry: `chip:${c.id}`, label: 'variants' })), ...(h100 !== undefined ? [{ entry: 'chip:h100', label: 'reference' }] : [])],
    )
  }

  for (const node of Object.values(rules.nodes)) {
    const path = node.capacityPath ?? []
    add(
      'node',
      node,
      v.list([refOf(node.foundry, ['foundry']), v.num(node.featureNm, 2, 'nm'), v.quarter(node.availableFrom)], 'dot'),
      [
        ...link('foundry', node.foundry, ['foundry']),
        fact('featureNm', v.num(node.featureNm, 2, 'nm')),
        fact('euv', v.word('yesNo', node.euv ? 'yes' : 'no')),
        fact('availableFrom', v.quarter(node.availableFrom)),
        fact('capacity', v.phrase('wafersPerQuarter', { amount: v.num(node.capacityWafersPerQuarter, 0) })),
        ...path.map((p) => fact('capacityFrom', v.phrase('capacityFrom', { quarter: v.quarter(p.quarter), capacity: v.phrase('wafersPerQuarter', { amount: v.num(p.capacity, 0) }) }))),
        fact('yieldMature', v.share(node.yieldMature)),
        fact('maturity', v.phrase('quarters', { count: v.num(node.maturityQuarters, 0) })),
        fact('waferPrice', v.usd(node.waferPriceUsd)),
        fact('waferCost', v.usd(node.waferCostUsd)),
        ...link('requires', node.requires, ['node']),
        fact('advanceCost', v.bn(node.advanceCostBn)),
      ],
      [],
    )
  }

  for (const foundry of Object.values(rules.foundries)) {
    const nodes = Object.values(rules.nodes).filter((n) => n.foundry === foundry.id)
    add('foundry', foundry, v.list([refOf(foundry.owner, WHO), refOf(foundry.region, ['region'])], 'dot'), [...link('owner', foundry.owner, WHO), ...link('region', foundry.region, ['region'])], nodes.map((n) => ({ entry: `node:${n.id}`, label: 'nodes' })))
  }
}

/** HBM and packaging lines. */
function lineEntries(kit: Kit): void {
  const { rules, refOf, WHO, add, fact, link } = kit
  /** An HBM or packaging line's capacity (and its path over time), price, start and growth. */
  const lineFacts = (
    capacity: number,
    line: { capacityPath?: { quarter: string; capacity: number }[] | undefined; priceUsd: number; availableFrom: string; growthPerQuarter: number },
    unit: 'stack' | 'chip',
  ): EncyclopediaFact[] => {
    const perQuarter = (count: number): Value => v.phrase(unit === 'stack' ? 'stacksPerQuarter' : 'chipsPerQuarter', { amount: v.num(count, 0) })
    return [
      fact('capacity', perQuarter(capacity)),
      ...(line.capacityPath ?? []).map((p) => fact('capacityFrom', v.phrase('capacityFrom', { quarter: v.quarter(p.quarter), capacity: perQuarter(p.capacity) }))),
      fact('price', v.phrase(unit === 'stack' ? 'perStack' : 'perChip', { price: v.usd(line.priceUsd) })),
      fact('availableFrom', v.quarter(line.availableFrom)),
      ...(line.growthPerQuarter !== 0 ? [fact('growth', v.phrase('perQuarter', { value: v.share(line.growthPerQuarter, true) }))] : []),
    ]
  }

  for (const line of Object.values(rules.hbm)) {
    add(
      'hbm',
      line,
      v.list([refOf(line.owner, WHO), v.text(line.generation.toUpperCase()), v.quarter(line.availableFrom)], 'dot'),
      [
        ...link('owner', line.owner, WHO),
        ...link('region', line.region, ['region']),
        fact('generation', v.text(line.generation.toUpperCase())),
        fact('stack', v.phrase('stack', { gb: v.num(line.stackGb), tbs: v.num(line.bandwidthTBsPerStack) })),
        ...lineFacts(line.capacityStacksPerQuarter, line, 'stack'),
      ],
      [],
    )
  }

  for (const line of Object.values(rules.packaging)) {
    add('packaging', line, v.list([refOf(line.owner, WHO), v.quarter(line.availableFrom)], 'dot'), [...link('owner', line.owner, WHO), ...link('region', line.region, ['region']), ...lineFacts(line.capacityChipsPerQuarter, line, 'chip')], [])
  }
}

/** A policy's parameters as facts (thresholds, licences, money, regions…). */
function policyParamFacts(kit: Kit, policy: Rules['policies'][string]): EncyclopediaFact[] {
  const { refs, pool, fact, link } = kit
  const p = policy.params
  // One id: a link; several: their names in one fact (each is among the related entries).
  const list = (label: string, ids: readonly string[] | undefined, kinds?: readonly EncyclopediaKind[]): EncyclopediaFact[] =>
    ids === undefined || ids.length === 0 ? [] : ids.length === 1 ? link(label, ids[0], kinds) : [fact(label, refs(ids, kinds))]
  const licence = (): Value => {
    const parts: Value[] = [v.phrase('licences', { mode: v.word('licence', p.licence ?? '') })]
    if (p.revenueShare !== undefined) parts.push(v.phrase('ofRevenue', { share: v.share(p.revenueShare) }))
    if (p.approvalChance !== undefined) parts.push(v.phrase('chancePerQuarter', { share: v.share(p.approvalChance) }))
    return v.list(parts, 'concat')
  }
  return [
    ...(p.tppAtLeast === undefined ? [] : [fact('threshold', p.interconnectAtLeastGBs === undefined ? v.phrase('tppAtLeast', { tpp: v.num(p.tppAtLeast, 0) }) : v.phrase('tppAndInterconnect', { tpp: v.num(p.tppAtLeast, 0), interconnect: v.num(p.interconnectAtLeastGBs, 0) }))]),
    ...(p.densityTiers ?? []).map((d) => fact('threshold', v.phrase('tppAndDensity', { tpp: v.num(d.tppAtLeast, 0), density: v.num(d.densityAtLeast) }))),
    ...list('destinations', p.destinations, ['region']),
    ...list('entities', p.entities, kit.WHO),
    ...(p.licence === undefined ? [] : [fact('licence', licence())]),
    ...(p.nodeMinNm === undefined ? [] : [fact('nodeMin', v.phrase('nodeMin', { nm: v.num(p.nodeMinNm) }))]),
    ...(p.yieldGrowthFactor === undefined ? [] : [fact('yieldGrowth', v.phrase('yieldLearning', { factor: v.num(p.yieldGrowthFactor) }))]),
    ...(p.subsidyShare === undefined ? [] : [fact('subsidy', v.phrase('ofCapex', { share: v.share(p.subsidyShare) }))]),
    ...(p.amountBnPerQuarter === undefined ? [] : [fact('amount', v.phrase('perQuarter', { value: v.bn(p.amountBnPerQuarter) }))]),
    ...list('fabRegions', p.fabRegions, ['region']),
    ...(p.domesticWeightDelta === undefined ? [] : [fact('domesticPreference', v.signed(p.domesticWeightDelta))]),
    ...(p.pools === undefined && p.pool === undefined ? [] : [fact('pools', v.list([...(p.pools ?? []), ...(p.pool === undefined ? [] : [p.pool])].map(pool)))]),
    ...list('bannedChips', p.bannedChips, ['chip']),
    ...(p.costMultiplier === undefined ? [] : [fact('costMultiplier', v.phrase('costOutsideBloc', { factor: v.num(p.costMultiplier) }))]),
    ...(p.seizureChance === undefined ? [] : [fact('seizure', v.phrase('seizureChance', { share: v.share(p.seizureChance) }))]),
    ...(p.ecosystemPerQuarter === undefined ? [] : [fact('ecosystemGrowth', v.phrase('perQuarter', { value: v.signed(p.ecosystemPerQuarter, 3) }))]),
  ]
}

/** Policies. */
function policyEntries(kit: Kit): void {
  const { rules, entryOf, refOf, refs, WHO, opsValue, opRefs, add, fact, link } = kit
  for (const policy of Object.values(rules.policies)) {
    const p = policy.params
    const owner = refOf(policy.owner, WHO)
    const related = (ids: readonly string[] | undefined, label: string, kinds?: readonly EncyclopediaKind[]): { entry: string | undefined; label: string }[] => (ids ?? []).map((id) => ({ entry: entryOf(id, kinds), label }))
    add(
      'policy',
      policy,
      v.list([owner, v.word('instrument', policy.instrument), ...(policy.realRule === undefined ? [] : [v.text(policy.realRule.date)])], 'dot'),
      [
        ...link('owner', policy.owner, WHO),
        fact('instrument', v.word('instrument', policy.instrument)),
        ...(policy.realRule === undefined ? [] : [fact('realRule', v.phrase('realRule', { name: v.text(policy.realRule.name), date: v.text(policy.realRule.date) }))]),
        ...policyParamFacts(kit, policy),
        fact('politicalCost', v.num(policy.politicalCost)),
        fact('tension', v.signed(policy.tensionDelta)),
        ...(policy.effects.length === 0 ? [] : [fact('onEnact', opsValue(policy.effects, owner))]),
        ...(policy.repealEffects.length === 0 ? [] : [fact('onRepeal', opsValue(policy.repealEffects, owner))]),
        ...(policy.supersedes === undefined || policy.supersedes.length === 0 ? [] : policy.supersedes.length === 1 ? link('supersedes', policy.supersedes[0], ['policy']) : [fact('supersedes', refs(policy.supersedes, ['policy']))]),
      ],
      [
        ...related(p.destinations, 'destinations', ['region']),
        ...related(p.entities, 'entities', WHO),
        ...related(p.fabRegions, 'fabRegions', ['region']),
        ...related(p.bannedChips, 'bannedChips', ['chip']),
        ...related(policy.supersedes, 'supersedes', ['policy']),
        ...[...policy.effects, ...policy.repealEffects].flatMap(opRefs).map((entry) => ({ entry, label: 'effects' })),
      ],
    )
  }
}

/** Factions, actors and regions. */
function partyEntries(kit: Kit): void {
  const { rules, entryOf, refOf, refs, add, fact, link } = kit
  for (const faction of Object.values(rules.factions)) {
    const kinds = v.list(
      faction.kinds.map((k) => v.word('factionKind', k)),
      'comma',
      true,
    )
    add(
      'faction',
      faction,
      v.list([kinds, refOf(faction.region, ['region'])], 'dot'),
      [fact('factionKinds', kinds), ...link('region', faction.region, ['region']), ...(faction.governs.length === 0 ? [] : [fact('governs', refs(faction.governs, ['region']))]), fact('ownModels', v.word('yesNo', faction.ownModels ? 'yes' : 'no'))],
      faction.governs.map((r) => ({ entry: entryOf(r, ['region']), label: 'governs' })),
    )
  }

  for (const actor of Object.values(rules.actors)) {
    add('actor', actor, v.list([v.word('actorKind', actor.kind), refOf(actor.region, ['region'])], 'dot'), [fact('actorKind', v.word('actorKind', actor.kind)), ...link('region', actor.region, ['region'])], [])
  }

  for (const region of Object.values(rules.regions)) {
    add(
      'region',
      region,
      v.word('alignment', region.alignment),
      [
        fact('alignment', v.word('alignment', region.alignment)),
        fact('power', v.num(region.powerMw, 0, 'mw')),
        fact('powerCost', v.phrase('perGw', { cost: v.bn(region.powerCostBnPerGw) })),
        ...(region.transshipmentHub ? [fact('transshipment', v.word('misc', 'transshipmentHub'))] : []),
      ],
      [],
    )
  }
}

/** Events and scenarios. */
function eventAndScenarioEntries(kit: Kit): void {
  const { rules, entryOf, refOf, refs, WHO, opsValue, opRefs, condValue, condRef, add, fact, link } = kit
  for (const event of Object.values(rules.events)) {
    const tr = event.trigger
    const target = event.target === undefined ? v.word('misc', 'theSeatConcerned') : refOf(event.target, WHO)
    const window =
      tr.from === undefined && tr.to === undefined
        ? v.word('misc', 'anyQuarter')
        : tr.from !== undefined && tr.to !== undefined
          ? v.phrase('fromTo', { from: v.quarter(tr.from), to: v.quarter(tr.to) })
          : tr.from !== undefined
            ? v.phrase('fromQuarter', { from: v.quarter(tr.from) })
            : v.phrase('untilQuarter', { to: v.quarter(tr.to ?? '') })
    const conditions = [...(tr.tensionAtLeast === undefined ? [] : [v.phrase('tensionAtLeast', { n: v.num(tr.tensionAtLeast) })]), ...(tr.tensionBelow === undefined ? [] : [v.phrase('tensionBelow', { n: v.num(tr.tensionBelow) })]), ...tr.all.map(condValue)]
    const quarters = tr.from !== undefined && tr.to !== undefined ? quarterIndex(tr.to) - quarterIndex(tr.from) + 1 : null
    const kind = event.historical ? 'historical' : event.fictional === true ? 'invented' : 'plausible'
    add(
      'event',
      event,
      v.list([v.word('eventKind', kind), window], 'dot'),
      [
        fact('eventType', v.word('eventType', kind)),
        fact('window', quarters === null ? window : v.phrase('windowQuarters', { window, count: v.num(quarters, 0) })),
        ...(conditions.length === 0 ? [] : [fact('conditions', v.list(conditions, 'semicolon'))]),
        fact('probability', v.phrase(event.once ? 'probabilityOnce' : 'probabilityRecur', { share: v.share(event.probability) })),
        ...link('target', event.target, WHO),
        ...(event.effects.length === 0 ? [] : [fact('effects', opsValue(event.effects, target))]),
        ...event.choices.map((c): EncyclopediaFact => ({ label: 'choice', term: v.name(c.name, c.id), value: opsValue(c.effects, target) })),
      ],
      [...tr.all.map((c) => ({ entry: condRef(c), label: 'conditions' })), ...[...event.effects, ...event.choices.flatMap((c) => c.effects)].flatMap(opRefs).map((entry) => ({ entry, label: 'effects' }))],
    )
  }

  for (const scenario of Object.values(rules.scenarios)) {
    add(
      'scenario',
      scenario,
      v.phrase('arrow', { from: v.quarter(scenario.start), to: v.quarter(scenario.end) }),
      [
        fact('period', v.phrase('period', { from: v.quarter(scenario.start), to: v.quarter(scenario.end), count: v.num(quarterIndex(scenario.end) - quarterIndex(scenario.start) + 1, 0) })),
        fact('seats', refs(scenario.seats, WHO)),
        fact('startTension', v.num(scenario.tension)),
        // The policies themselves are among the related entries, as links.
        fact('policiesInForce', scenario.policies.length === 0 ? v.word('misc', 'none') : scenario.policies.length === 1 ? refOf(scenario.policies[0]!, ['policy']) : v.phrase('seeRelated', { count: v.num(scenario.policies.length, 0) })),
      ],
      [...scenario.seats.map((s) => ({ entry: entryOf(s, WHO), label: 'seats' })), ...scenario.policies.map((p) => ({ entry: entryOf(p, ['policy']), label: 'policiesInForce' }))],
      [...(scenario.description === undefined ? [] : [scenario.description]), scenario.briefing],
    )
  }
}

/** Builds every entry of `rules` (turned into public rules first). */
export function buildEntries(allRules: Rules, options: BuildOptions = {}): EncyclopediaEntry[] {
  const naming = namingKit(allRules)
  const kit: Kit = { ...naming, ...entryKit(naming, options) }
  chipEntries(kit)
  lineEntries(kit)
  policyEntries(kit)
  partyEntries(kit)
  eventAndScenarioEntries(kit)
  const { entries } = kit
  // Back links: an entry lists the entries that name it (a maker its chips, a node its chips, a policy the events that enact it).
  const byId = new Map(entries.map((e) => [e.id, e]))
  for (const entry of entries) {
    for (const r of entry.related) {
      if (r.label === 'reference' || r.label === 'back') continue
      const other = byId.get(r.entry)
      if (other === undefined || other.related.some((x) => x.entry === entry.id)) continue
      other.related.push({ entry: entry.id, label: BACK_LABEL[entry.kind] })
    }
  }
  return entries
}
