/**
 * Turns a decoded save into what a running game is restored from, or refuses it with
 * `save/schema` and the JSON pointer (from the save content's root) of the first problem. The
 * save codec has already checked the envelope's format, checksum and state hash (all of which
 * an editor can recompute); here the game itself is checked: the whole state against the
 * engine's schema (`checkGameState`: types, bounds, rules through the data loader, references),
 * and the envelope against the state (scenario, seed, seats, personas, order log, codes).
 * Nothing here changes the running game: the host replaces it only after this succeeds.
 */
import { checkGameState, findUnsafeKey, migrateState, toPointer, type GameState } from '../../engine'
import { CallRefusal } from '../../protocol'
import { codesFromSave, type ClassroomCodes } from '../classroom/codes'
import { ReplayEntrySchema, type ReplayEntry, type SaveContent } from '../saves'
import type { SeatSetup } from './game-session'

/** A save checked and ready to become the running game. */
export interface RestorableSave {
  state: GameState
  log: ReplayEntry[]
  seats: SeatSetup[]
  seed: number
  codes: ClassroomCodes
}

/** A `save/schema` refusal naming where in the save the problem is. */
export class SaveSchemaRefusal extends CallRefusal {
  constructor(
    readonly pointer: string,
    problem: string,
  ) {
    super('save/schema', `The save cannot be loaded: at ${pointer || '(the save)'}: ${problem}. Nothing was changed; the game that was running goes on.`)
  }
}

function refuse(path: readonly (string | number)[] | string, problem: string): never {
  throw new SaveSchemaRefusal(typeof path === 'string' ? path : toPointer(path), problem)
}

const own = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key)

/** Checks a decoded save's game against the engine's schema and its envelope against the game. Throws a SaveSchemaRefusal. */
export function restorableSave(save: SaveContent): RestorableSave {
  // A state of an older version is lifted first (the engine's state migrations), then checked.
  const migrated = migrateState(save.state)
  if (!migrated.ok) refuse(['state', 'version'], migrated.message)
  const checked = checkGameState(migrated.state)
  if (!checked.ok) refuse(`${toPointer(['state'])}${checked.pointer}`, checked.message)
  const state = checked.state

  if (save.scenarioId !== state.scenarioId) refuse(['scenarioId'], `the save names the scenario "${save.scenarioId}" but its state plays "${state.scenarioId}"`)
  const seed = typeof save.seed === 'number' ? save.seed : Number(save.seed)
  if (!Number.isSafeInteger(seed) || seed !== state.seed) refuse(['seed'], `the save's seed ${JSON.stringify(save.seed)} is not its state's (${state.seed})`)

  // The seats as set up: exactly the state's seats, each once, at least one played by a person.
  const seen = new Set<string>()
  save.meta.seats.forEach((s, i) => {
    if (!state.seats.includes(s.seat)) refuse(['meta', 'seats', i, 'seat'], `"${s.seat}" is not a seat of the saved game (seats: ${state.seats.join(', ')})`)
    if (seen.has(s.seat)) refuse(['meta', 'seats', i, 'seat'], `"${s.seat}" is set up twice`)
    seen.add(s.seat)
    if (s.persona !== null && !own(state.rules.personas, s.persona)) refuse(['meta', 'seats', i, 'persona'], `"${s.persona}" is not a persona of the saved rules`)
  })
  for (const seat of state.seats) if (!seen.has(seat)) refuse(['meta', 'seats'], `the seat "${seat}" has no setup`)
  if (!save.meta.seats.some((s) => s.controller === 'human')) refuse(['meta', 'seats'], 'no seat is played by a person')

  // The order log: one entry per quarter played at most, orders only for the game's seats, known events.
  const unsafe = findUnsafeKey(save.orderLog)
  if (unsafe !== null) refuse(`${toPointer(['orderLog'])}${unsafe.pointer}`, unsafe.message)
  const parsed = ReplayEntrySchema.array().safeParse(save.orderLog)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    refuse(['orderLog', ...(issue?.path ?? []).map((p) => (typeof p === 'number' ? p : String(p)))], issue?.message ?? 'not an order log')
  }
  const log = parsed.data
  const quarters = state.endQuarter - state.startQuarter + 1
  if (log.length > quarters) refuse(['orderLog'], `${log.length} entries for a scenario of ${quarters} quarters`)
  log.forEach((entry, i) => {
    const orders = entry.orders
    if (typeof orders !== 'object' || orders === null || Array.isArray(orders)) refuse(['orderLog', i, 'orders'], 'expected the orders of each seat')
    for (const [seat, list] of Object.entries(orders)) {
      if (!state.seats.includes(seat)) refuse(['orderLog', i, 'orders', seat], `"${seat}" is not a seat of the saved game`)
      if (!Array.isArray(list) || list.some((o) => typeof o !== 'object' || o === null || Array.isArray(o))) refuse(['orderLog', i, 'orders', seat], 'expected a list of orders')
    }
    entry.interventions?.forEach((intervention, j) => {
      if (intervention.kind === 'inject-event' && !own(state.rules.events, intervention.event)) refuse(['orderLog', i, 'interventions', j, 'event'], `"${intervention.event}" is not an event of the saved rules`)
    })
  })

  // The codes guard the game's own seats, each once.
  const codes = codesFromSave(save.codes)
  const guarded = new Set<string>()
  save.codes?.seats.forEach((s, i) => {
    if (!state.seats.includes(s.seat)) refuse(['codes', 'seats', i, 'seat'], `"${s.seat}" is not a seat of the saved game`)
    if (guarded.has(s.seat)) refuse(['codes', 'seats', i, 'seat'], `"${s.seat}" has two codes`)
    guarded.add(s.seat)
  })

  const seats: SeatSetup[] = save.meta.seats.map((s) => ({ faction: s.seat, controller: s.controller, name: s.name, difficulty: s.difficulty, persona: s.persona ?? undefined }))
  return { state, log, seats, seed, codes }
}
