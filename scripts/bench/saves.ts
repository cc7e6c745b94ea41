/**
 * Bench section: saves. Save (encode + atomic write with fsyncs) and load (read + decode
 * + checksum + schema + state hash) times, and file size, for a large synthetic state
 * sized past a late game (targets: ≤ 50 ms each, ≤ 300 KB), and for a real game played to
 * its end by the random bot. Figures only, never pass/fail.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { hashState } from '../../app/engine'
import { decodeSave, encodeSave, writeFileAtomic, type SaveInput } from '../../app/host/saves'
import { playGame } from '../lib/play'
import { dataDir, loadRulesOrExit } from '../lib/rules-source'
import { summarise, time } from './measure'
import type { BenchSection } from './section'

/** A small seeded PRNG (mulberry32): the synthetic state is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SEATS = ['nvidia', 'tsmc', 'huawei', 'alibaba', 'google', 'smic', 'washington', 'beijing']
const QUARTERS = 52 // 2022 Q1 to 2034 Q4, past the base scenario's 40

/**
 * A late-game-sized state: per seat 100 chips, 48 production lines, 52 quarters of
 * history; 120 demand pools, 600 fired events, 60 policies; a 52-quarter order log of
 * 8 seats × 10 orders. About 4× the JSON of a real 40-quarter game (≈140 KB).
 */
export function syntheticLateGame(): SaveInput {
  const r = prng(2034)
  const n = (scale: number) => Math.round(r() * scale * 100) / 100
  const factions = Object.fromEntries(
    SEATS.map((seat) => [
      seat,
      {
        cash: n(5e10),
        vp: n(200),
        par: n(150),
        reputation: n(1),
        chips: Array.from({ length: 100 }, (_, i) => ({
          id: `${seat}-chip-${i}`,
          node: `N${1 + (i % 7)}`,
          specs: { tflopsFp8: n(4000), hbmGb: n(288), tdpW: n(1200), dieMm2: n(850) },
          readiness: { announced: r() > 0.2, taped: r() > 0.4, shipping: r() > 0.6 },
          truth: { perf: n(1.2), yield: n(1) },
          inventory: Math.round(r() * 1e6),
        })),
        lines: Array.from({ length: 48 }, (_, i) => ({ id: `${seat}-line-${i}`, foundry: `fab-${i % 9}`, wafersPerQuarter: Math.round(r() * 1e5), yield: n(1) })),
        history: Array.from({ length: QUARTERS }, (_, q) => ({ q, revenue: n(3e10), profit: n(1e10), share: n(1), capex: n(5e9), rnd: n(3e9), compute: n(1e6) })),
      },
    ]),
  )
  const state = {
    format: 'synthetic',
    quarter: QUARTERS,
    rng: [1, 2, 3, 4],
    factions,
    pools: Array.from({ length: 120 }, (_, i) => ({ id: `pool-${i}`, demand: n(1e7), price: n(4e4), served: Object.fromEntries(SEATS.map((s) => [s, n(1)])) })),
    firedEvents: Array.from({ length: 600 }, (_, i) => ({ id: `event-${i % 90}`, quarter: Math.floor(i / 6), choice: i % 3, effects: [{ metric: 'cash', seat: SEATS[i % 8], delta: n(1e9) }] })),
    policies: Array.from({ length: 60 }, (_, i) => ({ id: `policy-${i}`, by: SEATS[i % 8], since: i % QUARTERS, params: { threshold: n(1000), licence: i % 2 === 0 ? 'deny' : 'case-by-case' } })),
  }
  const orderLog = Array.from({ length: QUARTERS }, (_, q) => ({
    quarter: q,
    orders: Object.fromEntries(SEATS.map((seat) => [seat, Array.from({ length: 10 }, (_, k) => ({ kind: ['bookProduction', 'trainModel', 'announceChip', 'improveYield', 'enactPolicy'][k % 5], target: `${seat}-chip-${k}`, amount: Math.round(r() * 1e5) }))])),
  }))
  return saveInputFor(state, orderLog, 'synthetic-late-game', '2034 Q4')
}

function saveInputFor(state: unknown, orderLog: unknown[], scenarioId: string, quarter: string): SaveInput {
  return {
    gameVersion: '0.1.0',
    scenarioId,
    seed: 1,
    data: [{ id: 'base', version: '1.0.0', hash: '0'.repeat(64) }],
    state,
    orderLog,
    meta: { savedAt: '2026-11-29T00:00:00.000Z', quarter, seats: SEATS.map((seat) => ({ seat, name: seat, controller: 'ai' as const, difficulty: 'normal' as const, persona: null })) },
  }
}

/** Times an async function `runs` times (after a warm-up). */
async function timeAsync(fn: () => Promise<void>, runs: number): Promise<ReturnType<typeof summarise>> {
  for (let i = 0; i < 3; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    await fn()
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return summarise(times)
}

/** Save and load figures for one save input, prefixed with `name`. */
async function measure(name: string, input: SaveInput, dir: string): Promise<Record<string, number>> {
  const options = { hashState }
  const file = path.join(dir, `${name}.scsave`)
  const bytes = encodeSave(input, options)
  const encode = time(() => void encodeSave(input, options), 20)
  const save = await timeAsync(() => writeFileAtomic(file, encodeSave(input, options)), 20)
  const decode = time(() => void decodeSave(bytes, options), 20)
  const load = time(() => {
    const result = decodeSave(readFileSync(file), options)
    if (!result.ok) throw new Error(result.message)
  }, 20)
  return {
    [`${name}StateJsonKB`]: Math.round(JSON.stringify(input.state).length / 1024),
    [`${name}OrderLogJsonKB`]: Math.round(JSON.stringify(input.orderLog).length / 1024),
    [`${name}FileKB`]: Math.round(bytes.length / 1024),
    [`${name}EncodeMedianMs`]: encode.medianMs,
    [`${name}SaveMedianMs`]: save.medianMs,
    [`${name}SaveP95Ms`]: save.p95Ms,
    [`${name}DecodeMedianMs`]: decode.medianMs,
    [`${name}LoadMedianMs`]: load.medianMs,
    [`${name}LoadP95Ms`]: load.p95Ms,
    // The same without the engine's state hash: what the save format itself costs.
    [`${name}EncodeNoHashMedianMs`]: time(() => void encodeSave(input, { hashState: () => 'bench' }), 20).medianMs,
    [`${name}DecodeNoHashMedianMs`]: time(() => void decodeSave(bytes), 20).medianMs,
    [`${name}HashStateMedianMs`]: time(() => void hashState(input.state), 20).medianMs,
  }
}

export const savesSection: BenchSection = {
  name: 'saves',
  async run() {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-bench-saves-'))
    try {
      const figures: Record<string, number | string> = { savesTargets: 'save ≤ 50 ms, load ≤ 50 ms, file ≤ 300 KB' }
      Object.assign(figures, await measure('savesSynthetic', syntheticLateGame(), dir))
      try {
        const rules = loadRulesOrExit(dataDir(undefined))
        const scenario = Object.values(rules.scenarios).sort((a, b) => b.seats.length - a.seats.length)[0]
        if (scenario !== undefined) {
          const game = playGame(rules, scenario.id, 1)
          figures.savesRealGameQuarters = game.quarters
          Object.assign(figures, await measure('savesRealGame', saveInputFor(game.state, [], scenario.id, `after ${game.quarters} quarters`), dir))
        }
      } catch (error) {
        figures.savesRealGameError = error instanceof Error ? error.message : String(error)
      }
      return figures
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  },
}
