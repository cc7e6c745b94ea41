/**
 * The encyclopedia's labels: each kind's name and each fact's label, as literal t() calls
 * (so the translation-keys test sees every key). A fact label a newer host sends and this
 * renderer does not know is shown as it is.
 */
import type { TFunction } from 'i18next'
import type { EncyclopediaKind } from '../../../../app/protocol'

type Label = (t: TFunction) => string

/** A kind's name, singular (the badge). */
export const KIND_NAME: Record<EncyclopediaKind, Label> = {
  chip: (t) => t('encyclopedia.kind.chip'),
  node: (t) => t('encyclopedia.kind.node'),
  foundry: (t) => t('encyclopedia.kind.foundry'),
  hbm: (t) => t('encyclopedia.kind.hbm'),
  packaging: (t) => t('encyclopedia.kind.packaging'),
  policy: (t) => t('encyclopedia.kind.policy'),
  faction: (t) => t('encyclopedia.kind.faction'),
  actor: (t) => t('encyclopedia.kind.actor'),
  region: (t) => t('encyclopedia.kind.region'),
  event: (t) => t('encyclopedia.kind.event'),
  scenario: (t) => t('encyclopedia.kind.scenario'),
}

/** A kind's name, plural (list groups, filters, related entries). */
export const KIND_PLURAL: Record<EncyclopediaKind, Label> = {
  chip: (t) => t('encyclopedia.kinds.chip'),
  node: (t) => t('encyclopedia.kinds.node'),
  foundry: (t) => t('encyclopedia.kinds.foundry'),
  hbm: (t) => t('encyclopedia.kinds.hbm'),
  packaging: (t) => t('encyclopedia.kinds.packaging'),
  policy: (t) => t('encyclopedia.kinds.policy'),
  faction: (t) => t('encyclopedia.kinds.faction'),
  actor: (t) => t('encyclopedia.kinds.actor'),
  region: (t) => t('encyclopedia.kinds.region'),
  event: (t) => t('encyclopedia.kinds.event'),
  scenario: (t) => t('encyclopedia.kinds.scenario'),
}

/** A glyph per kind, drawn beside names (decorative). */
export const KIND_GLYPH: Record<EncyclopediaKind, string> = {
  chip: '▣',
  node: '◎',
  foundry: '⌂',
  hbm: '▤',
  packaging: '▦',
  policy: '§',
  faction: '⚑',
  actor: '◆',
  region: '◉',
  event: '✦',
  scenario: '▶',
}

