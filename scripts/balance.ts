/**
 * `npm run balance -- --scenario <id> --games <n> [--seed s] [--difficulty d] [--json]` plays many
 * AI games (every seat on the AI) and prints, per faction, win rate, mean and spread of score
 * against par, plus the share of games ending in the tension crisis, game length and the AI
 * orders the engine refused (listed). `--difficulty mixed` mixes easy, normal and hard over the
 * seats of every game (the full version of the suite's no-refusals test).
 *
 * `--versus hard:easy [--faction f]` plays pairs instead: for each seed and faction, one game with
 * that faction on the first difficulty and one on the second (the other seats on normal), and
 * prints the share of pairs in which the first scored higher against par.
 *
 * `--raw <file>` also writes one JSON line per game; `--from <file,file…>` prints the table from
 * such files instead of playing (to merge runs made in parallel). With `--json` the table is an
 * object keyed by faction id, plus `_games` (games, crisis share, mean length, refusals).
 *
 * `--fit` also proposes pars for the scenario (`--scenario`, also with `--from`) under which those
 * games' win rates come closest to equal (scripts/lib/fit-pars.ts), with the win rates they give.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs'
import type { Difficulty } from '../app/engine'
import { flagsOrExit, intOption } from './lib/cli-args'
import { mixedDifficulties, playAiGame, scoresOf } from './lib/ai-sim'
import { fitPars } from './lib/fit-pars'
import { dataDir, loadRulesOrExit } from './lib/rules-source'

interface GameRecord {
  seed: number
  quarters: number
  crisis: boolean
  winner: string | null
  scores: Record<string, number>
  refusals: number
}

interface FactionRow {
  winRate: number
  meanScore: number
  sdScore: number
  games: number
}

/** The per-faction table and the game-wide figures. */
export function tabulate(records: readonly GameRecord[]): { factions: Record<string, FactionRow>; games: number; crisisShare: number; meanQuarters: number; refusals: number } {
  const factions: Record<string, FactionRow> = {}
  const ids = [...new Set(records.flatMap((r) => Object.keys(r.scores)))]
  for (const id of ids) {
    const scores = records.map((r) => r.scores[id]).filter((s): s is number => s !== undefined)
    const mean = scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length)
    const sd = Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, scores.length - 1))
    factions[id] = { winRate: records.filter((r) => r.winner === id).length / Math.max(1, records.length), meanScore: mean, sdScore: sd, games: scores.length }
  }
  return {
    factions,
    games: records.length,
    crisisShare: records.filter((r) => r.crisis).length / Math.max(1, records.length),
    meanQuarters: records.reduce((a, r) => a + r.quarters, 0) / Math.max(1, records.length),
    refusals: records.reduce((a, r) => a + r.refusals, 0),
  }
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`.padStart(7)
}

function main(): void {
  const args = flagsOrExit(
    process.argv.slice(2),
    {
      scenario: { type: 'string' },
      games: { type: 'string' },
      seed: { type: 'string' },
      difficulty: { type: 'string' },
      versus: { type: 'string' },
      faction: { type: 'string' },
      raw: { type: 'string' },
      from: { type: 'string' },
      fit: { type: 'boolean' },
      data: { type: 'string' },
      json: { type: 'boolean' },
    },
    'usage: npm run balance -- --scenario <id> --games <n> [--seed s] [--difficulty easy|normal|hard|mixed] [--versus hard:easy [--faction f]] [--raw <file>] [--from <file,file…>] [--fit] [--data <dir>] [--json]',
  )
  const from = args.options.from ?? null
  const json = args.options.json === true
  const rules = loadRulesOrExit(dataDir(args.options.data))
  const scenario = args.options.scenario ?? 'october-2022'
  if (rules.scenarios[scenario] === undefined) {
    process.stderr.write(`Unknown scenario ${scenario}; known: ${Object.keys(rules.scenarios).join(', ')}\n`)
    process.exit(2)
  }
  const fit = args.options.fit === true ? Object.fromEntries((rules.scenarios[scenario]?.factions ?? []).map((f) => [f.faction, f.par])) : null
  if (from !== null) {
    const records = from.split(',').flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as GameRecord))
    print(tabulate(records), json, '(merged)', 'normal')
    if (fit !== null) printFit(records, fit)
    return
  }
  const games = intOption(args.options.games, 'games', 100)
  const seed = intOption(args.options.seed, 'seed', 1)
  const difficulty = (args.options.difficulty ?? 'normal') as Difficulty | 'mixed'
  const raw = args.options.raw ?? null
  if (raw !== null) writeFileSync(raw, '')
  const versus = args.options.versus !== undefined ? (args.options.versus.split(':') as [Difficulty, Difficulty]) : null
  if (versus !== null) {
    const seats = rules.scenarios[scenario]?.seats ?? []
    const only = args.options.faction !== undefined ? [args.options.faction] : seats
    let wins = 0
    let pairs = 0
    const byFaction: Record<string, { wins: number; pairs: number; meanDiff: number }> = {}
    for (let i = 0; i < games; i++) {
      const faction = only[i % only.length] ?? ''
      const s = seed + i
      const a = scoresOf(playAiGame(rules, scenario, s, { default: 'normal', seats: { [faction]: versus[0] } }).state)[faction] ?? 0
      const b = scoresOf(playAiGame(rules, scenario, s, { default: 'normal', seats: { [faction]: versus[1] } }).state)[faction] ?? 0
      pairs += 1
      const row = (byFaction[faction] ??= { wins: 0, pairs: 0, meanDiff: 0 })
      row.pairs += 1
      row.meanDiff += (a - b - row.meanDiff) / row.pairs
      if (a > b) {
        wins += 1
        row.wins += 1
      }
      if (raw !== null) appendFileSync(raw, `${JSON.stringify({ seed: s, faction, a, b })}\n`)
    }
    const result = { scenario, versus: versus.join(':'), pairs, share: wins / Math.max(1, pairs), byFaction }
    if (json) process.stdout.write(`${JSON.stringify(result)}\n`)
    else {
      process.stdout.write(`${versus[0]} vs ${versus[1]} in ${scenario}: ${versus[0]} scores higher against par in ${wins} of ${pairs} pairs (${pct(wins / Math.max(1, pairs)).trim()})\n`)
      for (const [id, r] of Object.entries(byFaction)) process.stdout.write(`  ${id.padEnd(10)} ${String(r.wins).padStart(4)} / ${String(r.pairs).padEnd(4)} mean difference ${r.meanDiff.toFixed(2)}\n`)
    }
    return
  }
  const records: GameRecord[] = []
  const refused: string[] = []
  let turns = 0
  for (let i = 0; i < games; i++) {
    const seats = rules.scenarios[scenario]?.seats ?? []
    const setup = difficulty === 'mixed' ? { default: 'normal' as const, seats: mixedDifficulties(seats, i) } : { default: difficulty }
    const game = playAiGame(rules, scenario, seed + i, setup)
    turns += game.turns
    for (const r of game.refusals) refused.push(`seed ${seed + i} quarter ${r.quarter} ${r.seat} (${setup.seats?.[r.seat] ?? setup.default}) ${r.kind}: ${r.code}`)
    const rec: GameRecord = { seed: seed + i, quarters: game.quarters, crisis: game.state.over?.reason === 'crisis', winner: game.state.over?.winner ?? null, scores: scoresOf(game.state), refusals: game.refusals.length }
    records.push(rec)
    if (raw !== null) appendFileSync(raw, `${JSON.stringify(rec)}\n`)
  }
  print(tabulate(records), json, scenario, difficulty, turns)
  if (!json) for (const line of refused.slice(0, 20)) process.stdout.write(`  refused: ${line}\n`)
  if (fit !== null) printFit(records, fit)
}

function printFit(records: readonly GameRecord[], pars: Record<string, number>): void {
  const fitted = fitPars(records, pars)
  process.stdout.write(`proposed pars (same games):\nfaction      par now   proposed   win rate at proposed\n`)
  for (const [id, par] of Object.entries(pars)) process.stdout.write(`${id.padEnd(12)} ${String(par).padStart(7)}   ${String(fitted.pars[id]).padStart(8)}   ${pct(fitted.winRates[id] ?? 0)}\n`)
}

function print(t: ReturnType<typeof tabulate>, json: boolean, scenario: string, difficulty: string, turns?: number): void {
  if (json) {
    process.stdout.write(`${JSON.stringify({ ...t.factions, _games: { scenario, difficulty, games: t.games, crisisShare: t.crisisShare, meanQuarters: t.meanQuarters, refusals: t.refusals, ...(turns === undefined ? {} : { aiTurns: turns }) } })}\n`)
    return
  }
  process.stdout.write(`${scenario}, ${t.games} games, AI ${difficulty} on every seat\n`)
  process.stdout.write(`faction      win rate   mean score   sd score\n`)
  for (const [id, r] of Object.entries(t.factions)) process.stdout.write(`${id.padEnd(12)} ${pct(r.winRate)}   ${r.meanScore.toFixed(1).padStart(10)}   ${r.sdScore.toFixed(1).padStart(8)}\n`)
  process.stdout.write(`tension crisis ends ${pct(t.crisisShare).trim()} of games; mean length ${t.meanQuarters.toFixed(1)} quarters; refusals ${t.refusals}${turns === undefined ? '' : ` in ${turns} AI turns`}\n`)
}

main()
