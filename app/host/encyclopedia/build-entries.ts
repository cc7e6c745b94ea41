/**
 * The encyclopedia's entries, built from whatever rules are loaded (base game and mods), so a
 * mod's chips, policies and events appear like the base game's. Always from the public rules:
 * a catalogue chip carries its maker's claims (never its true figures, workloads or readiness)
 * and a scenario no faction's starting secrets. Facts are worded here in English; their labels
 * are keys the renderer translates; names and descriptions come in the asked language.
 */
import { publicRules, quarterIndex, type Condition, type Operation, type Rules, type Source } from '../../engine'
import type { EncyclopediaEntry, EncyclopediaFact, EncyclopediaKind } from '../../protocol/encyclopedia'
import { ENCYCLOPEDIA_KINDS } from '../../protocol/encyclopedia'

/** Where each entry's record came from (`base` or a mod id) and which mods patched it; keyed by entry id. */
export type EntryOrigins = ReadonlyMap<string, { origin: string; changedBy: readonly string[] }>

/** Options for `buildEntries`. */
export interface BuildOptions {
  /** Language tag of names and descriptions (falls back to English). */
  language?: string
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

const INSTRUMENTS: Record<string, string> = {
  'chip-control': 'Chip export control',
  'hbm-control': 'HBM export control',
  'tool-control': 'Tool export control',
  'foundry-control': 'Foundry control',
  'entity-list': 'Entity List',
  subsidy: 'Subsidy',
  procurement: 'Procurement rule',
  'counter-control': 'Counter-control (materials)',
  antitrust: 'Antitrust action',
  'state-compute': 'State compute',
  talent: 'Talent programme',
  enforcement: 'Enforcement',
  'ally-pressure': 'Pressure on allies',
  diplomacy: 'Diplomacy',
}
const LICENCES: Record<string, string> = { deny: 'denied', 'case-by-case': 'case by case', 'revenue-share': 'granted for a share of revenue', allow: 'granted' }
const READINESS: Record<string, string> = { paper: 'Announced (paper)', sampling: 'Sampling', volume: 'Volume production' }
const WORKLOADS: Record<string, string> = { training: 'Training', inference: 'Inference', both: 'Training and inference' }
const ALIGNMENTS: Record<string, string> = { us: 'US bloc', china: 'China', neutral: 'Neutral' }
const FACTION_KINDS: Record<string, string> = { government: 'government', designer: 'chip designer', foundry: 'foundry', cloud: 'cloud' }
const ACTOR_KINDS: Record<string, string> = {
  'memory-maker': 'Memory maker',
  'tool-maker': 'Tool maker',
  foundry: 'Foundry',
  designer: 'Chip designer',
  government: 'Government',
  fund: 'Fund',
  buyer: 'Buyer',
  other: 'Other',
}
const METRICS: Record<string, string> = {
  cash: 'cash',
  reputation: 'reputation',
  'political-capital': 'political capital',
  ecosystem: 'ecosystem',
  vp: 'victory points',
  'installed-compute': 'installed compute',
  revenue: 'revenue',
  capability: 'model capability',
  tension: 'tension',
  'quarter-index': 'quarter',
}

/** A number in English with at most `digits` decimals. */
function num(value: number, digits = 2): string {
  return value.toLocaleString('en', { maximumFractionDigits: digits })
}
function pct(share: number): string {
  return `${num(share * 100, 1)}%`
}
function usd(value: number): string {
  return `US$${num(value, 0)}`
}
function bn(value: number): string {
  return `US$${num(value, 2)} bn`
}
function signed(value: number, digits = 2): string {
  return value > 0 ? `+${num(value, digits)}` : value < 0 ? `−${num(-value, digits)}` : num(value, digits)
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** What every part of the encyclopedia reads: the public rules, texts, names, and effects and conditions in words. */
function namingKit(allRules: Rules, options: BuildOptions) {
  const rules = publicRules(allRules)
  const language = options.language ?? 'en'
  const texts: Record<string, string> = { ...(rules.locales.en?.texts ?? {}), ...(rules.locales[language]?.texts ?? {}) }
  const text = (key: string | undefined): string | undefined => (key === undefined ? undefined : texts[key])

  /** The entry id of a record id that names a faction, actor, region, chip… (first kind that has it). */
  const entryOf = (id: string, kinds: readonly EncyclopediaKind[] = ENCYCLOPEDIA_KINDS): string | undefined => {
    for (const kind of kinds) {
      const table = rules[RULES_KIND[kind]] as Record<string, unknown>
      if (Object.prototype.hasOwnProperty.call(table, id)) return `${kind}:${id}`
    }
    return undefined
  }
  const nameOf = (id: string, kinds: readonly EncyclopediaKind[] = ENCYCLOPEDIA_KINDS): string => {
    const entry = entryOf(id, kinds)
    if (entry === undefined) return id
    const [kind] = entry.split(':') as [EncyclopediaKind]
    const record = (rules[RULES_KIND[kind]] as Record<string, { name: string }>)[id]
    return text(record?.name) ?? id
  }
  const WHO: EncyclopediaKind[] = ['faction', 'actor']
  const poolName = (id: string): string => text(rules.demandPools[id]?.name) ?? id
  const names = (ids: readonly string[], kinds?: readonly EncyclopediaKind[]): string => ids.map((id) => nameOf(id, kinds)).join(', ')

  /** An effect in words. `subject` is who a faction-less effect applies to. */
  const opText = (op: Operation, subject: string): string => {
    const who = 'faction' in op && op.faction !== undefined ? nameOf(op.faction, WHO) : subject
    const lasting = (q: number | undefined): string => (q === undefined ? '' : ` for ${q} quarter${q === 1 ? '' : 's'}`)
    switch (op.op) {
      case 'adjust-cash':
        return `${who}: cash ${op.amountBn >= 0 ? '+' : '−'}US$${num(Math.abs(op.amountBn))} bn`
      case 'adjust-reputation':
        return `${who}: reputation ${signed(op.delta)}`
      case 'adjust-political-capital':
        return `${who}: political capital ${signed(op.delta)}`
      case 'adjust-ecosystem':
        return `${who}: ecosystem ${signed(op.delta)}`
      case 'adjust-vp':
        return `${who}: ${signed(op.delta)} VP`
      case 'adjust-tension':
        return `tension ${signed(op.delta)}`
      case 'adjust-capacity':
        return `${nameOf(op.target)} capacity ×${num(op.factor)}${lasting(op.quarters)}`
      case 'adjust-demand':
        return `demand of ${poolName(op.pool)} ×${num(op.factor)}${lasting(op.quarters)}`
      case 'adjust-yield':
        return `${nameOf(op.node)} yield ${signed(op.delta * 100, 1)} points`
      case 'adjust-power':
        return `${nameOf(op.region)} data-centre power ${signed(op.mw, 0)} MW`
      case 'adjust-stock':
        return `${who}: ${signed(op.units, 0)} ${nameOf(op.item)}`
      case 'enact-policy':
        return `enacts ${nameOf(op.policy)}`
      case 'repeal-policy':
        return `repeals ${nameOf(op.policy)}`
      case 'reveal-chip':
        return `reveals the true figures of ${nameOf(op.chip)}`
      case 'launch-chip':
        return `launches ${nameOf(op.chip)}`
      case 'end-game':
        return op.reason === 'crisis' ? 'the game ends in a crisis' : 'the scenario ends'
      case 'set-flag':
        return `marks “${op.flag}”${op.until === undefined ? '' : ` until ${op.until}`}`
    }
  }
  const opsText = (ops: readonly Operation[], subject: string): string => (ops.length === 0 ? 'No effect' : ops.map((op) => opText(op, subject)).join('; '))
  /** The entries an effect names. */
  const opRefs = (op: Operation): string[] => {
    const refs: (string | undefined)[] = []
    if ('faction' in op && op.faction !== undefined) refs.push(entryOf(op.faction, WHO))
    if (op.op === 'adjust-capacity') refs.push(entryOf(op.target))
    if (op.op === 'adjust-yield') refs.push(entryOf(op.node, ['node']))
    if (op.op === 'adjust-power') refs.push(entryOf(op.region, ['region']))
    if (op.op === 'adjust-stock') refs.push(entryOf(op.item))
    if (op.op === 'enact-policy' || op.op === 'repeal-policy') refs.push(entryOf(op.policy, ['policy']))
    if (op.op === 'reveal-chip' || op.op === 'launch-chip') refs.push(entryOf(op.chip, ['chip']))
    return refs.filter((r): r is string => r !== undefined)
  }
  const condText = (c: Condition): string => {
    switch (c.if) {
      case 'policy-active':
        return `${nameOf(c.policy)} is in force`
      case 'policy-inactive':
        return `${nameOf(c.policy)} is not in force`
      case 'chip-launched':
        return `${nameOf(c.chip)} has launched`
      case 'event-fired':
        return `“${nameOf(c.event)}” has happened`
      case 'flag-set':
        return `“${c.flag}” is marked`
      case 'seat-played':
        return `${nameOf(c.faction, WHO)} is played by a person`
      case 'metric': {
        const whose = c.faction === undefined ? '' : `${nameOf(c.faction, WHO)}'s `
        const bounds = [c.atLeast === undefined ? null : `at least ${num(c.atLeast)}`, c.below === undefined ? null : `below ${num(c.below)}`].filter((x) => x !== null).join(' and ')
        return `${whose}${METRICS[c.metric] ?? c.metric} ${bounds}`
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

  return { rules, language, texts, text, entryOf, nameOf, WHO, poolName, names, opText, opsText, opRefs, condText, condRef }
}

type NamingKit = ReturnType<typeof namingKit>

/** The entries being built, and how an entry and its facts are added. */
function entryKit(naming: NamingKit, options: BuildOptions) {
  const { text, entryOf, nameOf } = naming
  const entries: EncyclopediaEntry[] = []
  const add = (
    kind: EncyclopediaKind,
    record: { id: string; name: string; description?: string | undefined; sources: Source[]; fictional?: boolean | undefined; fictionalWhy?: string | undefined },
    subtitle: string,
    facts: EncyclopediaFact[],
    related: { entry: string | undefined; label: string }[],
    summary?: string,
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
      name: text(record.name) ?? record.id,
      summary: summary ?? text(record.description) ?? null,
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
  const fact = (label: string, value: string, entry?: string): EncyclopediaFact => (entry === undefined ? { label, value } : { label, value, entry })
  const link = (label: string, id: string | undefined, kinds?: readonly EncyclopediaKind[]): EncyclopediaFact[] =>
    id === undefined ? [] : [fact(label, nameOf(id, kinds), entryOf(id, kinds))]

  return { entries, add, fact, link }
}

type Kit = NamingKit & ReturnType<typeof entryKit>

/** Chips (claims only, compared with the H100), nodes and foundries. */
function chipEntries(kit: Kit): void {
  const { rules, text, entryOf, nameOf, WHO, names, add, fact, link } = kit
  // Chips: claims only (the public rules hold the claims in `true`), compared with the H100.
  const h100 = rules.chips.h100
  const vsH100 = (value: number, reference: number | undefined, unit: string, digits = 0): string =>
    value <= 0 ? 'None claimed' : `${[num(value, digits), unit].filter((x) => x !== '').join(' ')}${reference === undefined || reference <= 0 ? '' : ` (${value / reference < 0.01 ? '<0.01' : num(value / reference)}× H100)`}`
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
      [nameOf(chip.maker, WHO), nameOf(chip.node, ['node']), chip.firstQuarter].join(' · '),
      [
        ...link('maker', chip.maker, WHO),
        ...link('node', chip.node, ['node']),
        fact('firstQuarter', chip.firstQuarter),
        fact('readiness', READINESS[chip.readiness] ?? chip.readiness),
        fact('workloads', WORKLOADS[chip.workloads] ?? chip.workloads),
        fact('price', chip.internalOnly ? `${usd(chip.priceUsd)} (its maker's own cloud only)` : usd(chip.priceUsd)),
        fact('bf16', vsH100(claims.bf16Tflops, ref?.bf16Tflops, 'TFLOPS')),
        fact('memory', vsH100(claims.memoryGb, ref?.memoryGb, 'GB', 1)),
        fact('bandwidth', vsH100(claims.memoryBandwidthTBs, ref?.memoryBandwidthTBs, 'TB/s', 2)),
        fact('interconnect', vsH100(claims.interconnectGBs, ref?.interconnectGBs, 'GB/s')),
        fact('tpp', vsH100(claims.tpp, ref?.tpp, '')),
        fact('power', `${num(claims.powerW, 0)} W`),
        fact('die', `${num(chip.dieMm2, 0)} mm²${chip.diesPerChip > 1 ? ` × ${chip.diesPerChip} dies` : ''}`),
        ...(chip.hbm === undefined ? [] : [fact('hbm', `${nameOf(chip.hbm, ['hbm'])} × ${chip.hbmStacks}`, entryOf(chip.hbm, ['hbm']))]),
        ...link('variantOf', chip.variantOf, ['chip']),
        ...chipControls.filter((policy) => catches(policy, chip)).map((policy) => fact('controlledBy', `${text(policy.name) ?? policy.id}${policy.params.destinations === undefined ? '' : ` (${names(policy.params.destinations, ['region'])})`}`, `policy:${policy.id}`)),
      ],
      [...variants.map((v) => ({ entry: `chip:${v.id}`, label: 'variants' })), ...(h100 !== undefined ? [{ entry: 'chip:h100', label: 'reference' }] : [])],
    )
  }

  for (const node of Object.values(rules.nodes)) {
    const path = node.capacityPath ?? []
    add(
      'node',
      node,
      [nameOf(node.foundry, ['foundry']), `${num(node.featureNm)} nm`, node.availableFrom].join(' · '),
      [
        ...link('foundry', node.foundry, ['foundry']),
        fact('featureNm', `${num(node.featureNm)} nm`),
        fact('euv', node.euv ? 'Yes' : 'No'),
        fact('availableFrom', node.availableFrom),
        fact('capacity', `${num(node.capacityWafersPerQuarter, 0)} wafers a quarter`),
        ...path.map((p) => fact('capacityFrom', `${p.quarter}: ${num(p.capacity, 0)} wafers a quarter`)),
        fact('yieldMature', pct(node.yieldMature)),
        fact('maturity', `${node.maturityQuarters} quarters`),
        fact('waferPrice', usd(node.waferPriceUsd)),
        fact('waferCost', usd(node.waferCostUsd)),
        ...link('requires', node.requires, ['node']),
        fact('advanceCost', bn(node.advanceCostBn)),
      ],
      [],
    )
  }

  for (const foundry of Object.values(rules.foundries)) {
    const nodes = Object.values(rules.nodes).filter((n) => n.foundry === foundry.id)
    add('foundry', foundry, [nameOf(foundry.owner, WHO), nameOf(foundry.region, ['region'])].join(' · '), [...link('owner', foundry.owner, WHO), ...link('region', foundry.region, ['region'])], nodes.map((n) => ({ entry: `node:${n.id}`, label: 'nodes' })))
  }

}

/** HBM and packaging lines. */
function lineEntries(kit: Kit): void {
  const { rules, nameOf, WHO, add, fact, link } = kit
  /** An HBM or packaging line's capacity (and its path over time), price, start and growth. */
  const lineFacts = (
    capacity: number,
    line: { capacityPath?: { quarter: string; capacity: number }[] | undefined; priceUsd: number; availableFrom: string; growthPerQuarter: number },
    unit: 'stack' | 'chip',
  ): EncyclopediaFact[] => [
    fact('capacity', `${num(capacity, 0)} ${unit}s a quarter`),
    ...(line.capacityPath ?? []).map((p) => fact('capacityFrom', `${p.quarter}: ${num(p.capacity, 0)} ${unit}s a quarter`)),
    fact('price', `${usd(line.priceUsd)} a ${unit}`),
    fact('availableFrom', line.availableFrom),
    ...(line.growthPerQuarter !== 0 ? [fact('growth', `${signed(line.growthPerQuarter * 100, 1)}% a quarter`)] : []),
  ]

  for (const line of Object.values(rules.hbm)) {
    add(
      'hbm',
      line,
      [nameOf(line.owner, WHO), line.generation.toUpperCase(), line.availableFrom].join(' · '),
      [
        ...link('owner', line.owner, WHO),
        ...link('region', line.region, ['region']),
        fact('generation', line.generation.toUpperCase()),
        fact('stack', `${num(line.stackGb)} GB, ${num(line.bandwidthTBsPerStack)} TB/s`),
        ...lineFacts(line.capacityStacksPerQuarter, line, 'stack'),
      ],
      [],
    )
  }

  for (const line of Object.values(rules.packaging)) {
    add(
      'packaging',
      line,
      [nameOf(line.owner, WHO), line.availableFrom].join(' · '),
      [
        ...link('owner', line.owner, WHO),
        ...link('region', line.region, ['region']),
        ...lineFacts(line.capacityChipsPerQuarter, line, 'chip'),
      ],
      [],
    )
  }

}

/** Policies. */
function policyEntries(kit: Kit): void {
  const { rules, entryOf, nameOf, WHO, poolName, names, opsText, opRefs, add, fact, link } = kit
  for (const policy of Object.values(rules.policies)) {
    const p = policy.params
    const owner = nameOf(policy.owner, WHO)
    // One id: a link; several: their names in one fact (each is among the related entries).
    const list = (label: string, ids: readonly string[] | undefined, kinds?: readonly EncyclopediaKind[]): EncyclopediaFact[] =>
      ids === undefined || ids.length === 0 ? [] : ids.length === 1 ? link(label, ids[0], kinds) : [fact(label, names(ids, kinds))]
    const refs = (ids: readonly string[] | undefined, label: string, kinds?: readonly EncyclopediaKind[]): { entry: string | undefined; label: string }[] => (ids ?? []).map((id) => ({ entry: entryOf(id, kinds), label }))
    add(
      'policy',
      policy,
      [owner, INSTRUMENTS[policy.instrument] ?? policy.instrument, policy.realRule?.date].filter((x) => x !== undefined).join(' · '),
      [
        ...link('owner', policy.owner, WHO),
        fact('instrument', INSTRUMENTS[policy.instrument] ?? policy.instrument),
        ...(policy.realRule === undefined ? [] : [fact('realRule', `${policy.realRule.name} (${policy.realRule.date})`)]),
        ...(p.tppAtLeast === undefined ? [] : [fact('threshold', `TPP ≥ ${num(p.tppAtLeast, 0)}${p.interconnectAtLeastGBs === undefined ? '' : ` and interconnect ≥ ${num(p.interconnectAtLeastGBs, 0)} GB/s`}`)]),
        ...(p.densityTiers ?? []).map((d) => fact('threshold', `TPP ≥ ${num(d.tppAtLeast, 0)} and density ≥ ${num(d.densityAtLeast)} TPP/mm²`)),
        ...list('destinations', p.destinations, ['region']),
        ...list('entities', p.entities, WHO),
        ...(p.licence === undefined ? [] : [fact('licence', `Licences ${LICENCES[p.licence] ?? p.licence}${p.revenueShare === undefined ? '' : ` (${pct(p.revenueShare)} of revenue)`}${p.approvalChance === undefined ? '' : ` (${pct(p.approvalChance)} chance a quarter)`}`)]),
        ...(p.nodeMinNm === undefined ? [] : [fact('nodeMin', `No EUV and no node below ${num(p.nodeMinNm)} nm`)]),
        ...(p.yieldGrowthFactor === undefined ? [] : [fact('yieldGrowth', `Yield learning ×${num(p.yieldGrowthFactor)}`)]),
        ...(p.subsidyShare === undefined ? [] : [fact('subsidy', `${pct(p.subsidyShare)} of capex`)]),
        ...(p.amountBnPerQuarter === undefined ? [] : [fact('amount', `${bn(p.amountBnPerQuarter)} a quarter`)]),
        ...list('fabRegions', p.fabRegions, ['region']),
        ...(p.domesticWeightDelta === undefined ? [] : [fact('domesticPreference', signed(p.domesticWeightDelta))]),
        ...(p.pools === undefined && p.pool === undefined ? [] : [fact('pools', [...(p.pools ?? []), ...(p.pool === undefined ? [] : [p.pool])].map(poolName).join(', '))]),
        ...list('bannedChips', p.bannedChips, ['chip']),
        ...(p.costMultiplier === undefined ? [] : [fact('costMultiplier', `Production cost ×${num(p.costMultiplier)} outside the bloc`)]),
        ...(p.seizureChance === undefined ? [] : [fact('seizure', `+${pct(p.seizureChance)} seizure chance`)]),
        ...(p.ecosystemPerQuarter === undefined ? [] : [fact('ecosystemGrowth', `${signed(p.ecosystemPerQuarter, 3)} a quarter`)]),
        fact('politicalCost', num(policy.politicalCost)),
        fact('tension', signed(policy.tensionDelta)),
        ...(policy.effects.length === 0 ? [] : [fact('onEnact', opsText(policy.effects, owner))]),
        ...(policy.repealEffects.length === 0 ? [] : [fact('onRepeal', opsText(policy.repealEffects, owner))]),
        ...list('supersedes', policy.supersedes, ['policy']),
      ],
      [
        ...refs(p.destinations, 'destinations', ['region']),
        ...refs(p.entities, 'entities', WHO),
        ...refs(p.fabRegions, 'fabRegions', ['region']),
        ...refs(p.bannedChips, 'bannedChips', ['chip']),
        ...refs(policy.supersedes, 'supersedes', ['policy']),
        ...[...policy.effects, ...policy.repealEffects].flatMap(opRefs).map((entry) => ({ entry, label: 'effects' })),
      ],
    )
  }

}

/** Factions, actors and regions. */
function partyEntries(kit: Kit): void {
  const { rules, entryOf, nameOf, names, add, fact, link } = kit
  for (const faction of Object.values(rules.factions)) {
    add(
      'faction',
      faction,
      [capitalise(faction.kinds.map((k) => FACTION_KINDS[k] ?? k).join(', ')), nameOf(faction.region, ['region'])].join(' · '),
      [
        fact('factionKinds', capitalise(faction.kinds.map((k) => FACTION_KINDS[k] ?? k).join(', '))),
        ...link('region', faction.region, ['region']),
        ...(faction.governs.length === 0 ? [] : [fact('governs', names(faction.governs, ['region']))]),
        fact('ownModels', faction.ownModels ? 'Yes' : 'No'),
      ],
      faction.governs.map((r) => ({ entry: entryOf(r, ['region']), label: 'governs' })),
    )
  }

  for (const actor of Object.values(rules.actors)) {
    add('actor', actor, [ACTOR_KINDS[actor.kind] ?? actor.kind, nameOf(actor.region, ['region'])].join(' · '), [fact('actorKind', ACTOR_KINDS[actor.kind] ?? actor.kind), ...link('region', actor.region, ['region'])], [])
  }

  for (const region of Object.values(rules.regions)) {
    add(
      'region',
      region,
      ALIGNMENTS[region.alignment] ?? region.alignment,
      [
        fact('alignment', ALIGNMENTS[region.alignment] ?? region.alignment),
        fact('power', `${num(region.powerMw, 0)} MW`),
        fact('powerCost', `${bn(region.powerCostBnPerGw)} per GW`),
        ...(region.transshipmentHub ? [fact('transshipment', 'Yes: the grey market routes controlled chips through it')] : []),
      ],
      [],
    )
  }

}

/** Events and scenarios. */
function eventAndScenarioEntries(kit: Kit): void {
  const { rules, text, entryOf, nameOf, WHO, names, opsText, opRefs, condText, condRef, add, fact, link } = kit
  for (const event of Object.values(rules.events)) {
    const tr = event.trigger
    const target = event.target === undefined ? 'the seat concerned' : nameOf(event.target, WHO)
    const window = tr.from === undefined && tr.to === undefined ? 'Any quarter' : tr.from !== undefined && tr.to !== undefined ? `${tr.from} to ${tr.to}` : tr.from !== undefined ? `From ${tr.from}` : `Until ${tr.to}`
    const conditions = [
      ...(tr.tensionAtLeast === undefined ? [] : [`tension at least ${num(tr.tensionAtLeast)}`]),
      ...(tr.tensionBelow === undefined ? [] : [`tension below ${num(tr.tensionBelow)}`]),
      ...tr.all.map(condText),
    ]
    const quarters = tr.from !== undefined && tr.to !== undefined ? quarterIndex(tr.to) - quarterIndex(tr.from) + 1 : null
    add(
      'event',
      event,
      [event.historical ? 'Historical' : event.fictional === true ? 'Invented' : 'Plausible', window].join(' · '),
      [
        fact('eventType', event.historical ? 'Historical: it happened' : event.fictional === true ? 'Invented: a what-if' : 'Plausible: a forecast'),
        fact('window', quarters === null ? window : `${window} (${quarters} quarter${quarters === 1 ? '' : 's'})`),
        ...(conditions.length === 0 ? [] : [fact('conditions', conditions.join('; '))]),
        fact('probability', `${pct(event.probability)} a quarter${event.once ? ', at most once' : ', may recur'}`),
        ...link('target', event.target, WHO),
        ...(event.effects.length === 0 ? [] : [fact('effects', opsText(event.effects, target))]),
        ...event.choices.map((c): EncyclopediaFact => ({ label: 'choice', term: text(c.name) ?? c.id, value: opsText(c.effects, target) })),
      ],
      [
        ...tr.all.map((c) => ({ entry: condRef(c), label: 'conditions' })),
        ...[...event.effects, ...event.choices.flatMap((c) => c.effects)].flatMap(opRefs).map((entry) => ({ entry, label: 'effects' })),
      ],
    )
  }

  for (const scenario of Object.values(rules.scenarios)) {
    add(
      'scenario',
      scenario,
      `${scenario.start} → ${scenario.end}`,
      [
        fact('period', `${scenario.start} to ${scenario.end} (${quarterIndex(scenario.end) - quarterIndex(scenario.start) + 1} quarters)`),
        fact('seats', names(scenario.seats, WHO)),
        fact('startTension', num(scenario.tension)),
        // The policies themselves are among the related entries, as links.
        fact('policiesInForce', scenario.policies.length === 0 ? 'None' : scenario.policies.length === 1 ? nameOf(scenario.policies[0]!, ['policy']) : `${scenario.policies.length} (see the related entries)`),
      ],
      [...scenario.seats.map((s) => ({ entry: entryOf(s, WHO), label: 'seats' })), ...scenario.policies.map((p) => ({ entry: entryOf(p, ['policy']), label: 'policiesInForce' }))],
      text(scenario.description) ?? text(scenario.briefing),
    )
  }

}

/** Builds every entry of `rules` (turned into public rules first). */
export function buildEntries(allRules: Rules, options: BuildOptions = {}): EncyclopediaEntry[] {
  const naming = namingKit(allRules, options)
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