const FACT: Record<string, Label> = {
  maker: (t) => t('encyclopedia.fact.maker'),
  node: (t) => t('encyclopedia.fact.node'),
  firstQuarter: (t) => t('encyclopedia.fact.firstQuarter'),
  readiness: (t) => t('encyclopedia.fact.readiness'),
  workloads: (t) => t('encyclopedia.fact.workloads'),
  price: (t) => t('encyclopedia.fact.price'),
  bf16: (t) => t('encyclopedia.fact.bf16'),
  memory: (t) => t('encyclopedia.fact.memory'),
  bandwidth: (t) => t('encyclopedia.fact.bandwidth'),
  interconnect: (t) => t('encyclopedia.fact.interconnect'),
  tpp: (t) => t('encyclopedia.fact.tpp'),
  power: (t) => t('encyclopedia.fact.power'),
  die: (t) => t('encyclopedia.fact.die'),
  hbm: (t) => t('encyclopedia.fact.hbm'),
  variantOf: (t) => t('encyclopedia.fact.variantOf'),
  controlledBy: (t) => t('encyclopedia.fact.controlledBy'),
  foundry: (t) => t('encyclopedia.fact.foundry'),
  featureNm: (t) => t('encyclopedia.fact.featureNm'),
  euv: (t) => t('encyclopedia.fact.euv'),
  availableFrom: (t) => t('encyclopedia.fact.availableFrom'),
  capacity: (t) => t('encyclopedia.fact.capacity'),
  capacityFrom: (t) => t('encyclopedia.fact.capacityFrom'),
  yieldMature: (t) => t('encyclopedia.fact.yieldMature'),
  maturity: (t) => t('encyclopedia.fact.maturity'),
  waferPrice: (t) => t('encyclopedia.fact.waferPrice'),
  waferCost: (t) => t('encyclopedia.fact.waferCost'),
  requires: (t) => t('encyclopedia.fact.requires'),
  advanceCost: (t) => t('encyclopedia.fact.advanceCost'),
  owner: (t) => t('encyclopedia.fact.owner'),
  region: (t) => t('encyclopedia.fact.region'),
  generation: (t) => t('encyclopedia.fact.generation'),
  stack: (t) => t('encyclopedia.fact.stack'),
  growth: (t) => t('encyclopedia.fact.growth'),
  instrument: (t) => t('encyclopedia.fact.instrument'),
  realRule: (t) => t('encyclopedia.fact.realRule'),
  threshold: (t) => t('encyclopedia.fact.threshold'),
  destinations: (t) => t('encyclopedia.fact.destinations'),
  entities: (t) => t('encyclopedia.fact.entities'),
  licence: (t) => t('encyclopedia.fact.licence'),
  nodeMin: (t) => t('encyclopedia.fact.nodeMin'),
  yieldGrowth: (t) => t('encyclopedia.fact.yieldGrowth'),
  subsidy: (t) => t('encyclopedia.fact.subsidy'),
  amount: (t) => t('encyclopedia.fact.amount'),
  fabRegions: (t) => t('encyclopedia.fact.fabRegions'),
  domesticPreference: (t) => t('encyclopedia.fact.domesticPreference'),
  pools: (t) => t('encyclopedia.fact.pools'),
  bannedChips: (t) => t('encyclopedia.fact.bannedChips'),
  costMultiplier: (t) => t('encyclopedia.fact.costMultiplier'),
  seizure: (t) => t('encyclopedia.fact.seizure'),
  ecosystemGrowth: (t) => t('encyclopedia.fact.ecosystemGrowth'),
  politicalCost: (t) => t('encyclopedia.fact.politicalCost'),
  tension: (t) => t('encyclopedia.fact.tension'),
  onEnact: (t) => t('encyclopedia.fact.onEnact'),
  onRepeal: (t) => t('encyclopedia.fact.onRepeal'),
  supersedes: (t) => t('encyclopedia.fact.supersedes'),
  factionKinds: (t) => t('encyclopedia.fact.factionKinds'),
  governs: (t) => t('encyclopedia.fact.governs'),
  ownModels: (t) => t('encyclopedia.fact.ownModels'),
  actorKind: (t) => t('encyclopedia.fact.actorKind'),
  alignment: (t) => t('encyclopedia.fact.alignment'),
  powerCost: (t) => t('encyclopedia.fact.powerCost'),
  transshipment: (t) => t('encyclopedia.fact.transshipment'),
  eventType: (t) => t('encyclopedia.fact.eventType'),
  window: (t) => t('encyclopedia.fact.window'),
  conditions: (t) => t('encyclopedia.fact.conditions'),
  probability: (t) => t('encyclopedia.fact.probability'),
  target: (t) => t('encyclopedia.fact.target'),
  effects: (t) => t('encyclopedia.fact.effects'),
  choice: (t) => t('encyclopedia.fact.choice'),
  period: (t) => t('encyclopedia.fact.period'),
  seats: (t) => t('encyclopedia.fact.seats'),
  startTension: (t) => t('encyclopedia.fact.startTension'),
  policiesInForce: (t) => t('encyclopedia.fact.policiesInForce'),
}

/** A fact's label in the interface's language (unknown labels as they are). */
export function factLabel(t: TFunction, label: string): string {
  return Object.prototype.hasOwnProperty.call(FACT, label) ? (FACT[label] as Label)(t) : label
}

/** The fact labels this renderer knows (the unit test checks the host sends no other). */
export const KNOWN_FACT_LABELS: readonly string[] = Object.keys(FACT)
