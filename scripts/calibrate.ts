/**
 * `npm run calibrate -- [--games N] [--seed S] [--json]` plays October 2022 with the historical
 * personas and prints whether the game moves the way 2022–2025 did (scripts/lib/history-direction.ts):
 * one row per check with the game's figure, what it must be and whether it passes, then
 * `passed / total`. Exits 1 when a check fails. The suite runs the same checks over 25 seeds.
 */
import { flagsOrExit, intOption } from './lib/cli-args'
import { historyDirection } from './lib/history-direction'
import { dataDir, loadRulesOrExit } from './lib/rules-source'

function main(): void {
  const args = flagsOrExit(process.argv.slice(2), { games: { type: 'string' }, seed: { type: 'string' }, data: { type: 'string' }, json: { type: 'boolean' } }, 'usage: npm run calibrate -- [--games N] [--seed S] [--data <dir>] [--json]')
  const games = intOption(args.options.games, 'games', 100)
  const seed = intOption(args.options.seed, 'seed', 1)
  const rules = loadRulesOrExit(dataDir(args.options.data))
  const rows = historyDirection(rules, seed, games)
  const passed = rows.filter((r) => r.pass).length
  if (args.options.json === true) process.stdout.write(`${JSON.stringify({ scenario: 'october-2022', personas: 'historical', games, seed, rows, passed, total: rows.length })}\n`)
  else {
    process.stdout.write(`October 2022, historical personas, ${games} games from seed ${seed}\n`)
    for (const r of rows) process.stdout.write(`${r.pass ? 'pass' : 'FAIL'}  ${r.measure}: ${Number.isInteger(r.game) ? r.game : r.game.toFixed(3)} (${r.expect})\n`)
    process.stdout.write(`${passed} / ${rows.length} passed\n`)
  }
  if (passed < rows.length) process.exitCode = 1
}

main()
