/**
 * What a design program can reach on a node (docs/model.md "Design bounds"): logic density ×
 * die area (at most the reticle, times the chiplets on advanced packaging) × compute per
 * transistor, and power per operation × the power budget; memory from the HBM line and stacks.
 * Money: a node's design cost paid per quarter; less stretches the schedule, none stops it.
 */
import type { ChipSpecs } from '../data/chip'
import type { Node } from '../data/node'
import type { GameState } from '../state/game-state'

type S = Pick<GameState, 'rules'>

/** Realised figures by feature size when a node record gives none (chip-race-facts.md §2 "Rules of thumb"). */
const BY_FEATURE: readonly { atLeastNm: number; density: number; tflopsPerWatt: number; designCostBn: number }[] = [
  { atLeastNm: 10, density: 26, tflopsPerWatt: 0.42, designCostBn: 0.2 },
  { atLeastNm: 6, density: 65, tflopsPerWatt: 0.78, designCostBn: 0.5 },
  { atLeastNm: 4, density: 100, tflopsPerWatt: 1.41, designCostBn: 0.8 },
  { atLeastNm: 3, density: 150, tflopsPerWatt: 2, designCostBn: 1 },
  { atLeastNm: 0, density: 190, tflopsPerWatt: 2.6, designCostBn: 1.5 },
]

/** A node's design figures: density (MTr/mm²), TFLOPS per watt, design cost (US$ bn). */
export function nodeDesign(node: Node | undefined): { density: number; tflopsPerWatt: number; designCostBn: number } {
  const row = BY_FEATURE.find((r) => (node?.featureNm ?? 99) >= r.atLeastNm) ?? BY_FEATURE[BY_FEATURE.length - 1]!
  return {
    density: node?.densityMTrPerMm2 ?? row.density,
    tflopsPerWatt: node?.tflopsPerWatt ?? row.tflopsPerWatt,
    designCostBn: node?.designCostBn ?? row.designCostBn,
  }
}

/** A design's physical choices. */
export interface DesignChoice {
  node: string
  dieMm2: number
  dies: number
  hbm?: string | undefined
  hbmStacks: number
  powerW: number
  /** 0 for a maker that has built on this node, 1 on a node finer than any it knows. */
  inexperience: number
}

/** The most a design can reach: dense BF16 TFLOPS, memory bandwidth and capacity. */
export interface DesignBound {
  bf16Tflops: number
  /** The TFLOPS bound from transistors alone (before power). */
  byArea: number
  /** The TFLOPS bound from power alone. */
  byPower: number
  memoryBandwidthTBs: number
  memoryGb: number
}

/**
 * Logic area in one package: each die at most the reticle, and all of them at most `maxChiplets`
 * reticles (two reticle-sized dies on CoWoS-L as B200, or eight small chiplets as MI300X).
 */
export function packageLogicMm2(state: S, dieMm2: number, dies: number): number {
  const c = state.rules.constants
  return Math.min(Math.min(dieMm2, c.reticleMm2) * Math.max(1, dies), c.reticleMm2 * c.maxChiplets)
}

/** Dense BF16 TFLOPS a designer reaches per mm² of logic die and per watt on a node (its experience counted). */
export function designRates(state: S, nodeId: string, inexperience: number): { tflopsPerMm2: number; tflopsPerWatt: number } {
  const c = state.rules.constants
  const n = nodeDesign(state.rules.nodes[nodeId])
  const skill = 1 - c.designInexperiencePenalty * Math.max(0, Math.min(1, inexperience))
  return { tflopsPerMm2: (n.density / 1000) * c.tflopsPerBnTransistors * skill, tflopsPerWatt: n.tflopsPerWatt * skill }
}

/** The bound for a design choice. */
export function designBound(state: S, d: DesignChoice): DesignBound {
  const c = state.rules.constants
  const rates = designRates(state, d.node, d.inexperience)
  const area = packageLogicMm2(state, d.dieMm2, d.dies)
  const byArea = rates.tflopsPerMm2 * area
  const byPower = rates.tflopsPerWatt * d.powerW
  const line = d.hbm === undefined ? undefined : state.rules.hbm[d.hbm]
  const stacks = line === undefined ? 0 : d.hbmStacks
  return {
    bf16Tflops: Math.floor(Math.min(byArea, byPower)),
    byArea: Math.floor(byArea),
    byPower: Math.floor(byPower),
    memoryBandwidthTBs: stacks > 0 && line !== undefined ? Math.round(stacks * line.bandwidthTBsPerStack * 100) / 100 : c.nonHbmBandwidthTBs,
    memoryGb: stacks > 0 && line !== undefined ? stacks * line.stackGb : c.nonHbmMemoryGb,
  }
}

/** How close a target is to its bound (0–1+; the largest of TFLOPS and bandwidth). */
export function boundRatio(target: Pick<ChipSpecs, 'bf16Tflops' | 'memoryBandwidthTBs'>, bound: DesignBound): number {
  const f = bound.bf16Tflops > 0 ? target.bf16Tflops / bound.bf16Tflops : target.bf16Tflops > 0 ? 2 : 0
  const b = bound.memoryBandwidthTBs > 0 ? target.memoryBandwidthTBs / bound.memoryBandwidthTBs : 0
  return Math.max(f, b)
}

/** Budget per quarter that keeps a program on schedule on a node: its design cost over a standard program. */
export function fullPaceBnPerQuarter(state: S, nodeId: string): number {
  return nodeDesign(state.rules.nodes[nodeId]).designCostBn / Math.max(1, state.rules.constants.programQuarters)
}

/** Work done in a quarter (quarters of schedule) for what was paid: none without money, less when under-funded. */
export function programPace(paidBn: number, fullPaceBn: number): number {
  if (paidBn <= 0) return 0
  return fullPaceBn <= 0 ? 1 : Math.min(1, paidBn / fullPaceBn)
}

/** Chance a first silicon is weak and needs a respin: rises as the target nears the bound. */
export function respinChance(state: S, ratio: number): number {
  const c = state.rules.constants
  const near = Math.max(0, Math.min(1, (ratio - c.respinFromRatio) / Math.max(1e-9, 1 - c.respinFromRatio)))
  return Math.max(0, Math.min(1, c.respinBase + c.respinNearBound * near))
}
