/**
 * `npm run sim -- --scenario <id> --seed <n> [--quarters k] [--data <dir>] [--mods-dir <dir> [--mods a,b]] [--json]`: plays a
 * game headless with the random-legal-orders bot on every seat and prints quarters played,
 * winner, final scores (VP − par), the state hash and the time taken.
 * `--ai all [--difficulty easy|normal|hard]` puts the AI on every seat instead (scripts/lib/ai-sim.ts).
 */
import { flagsOrExit, intOption } from './lib/cli-args'
import { playGame, summary } from './lib/play'
import { playAiGame } from './lib/ai-sim'
import { dataDir, loadRulesOrExit, loadRulesWithModsOrExit } from './lib/rules-source'

const USAGE = 'usage: npm run sim -- --scenario <id> --seed <n> [--quarters k] [--data <dir>] [--mods-dir <dir> [--mods a,b]] [--ai all [--difficulty easy|normal|hard]] [--json]'
const args = flagsOrExit(
  process.argv.slice(2),
  {
    scenario: { type: 'string' },
    seed: { type: 'string' },
    quarters: { type: 'string' },
    data: { type: 'string' },
    'mods-dir': { type: 'string' },
    mods: { type: 'string' },
    ai: { type: 'string' },
    difficulty: { type: 'string' },
    json: { type: 'boolean' },
  },
  USAGE,
)
const dir = dataDir(args.options.data)
const modsDir = args.options['mods-dir']
// --mods-dir: the mods of that folder on top (all of them, or those of --mods a,b), as the game loads them.
const rules = modsDir !== undefined ? loadRulesWithModsOrExit(dir, modsDir, args.options.mods) : loadRulesOrExit(dir)
const scenarios = Object.keys(rules.scenarios)
const scenario = args.options.scenario ?? scenarios[0]
if (scenario === undefined || rules.scenarios[scenario] === undefined) {
  process.stderr.write(`Unknown scenario ${String(scenario)}; ${dir} has: ${scenarios.join(', ')}\n`)
  process.exit(2)
}
const seed = intOption(args.options.seed, 'seed', 1)
const quarters = intOption(args.options.quarters, 'quarters', Number.MAX_SAFE_INTEGER)
const difficulty = args.options.difficulty === 'easy' || args.options.difficulty === 'hard' ? args.options.difficulty : 'normal'
const result = summary(scenario, seed, args.options.ai === 'all' ? playAiGame(rules, scenario, seed, { default: difficulty }, quarters) : playGame(rules, scenario, seed, quarters))
if (args.options.json === true) {
  process.stdout.write(`${JSON.stringify(result)}\n`)
} else {
  process.stdout.write(`scenario   ${result.scenario} (rules from ${dir})\nseed       ${result.seed}\nquarters   ${result.quarters}\nwinner     ${result.winner ?? '(none yet)'}\n`)
  process.stdout.write('scores (VP − par)\n')
  for (const [id, score] of Object.entries(result.scores).sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${id.padEnd(12)} ${score.toFixed(2)}\n`)
  process.stdout.write(`stateHash  ${result.stateHash}\ntime       ${result.ms} ms\n`)
}
