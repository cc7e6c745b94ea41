/**
 * The new-game form's pure logic: default seats for a scenario, the personas a seat may
 * take, the seed, and validation with messages before anything is sent to the host.
 */
import type { ScenarioSummary, SeatSetupInput } from '../../../../app/protocol'

/** Who plays a seat; `out`: the faction sits this game out (it gives no orders; its standing bookings and lines run on). */
export type Controller = 'human' | 'ai' | 'out'
export type Difficulty = 'easy' | 'normal' | 'hard'
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'normal', 'hard']
export const NAME_MAX = 40
export const SEED_MAX = 2 ** 31 - 1

/** One row of the seat table as the player edits it. */
export interface SeatRow {
  faction: string
  controller: Controller
  name: string
  difficulty: Difficulty
  /** A persona id, or '' for the scenario's default. */
  persona: string
  /** A four-digit code for a person's seat, or '' for none. */
  code: string
}

/** The lesson's settings besides the seats: the facilitator's code and the turn timer. */
export interface LessonSetup {
  /** Four digits, or '' for none. */
  facilitatorCode: string
  /** Seconds per turn, or null for no timer. */
  turnSeconds: number | null
}

/** A problem the form shows; `seat` is the row's faction when it is about one row. */
export type SetupProblem =
  | { code: 'no_person' }
  | { code: 'name_empty'; seat: string }
  | { code: 'name_too_long'; seat: string; max: number }
  | { code: 'seed_invalid'; max: number }
  | { code: 'code_invalid'; seat: string }
  | { code: 'facilitator_code_invalid' }

/** The seats of a scenario: the first one a person, the rest AI with the scenario's persona. */
export function defaultSeats(scenario: ScenarioSummary, factionName: (faction: string) => string): SeatRow[] {
  return scenario.seats.map((seat, index) => ({
    faction: seat.faction,
    controller: index === 0 ? 'human' : 'ai',
    name: factionName(seat.faction),
    difficulty: 'normal',
    persona: seat.persona ?? '',
    code: '',
  }))
}

/** The personas a seat may take: those of its faction (the "as it happened" ones included). */
export function personasFor(scenario: ScenarioSummary, faction: string): ScenarioSummary['personas'] {
  return scenario.personas.filter((persona) => persona.faction === faction)
}

/** A random seed in the host's range, from `random` in [0, 1). */
export function randomSeed(random: () => number): number {
  return Math.floor(random() * SEED_MAX)
}

/** The seed typed, or null when it is not a whole number from 0 to 2³¹−1. */
export function parseSeed(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null
  const value = Number(text.trim())
  return Number.isSafeInteger(value) && value <= SEED_MAX ? value : null
}

/** Everything wrong with the form, in reading order (empty when it may be sent). */
export function validateSetup(seats: readonly SeatRow[], seedText: string, lesson: LessonSetup = { facilitatorCode: '', turnSeconds: null }): SetupProblem[] {
  const problems: SetupProblem[] = []
  if (!seats.some((seat) => seat.controller === 'human')) problems.push({ code: 'no_person' })
  for (const seat of seats) {
    const name = seat.name.trim()
    if (name.length === 0) problems.push({ code: 'name_empty', seat: seat.faction })
    else if (name.length > NAME_MAX) problems.push({ code: 'name_too_long', seat: seat.faction, max: NAME_MAX })
    if (seat.controller === 'human' && seat.code !== '' && !/^\d{4}$/.test(seat.code)) problems.push({ code: 'code_invalid', seat: seat.faction })
  }
  if (lesson.facilitatorCode !== '' && !/^\d{4}$/.test(lesson.facilitatorCode)) problems.push({ code: 'facilitator_code_invalid' })
  if (parseSeed(seedText) === null) problems.push({ code: 'seed_invalid', max: SEED_MAX })
  return problems
}

/** The seats as `newGame` takes them (seats sitting out are left out). */
export function toSeatSetup(seats: readonly SeatRow[]): SeatSetupInput[] {
  return seats.flatMap((seat) => (seat.controller === 'out' ? [] : [{ ...seat, controller: seat.controller }])).map((seat) => ({
    faction: seat.faction,
    controller: seat.controller,
    name: seat.name.trim(),
    difficulty: seat.difficulty,
    ...(seat.persona !== '' && { persona: seat.persona }),
    ...(seat.controller === 'human' && seat.code !== '' && { code: seat.code }),
  }))
}

/** Whether the game will be played hot-seat: several people at this window, or codes set (the hand-off screen opens first). */
export function playsHotSeat(seats: readonly SeatRow[], lesson: LessonSetup): boolean {
  const people = seats.filter((s) => s.controller === 'human')
  return people.length > 1 || people.some((s) => s.code !== '') || lesson.facilitatorCode !== ''
}

/** The first seat a person plays, which this window claims. */
export function firstHumanSeat(seats: readonly { faction: string; controller: Controller | 'human' | 'ai' }[]): string | null {
  return seats.find((seat) => seat.controller === 'human')?.faction ?? null
}
