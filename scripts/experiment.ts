/**
 * `npm run experiment -- <name> [--games n] [--seed s] [--data dir] [--json]`: the measured
 * experiments of issue 16 (docs/model.md says what each checks).
 * - `alibaba`: October 2022 and Full Stack with Alibaba's full-stack persona (AI on every seat):
 *   the share of games where its own training chip (the PPU) reaches volume, the Hanguang 800's
 *   output per year against its cap, and the share of games where Alibaba sits at $0 cash for
 *   more than 4 quarters.
 * - `claims`: paired games (same seeds, AI on every seat) with and without a 1.5× overclaim of
 *   one chip's BF16 TFLOPS from its first announcement, on chips new in play so a bluff has a
 *   window (Huawei's Ascend 950PR and Alibaba's Zhenwu M890 in Full Stack, the pairs alternating).
 *   The honest arm claims the truth. Prints the maker's revenue
 *   from that chip before the truth came out (bluff vs honest, %), the maker's score difference
 *   at the end, the share of bluffs revealed, the median quarters to the reveal, the share
 *   revealed by a rival's benchmark, and how often a rival's benchmark order made the truth
 *   public within 2 quarters.
 */
import { produce } from 'immer'
import { flagsOrExit, intOption } from './lib/cli-args'
import { playAiGame } from './lib/ai-sim'
import { dataDir, loadRulesOrExit } from './lib/rules-source'
import { aiOrders, createGame, resolveQuarter, type GameState, type OrdersBySeat, type Rules } from '../app/engine'

const USAGE = 'usage: npm run experiment -- alibaba|claims [--games n] [--seed s] [--data dir] [--json]'
const args = flagsOrExit(process.argv.slice(2), { games: { type: 'string' }, seed: { type: 'string' }, data: { type: 'string' }, json: { type: 'boolean' } }, USAGE, { positionals: true })
const name = args.positional[0] ?? ''
const games = intOption(args.options.games, 'games', 40)
const seed = intOption(args.options.seed, 'seed', 1)
const rules = loadRulesOrExit(dataDir(args.options.data))
const json = args.options.json === true

function round(v: number, digits = 3): number {
  const k = 10 ** digits
  return Math.round(v * k) / k
}

