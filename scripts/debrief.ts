/**
 * `npx tsx --tsconfig tsconfig.web.json scripts/debrief.ts --scenario classroom --seed 7 --out test-results/debrief.html`
 * plays a whole game with the engine's AI on every seat (through the host's GameSession) and
 * writes its debrief as HTML and as JSON (`--json <file>`, default: the HTML path with `.json`).
 * The host builds the debrief as data; the page is the renderer's own (`renderer/src/screens/
 * debrief/debrief-page.tsx`, in English), loaded at run time, hence the web tsconfig (JSX).
 * `--save <file.scsave>` writes the debrief of a saved game instead (re-simulated with the
 * rules of `--data`, by default the base game: pass the mod folder a modded game was played with).
 * Other options: `--data <dir>` (rules; default game-data/base), `--difficulty easy|normal|hard`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createGame, deserialize, hashState, type GameState } from '../app/engine'
import { GameSession, type SeatSetup } from '../app/host'
import { buildDebrief, type Debrief, type DebriefInput } from '../app/host/debrief'
import { decodeSave, ReplayEntrySchema } from '../app/host/saves'
import { flagsOrExit, intOption } from './lib/cli-args'
import { dataDir, loadRulesOrExit } from './lib/rules-source'

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(2)
}

/** Plays a game with the AI on every seat and answers what the debrief needs. */
function playAll(scenarioOption: string | true | undefined, seed: number, difficulty: SeatSetup['difficulty'], dir: string): Omit<DebriefInput, 'generatedAt'> {
  const rules = loadRulesOrExit(dir)
  const scenarioId = typeof scenarioOption === 'string' ? scenarioOption : Object.keys(rules.scenarios)[0]
  const scenario = scenarioId === undefined ? undefined : rules.scenarios[scenarioId]
  if (scenarioId === undefined || scenario === undefined) fail(`Unknown scenario ${String(scenarioOption)}; ${dir} has: ${Object.keys(rules.scenarios).join(', ')}`)
  const seats: SeatSetup[] = scenario.seats.map((faction) => ({ faction, controller: 'ai', name: faction, difficulty }))
  const created = createGame(rules, { scenarioId, seats: seats.map((s) => s.faction), seed })
  if (!created.ok) fail(created.message)
  // GameSession.start wants a person on some seat; a game of AIs alone starts as a restored session.
  const session = GameSession.restore({ rules, data: [], scenarioId, seed, seats }, created.state, [])
  while (session.state.over === null) session.resolve()
  return { scenarioId, seed, seats: session.seats, orderLog: session.orderLog, finalState: session.state }
}

/**
 * Reads a save file. The game is re-simulated with the data folder's rules (the base game by
 * default): a save's state is canonical JSON whose rules list records in sorted order, and
 * re-creating the game from those would not replay it.
 */
function fromSave(file: string, dir: string): Omit<DebriefInput, 'generatedAt'> {
  const decoded = decodeSave(readFileSync(file), { hashState: (s) => hashState(s as GameState) })
  if (!decoded.ok) fail(`Cannot read ${file}: ${decoded.message}`)
  const save = decoded.save
  const restored = deserialize(JSON.stringify(save.state))
  if (!restored.ok) fail(`The saved game state is not usable: ${restored.message}`)
  const log = ReplayEntrySchema.array().safeParse(save.orderLog)
  if (!log.success) fail('The save’s order log is malformed.')
  const seed = typeof save.seed === 'number' ? save.seed : Number.parseInt(save.seed, 10) || 0
  const seats: SeatSetup[] = save.meta.seats.map((s) => ({ faction: s.seat, controller: s.controller, name: s.name, difficulty: s.difficulty }))
  return { scenarioId: save.scenarioId, seed, seats, orderLog: log.data, finalState: restored.state, rules: loadRulesOrExit(dir) }
}

/** Plays (or reads) the game, builds its debrief and writes the page and the JSON. */
async function main(): Promise<void> {
  const args = flagsOrExit(
    process.argv.slice(2),
    { scenario: { type: 'string' }, seed: { type: 'string' }, difficulty: { type: 'string' }, save: { type: 'string' }, data: { type: 'string' }, out: { type: 'string' }, json: { type: 'string' } },
    'usage: npx tsx --tsconfig tsconfig.web.json scripts/debrief.ts [--scenario <id>] [--seed <n>] [--difficulty easy|normal|hard] [--save <file.scsave>] [--data <dir>] [--out <file.html>] [--json <file.json>]',
  )
  const difficultyOption = args.options.difficulty
  const difficulty: SeatSetup['difficulty'] = difficultyOption === 'easy' || difficultyOption === 'hard' ? difficultyOption : 'normal'
  const started = Date.now()
  const game = typeof args.options.save === 'string' ? fromSave(args.options.save, dataDir(args.options.data)) : playAll(args.options.scenario, intOption(args.options.seed, 'seed', 7), difficulty, dataDir(args.options.data))
  const debrief = buildDebrief({ ...game, generatedAt: new Date().toISOString() })
  const rules = game.rules ?? game.finalState.rules
  const texts = rules.locales.en?.texts ?? {}
  /** The renderer's page, loaded at run time (a TSX module, outside this script's type project). */
  interface DebriefPageModule {
    renderDebriefPageWithTexts(debrief: Debrief, texts: Readonly<Record<string, string>>, css: string): string
    debriefJson(debrief: Debrief): string
  }
  const pageModule = path.resolve(__dirname, '../renderer/src/screens/debrief/debrief-page.tsx')
  const page = (await import(pageModule)) as DebriefPageModule
  const css = readFileSync(path.resolve(__dirname, '../renderer/src/screens/debrief/debrief.css'), 'utf8')
  const out = typeof args.options.out === 'string' ? args.options.out : path.join('test-results', 'debrief.html')
  const jsonOut = typeof args.options.json === 'string' ? args.options.json : out.replace(/\.html?$/i, '') + '.json'
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true })
  mkdirSync(path.dirname(path.resolve(jsonOut)), { recursive: true })
  writeFileSync(out, page.renderDebriefPageWithTexts(debrief, texts, css))
  writeFileSync(jsonOut, page.debriefJson(debrief))
  process.stdout.write(
    `${debrief.scenario.id}: ${debrief.scenario.quartersPlayed} quarters, ended ${debrief.outcome.reason ?? 'not yet'}; winner ${debrief.outcome.winner ?? '(none)'}\n` +
      `${debrief.keyMoments.length} key moments, ${debrief.history.items.length} historical items, ${debrief.sources.length} sources${debrief.warnings.length > 0 ? `\nwarnings: ${debrief.warnings.map((w) => w.code).join(', ')}` : ''}\n` +
      `wrote ${out} and ${jsonOut} in ${Date.now() - started} ms\n`,
  )
}

void main()
