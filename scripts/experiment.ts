/**
 * `npm run experiment -- <name> [--games n] [--seed s] [--data dir] [--json]`: the measured
 * experiments of issue 16 (docs/model.md says what each checks).
 * - `alibaba`: October 2022 and Full Stack with Alibaba's full-stack persona (AI on every seat):
 *   the share of games where its own training chip (the PPU) reaches volume, the Hanguang 800's
 *   output per year against its cap, and the share of games where Alibaba sits at $0 cash for
 *   more than 4 quarters.
 */
import { parseArgs, intOption } from './lib/cli-args'
import { playAiGame } from './lib/ai-sim'
import { dataDir, loadRulesOrExit } from './lib/rules-source'
import type { GameState, Rules } from '../app/engine'

const args = parseArgs(process.argv.slice(2))
const name = args.positional[0] ?? ''
const games = intOption(args, 'games', 40)
const seed = intOption(args, 'seed', 1)
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

if (name === 'alibaba') {
  const rows = ['october-2022', 'full-stack'].filter((s) => rules.scenarios[s] !== undefined).map((s) => alibaba(rules, s))
  if (json) process.stdout.write(`${JSON.stringify({ experiment: 'alibaba', seed, rows })}\n`)
  else for (const row of rows) process.stdout.write(`${row.scenario}: PPU at volume in ${(row.ppuVolumeShare * 100).toFixed(0)}% of ${row.games} games; Hanguang 800 ${row.hanguangUnitsPerYear.toLocaleString('en')} a year (cap ${row.hanguangCapPerYear?.toLocaleString('en') ?? 'none'}); Alibaba at $0 for >4 quarters in ${(row.brokeOver4QuartersShare * 100).toFixed(0)}%; median final cash $${row.medianFinalCashBn} bn\n`)
} else {
  process.stderr.write('usage: npm run experiment -- alibaba|claims [--games n] [--seed s] [--json]\n')
  process.exit(2)
}