interface AlibabaRow {
  scenario: string
  games: number
  ppuVolumeShare: number
  hanguangUnitsPerYear: number
  hanguangCapPerYear: number | null
  brokeOver4QuartersShare: number
  medianFinalCashBn: number
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s.length === 0 ? 0 : (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2
}

function alibaba(r: Rules, scenario: string): AlibabaRow {
  const persona = r.personas['alibaba-full-stack']
  let volume = 0
  let broke = 0
  let hanguang = 0
  let years = 0
  const cash: number[] = []
  for (let i = 0; i < games; i++) {
    let reached = false
    let zeroQuarters = 0
    let last: GameState | null = null
    const game = playAiGame(r, scenario, seed + i, {
      default: 'normal',
      ...(persona === undefined ? {} : { personas: { alibaba: persona } }),
      onQuarter: (s) => {
        if (s.chips['alibaba-ppu']?.readiness === 'volume' && (s.chips['alibaba-ppu']?.producedUnits ?? 0) > 0) reached = true
        if ((s.factions.alibaba?.cashBn ?? 0) < 0.05) zeroQuarters += 1
        last = s
      },
    })
    const end = (last ?? game.state) as GameState
    if (reached) volume += 1
    if (zeroQuarters > 4) broke += 1
    hanguang += end.chips['hanguang-800']?.producedUnits ?? 0
    years += game.quarters / 4
    cash.push(end.factions.alibaba?.cashBn ?? 0)
  }
  const cap = r.chips['hanguang-800']?.maxUnitsPerQuarter
  return {
    scenario,
    games,
    ppuVolumeShare: round(volume / games),
    hanguangUnitsPerYear: Math.round(hanguang / Math.max(1e-9, years)),
    hanguangCapPerYear: cap === undefined ? null : cap * 4,
    brokeOver4QuartersShare: round(broke / games),
    medianFinalCashBn: round(median(cash), 1),
  }
}

interface ClaimCase {
  scenario: string
  maker: string
  chip: string
}

interface ArmResult {
  revenueByQuarter: number[]
  score: number
  revealedAt: number | null
  how: string | null
  by: string | null
  firstClaim: number | null
  benchmarkOrders: number[]
}

/** Plays one arm: the maker's chip claims `factor` × its truth whenever it is in play and unrevealed. */
function claimArm(r: Rules, c: ClaimCase, gameSeed: number, factor: number): ArmResult {
  const created = createGame(r, { scenarioId: c.scenario, seed: gameSeed })
  if (!created.ok) throw new Error(created.message)
  let state = created.state
  const out: ArmResult = { revenueByQuarter: [], score: 0, revealedAt: null, how: null, by: null, firstClaim: null, benchmarkOrders: [] }
  while (state.over === null) {
    const chip = state.chips[c.chip]
    if (chip !== undefined && chip.revealed === null) {
      state = produce(state, (d) => {
        const live = d.chips[c.chip]
        if (live === undefined) return
        live.claimed = { ...live.true, bf16Tflops: live.true.bf16Tflops * factor, tpp: live.true.tpp * factor }
        live.claimedWorkloads = live.workloads
        live.claimedReadiness = live.readiness
      })
      if (out.firstClaim === null && chip.public) out.firstClaim = state.quarter
    }
    const orders: OrdersBySeat = {}
    for (const seat of state.seats) {
      let list = aiOrders(state, seat, { difficulty: 'normal', seed: state.seed })
      // The experiment sets the claim: the maker announces this chip when its AI would, with the arm's claim.
      if (seat === c.maker) {
        list = list.map((o) => {
          const live = state.chips[c.chip]
          if (o.kind !== 'announce-chip' || (o as { chip?: string }).chip !== c.chip || live === undefined) return o
          return { ...o, claimed: live.claimed, claimedWorkloads: live.workloads }
        })
      }
      for (const o of list) if (seat !== c.maker && o.kind === 'benchmark-chip' && (o as { chip?: string }).chip === c.chip && state.chips[c.chip]?.revealed === null) out.benchmarkOrders.push(state.quarter)
      orders[seat] = list
    }
    const { state: next, report } = resolveQuarter(state, orders)
    out.revenueByQuarter.push(report.market.chips[c.chip]?.revenueBn ?? 0)
    const reveal = report.reveals.find((x) => x.chip === c.chip && x.to === null)
    if (reveal !== undefined && out.revealedAt === null) {
      out.revealedAt = state.quarter
      out.how = reveal.how
      out.by = reveal.by ?? null
    }
    state = next
  }
  const f = state.factions[c.maker]
  out.score = f === undefined ? 0 : f.vp - f.par
  out.revealedAt = out.revealedAt ?? null
  return { ...out, revenueByQuarter: out.revenueByQuarter }
}

function claims(r: Rules): Record<string, unknown> {
  const cases: ClaimCase[] = [
    { scenario: 'full-stack', maker: 'huawei', chip: 'ascend-950pr' },
    { scenario: 'full-stack', maker: 'alibaba', chip: 'zhenwu-m890' },
  ].filter((c) => r.scenarios[c.scenario] !== undefined)
  let before = { bluff: 0, honest: 0 }
  const scoreDeltas: number[] = []
  const toReveal: number[] = []
  let revealed = 0
  let byBenchmark = 0
  let bluffs = 0
  let benchOrders = 0
  let benchInTime = 0
  const perCase: Record<string, { pairs: number; scoreDelta: number; revealed: number }> = {}
  const hows: Record<string, number> = {}
  for (let i = 0; i < games; i++) {
    const c = cases[i % cases.length]!
    const gameSeed = seed + Math.floor(i / cases.length)
    const honest = claimArm(r, c, gameSeed, 1)
    const bluff = claimArm(r, c, gameSeed, 1.5)
    bluffs += 1
    const start = bluff.firstClaim ?? 0
    const createdQ = createGame(r, { scenarioId: c.scenario, seed: gameSeed })
    const q0 = createdQ.ok ? createdQ.state.quarter : 0
    // Sales in the reveal quarter were made on the claim (the market, phase 5, runs before the truth phase, 9).
    const upTo = (bluff.revealedAt ?? Infinity) - q0 + 1
    for (let k = 0; k < Math.min(upTo, bluff.revenueByQuarter.length); k++) {
      before.bluff += bluff.revenueByQuarter[k] ?? 0
      before.honest += honest.revenueByQuarter[k] ?? 0
    }
    if (process.env.SC_DEBUG === '1') process.stderr.write(`${c.maker} seed ${gameSeed}: reveal ${bluff.revealedAt} (${bluff.how}) first ${bluff.firstClaim} q0 ${q0}\n  bluff ${bluff.revenueByQuarter.map((v) => v.toFixed(2)).join(' ')}\n  honest ${honest.revenueByQuarter.map((v) => v.toFixed(2)).join(' ')}\n`)
    scoreDeltas.push(bluff.score - honest.score)
    const pc = (perCase[c.maker] ??= { pairs: 0, scoreDelta: 0, revealed: 0 })
    pc.pairs += 1
    pc.scoreDelta += bluff.score - honest.score
    if (bluff.revealedAt !== null) {
      revealed += 1
      pc.revealed += 1
      toReveal.push(bluff.revealedAt - start)
      const key = `${bluff.how ?? '?'}${bluff.by === null ? '' : `:${bluff.by}`}`
      hows[key] = (hows[key] ?? 0) + 1
      if (bluff.how === 'benchmark' && bluff.by !== null && bluff.by !== c.maker) byBenchmark += 1
    }
    for (const q of bluff.benchmarkOrders) {
      benchOrders += 1
      if (bluff.revealedAt !== null && bluff.revealedAt <= q + 2) benchInTime += 1
    }
  }
  before = { bluff: before.bluff, honest: before.honest }
  return {
    experiment: 'claims',
    seed,
    pairs: games,
    overclaim: 1.5,
    revenueDeltaBeforeRevealPct: before.honest > 0 ? round(((before.bluff - before.honest) / before.honest) * 100, 1) : null,
    scoreDeltaAtEnd: round(scoreDeltas.reduce((a, b) => a + b, 0) / Math.max(1, scoreDeltas.length), 2),
    revealedShare: round(revealed / Math.max(1, bluffs)),
    medianQuartersToReveal: toReveal.length === 0 ? null : median(toReveal),
    calledByBenchmarkShare: round(byBenchmark / Math.max(1, revealed)),
    rivalBenchmarkOrders: benchOrders,
    publicWithin2QuartersOfBenchmarkShare: benchOrders === 0 ? null : round(benchInTime / benchOrders),
    revealedHow: hows,
    perMaker: Object.fromEntries(Object.entries(perCase).map(([k, v]) => [k, { pairs: v.pairs, scoreDeltaAtEnd: round(v.scoreDelta / v.pairs, 2), revealedShare: round(v.revealed / v.pairs) }])),
  }
}

if (name === 'claims') {
  const result = claims(rules)
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`)
  else for (const [k, v] of Object.entries(result)) process.stdout.write(`${k.padEnd(40)} ${JSON.stringify(v)}\n`)
} else if (name === 'alibaba') {
  const rows = ['october-2022', 'full-stack'].filter((s) => rules.scenarios[s] !== undefined).map((s) => alibaba(rules, s))
  if (json) process.stdout.write(`${JSON.stringify({ experiment: 'alibaba', seed, rows })}\n`)
  else for (const row of rows) process.stdout.write(`${row.scenario}: PPU at volume in ${(row.ppuVolumeShare * 100).toFixed(0)}% of ${row.games} games; Hanguang 800 ${row.hanguangUnitsPerYear.toLocaleString('en')} a year (cap ${row.hanguangCapPerYear?.toLocaleString('en') ?? 'none'}); Alibaba at $0 for >4 quarters in ${(row.brokeOver4QuartersShare * 100).toFixed(0)}%; median final cash $${row.medianFinalCashBn} bn\n`)
} else {
  process.stderr.write(`${USAGE}\n`)
  process.exit(2)
}
