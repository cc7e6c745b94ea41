/**
 * One running game, as the host holds it: the engine state, who plays each seat, this
 * quarter's plans, who has ended their turn, and the order log that makes every save a
 * replay. Transport-free and clock-free: the session host adds connections, saves and time.
 */
import {
  createGame,
  hashState,
  legalOrders,
  quarterLabel,
  randomOrders,
  reportFor,
  resolveQuarter,
  validateOrder,
  viewFor,
  checkPlan,
  previewPlan,
  stopGame,
  type PlanPreview,
  type GameState,
  type LegalOrder,
  type Order,
  type OrderRefusal,
  type QuarterReport,
  type Rules,
  type SeatView,
} from '../../engine'
import { CallRefusal, type GameInfo, type PlanResult, type SeatInfo } from '../../protocol'
import { codeMatches, NO_CODES, type ClassroomCodes } from '../classroom/codes'
import type { Intervention, ReplayEntry } from '../saves'
import { applyIntervention, playEntry, ReplayRefusal } from './replay-step'
import { engineAiOrders } from './engine-ai'
import type { EnginePool } from './engine-pool'

/** A seat as set up for a game (parsed from the contract's SeatSetup). */
export interface SeatSetup {
  faction: string
  controller: 'human' | 'ai'
  name: string
  difficulty: 'easy' | 'normal' | 'hard'
  persona?: string | undefined
}

/** The data a game was started with (base game and mods), for saves and warnings. */
export interface DataInfo {
  id: string
  version: string
  hash: string
}

/** Chooses an AI seat's orders. */
export type AiPlayer = (state: GameState, seat: string, setup: SeatSetup) => Order[]

/**
 * The engine's AI at the seat's difficulty, following the seat's persona, or the one the
 * scenario gives that faction. It sees only the seat's view (app/engine/ai). A session with
 * this player runs it in the engine pool's workers when it resolves asynchronously.
 */
export const engineAi: AiPlayer = (state, seat, setup) => engineAiOrders(state, seat, setup)

/** The random-legal-orders bot as an AiPlayer (salted per seat so seats differ): for tests and soak runs. */
export const randomAi: AiPlayer = (state, seat) => randomOrders(state, seat, { salt: saltOf(seat) })

function saltOf(text: string): number {
  let h = 0
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0
  return Math.abs(h)
}

/**
 * The save format's label of a quarter index (order-log entries, a save's metadata): `2025 Q3`.
 * Windows get quarter indices and label them in their own language.
 */
export function quarterText(index: number): string {
  return quarterLabel(index).replace('Q', ' Q')
}

/** Everything needed to start or restore a session. */
export interface SessionInit {
  rules: Rules
  data: DataInfo[]
  scenarioId: string
  seed: number
  seats: SeatSetup[]
  ai?: AiPlayer
  /**
   * The classroom's codes, hashed (`classroom/codes.ts`): the facilitator's (without one, any
   * window may take the facilitator's role) and each guarded seat's. They belong to the game and
   * travel in its saves; the codes themselves are never kept.
   */
  codes?: ClassroomCodes | undefined
  /** Seconds each person has to plan a quarter (null: no timer). */
  turnSeconds?: number | null | undefined
}

/** A running game. */
export class GameSession {
  readonly rules: Rules
  readonly data: DataInfo[]
  readonly scenarioId: string
  readonly seed: number
  readonly seats: SeatSetup[]
  private readonly ai: AiPlayer
  private current: GameState
  private readonly plans = new Map<string, Order[]>()
  private readonly ended = new Set<string>()
  private log: ReplayEntry[] = []
  private lastReport: QuarterReport | null = null
  /** The facilitator's moves since the last quarter resolved (recorded with the next log entry). */
  private pending: Intervention[] = []
  /** The classroom's hashed codes (never sent to any window). */
  readonly codes: ClassroomCodes
  /** Seconds a person has to plan (null: no timer); the facilitator may change it. */
  turnSeconds: number | null
  /** The facilitator paused the lesson: no plans, no ends of turn, the timer stands still. */
  paused = false
  /** When each seat's planning time runs out (ms since the epoch); the host's clock sets and enforces them. */
  readonly deadlines = new Map<string, number>()
  /** A resolution runs in the engine pool: the game must not change until it ends. */
  private resolving = false

  private constructor(init: SessionInit, state: GameState) {
    this.rules = init.rules
    this.data = init.data
    this.scenarioId = init.scenarioId
    this.seed = init.seed
    this.seats = init.seats
    this.ai = init.ai ?? engineAi
    this.current = state
    this.codes = init.codes ?? NO_CODES
    this.turnSeconds = init.turnSeconds ?? null
  }

  /** Starts a new game; refuses unknown scenarios and seats with the engine's reason. */
  static start(init: SessionInit): GameSession {
    const seen = new Set<string>()
    for (const seat of init.seats) {
      if (seen.has(seat.faction)) throw new CallRefusal('game/duplicate_seat', `${seat.faction} is set up twice.`)
      seen.add(seat.faction)
    }
    for (const [i, seat] of init.seats.entries()) {
      if (seat.persona !== undefined && !Object.prototype.hasOwnProperty.call(init.rules.personas, seat.persona)) {
        throw new CallRefusal('game/unknown_persona', `"${seat.persona}" is not a persona (personas: ${Object.keys(init.rules.personas).join(', ')}).`, ['seats', i, 'persona'])
      }
    }
    if (!init.seats.some((s) => s.controller === 'human')) {
      throw new CallRefusal('game/no_person', 'At least one seat must be played by a person (the others can be AI).')
    }
    const created = createGame(init.rules, { scenarioId: init.scenarioId, seats: init.seats.map((s) => s.faction), seed: init.seed })
    if (!created.ok) throw new CallRefusal(`game/${created.code.replace(/^game\//, '')}`, created.message)
    return new GameSession(init, created.state)
  }

  /** Restores a saved game: the state and order log as saved. */
  static restore(init: SessionInit, state: GameState, log: ReplayEntry[]): GameSession {
    const session = new GameSession(init, state)
    session.log = [...log]
    return session
  }

  get state(): GameState {
    return this.current
  }

  get orderLog(): readonly ReplayEntry[] {
    return this.log
  }

  /** The public summary every window may see. */
  info(): GameInfo {
    const s = this.current
    return {
      scenarioId: this.scenarioId,
      seed: this.seed,
      quarter: s.quarter,
      startQuarter: s.startQuarter,
      endQuarter: s.endQuarter,
      seats: this.seats.map((seat) => this.seatInfo(seat)),
      waitingFor: this.waitingFor(),
      over: s.over !== null,
      paused: this.paused,
      turnSeconds: this.turnSeconds,
      facilitatorCode: this.hasFacilitatorCode(),
      data: this.data.map((d) => ({ ...d })),
    }
  }

  seatInfo(seat: SeatSetup): SeatInfo {
    return {
      faction: seat.faction,
      controller: seat.controller,
      name: seat.name,
      difficulty: seat.difficulty,
      persona: seat.persona ?? null,
      ended: this.ended.has(seat.faction),
      hasCode: this.codes.seats.has(seat.faction),
      deadline: this.deadlines.get(seat.faction) ?? null,
    }
  }

  /** The setup of a seat, or a refusal naming the seats there are. */
  seat(faction: string): SeatSetup {
    const seat = this.seats.find((s) => s.faction === faction)
    if (seat === undefined) {
      throw new CallRefusal('seat/unknown', `${faction} is not a seat of this game (seats: ${this.seats.map((s) => s.faction).join(', ')}).`)
    }
    return seat
  }

  /** Human seats that still have to end their turn. */
  waitingFor(): string[] {
    if (this.current.over !== null) return []
    return this.seats.filter((s) => s.controller === 'human' && !this.ended.has(s.faction)).map((s) => s.faction)
  }

  view(seat: string): SeatView {
    this.seat(seat)
    return viewFor(this.current, seat)
  }

  legalOrders(seat: string): LegalOrder[] {
    this.seat(seat)
    return legalOrders(this.current, seat)
  }

  validate(seat: string, order: unknown): { ok: true } | { ok: false; refusal: OrderRefusal } {
    this.seat(seat)
    return validateOrder(this.current, seat, order)
  }

  /** The last report, unfiltered (the host filters it per seat before sending). */
  lastFullReport(): QuarterReport | null {
    return this.lastReport
  }

  /** The last report as anyone may see it (the presenter's screen). */
  publicReport(): QuarterReport | null {
    return this.lastReport === null ? null : reportFor(this.lastReport, 'presenter')
  }

  /** The last report as `seat` may see it. */
  report(seat: string): QuarterReport | null {
    this.seat(seat)
    return this.lastReport === null ? null : reportFor(this.lastReport, seat)
  }

  private assertCanPlan(seat: string): void {
    if (this.current.over !== null) throw new CallRefusal('game/over', 'The game is over.')
    if (this.paused) throw new CallRefusal('game/paused', 'The facilitator has paused the game.')
    if (this.seat(seat).controller !== 'human') throw new CallRefusal('seat/ai', `${seat} is played by the AI.`)
    if (this.ended.has(seat)) throw new CallRefusal('turn/already_ended', `${seat} has already ended its turn this quarter.`)
  }

  /** Checks a plan (and a draft order) and forecasts the quarter from the seat's knowledge. */
  preview(seat: string, orders: readonly unknown[], draft: unknown): PlanPreview {
    this.seat(seat)
    return previewPlan(this.current, seat, orders, draft)
  }

  /** The seat's plan as accepted so far this quarter. */
  plan(seat: string): Order[] {
    this.seat(seat)
    return structuredClone(this.plans.get(seat) ?? [])
  }

  /**
   * Replaces the seat's plan. The engine checks the orders in sequence with a running budget,
   * as the quarter's resolution will; refused orders are left out of the plan and answered
   * with their reasons, so nothing is dropped silently.
   */
  submit(seat: string, orders: readonly unknown[]): PlanResult {
    this.assertCanPlan(seat)
    const accepted: Order[] = []
    const refusals: PlanResult['refusals'] = []
    const checks = checkPlan(this.current, seat, orders)
    orders.forEach((order, index) => {
      const check = checks[index]
      const kind = typeof (order as { kind?: unknown }).kind === 'string' ? (order as { kind: string }).kind : '?'
      if (check?.ok === true) accepted.push(check.order)
      else if (check !== undefined) refusals.push({ index, kind, refusal: check.refusal })
    })
    this.plans.set(seat, accepted)
    return { accepted: accepted.length, refusals }
  }

  /** Ends a human seat's turn. Answers true when that was the last one (the quarter can resolve). */
  endTurn(seat: string): boolean {
    this.assertCanPlan(seat)
    this.ended.add(seat)
    return this.waitingFor().length === 0
  }

  /** Plays the AI seats and resolves the quarter in this thread; answers the full (unfiltered) report. */
  resolve(): QuarterReport {
    this.assertCanResolve()
    const orders: Record<string, Order[]> = {}
    for (const seat of this.seats) {
      orders[seat.faction] = seat.controller === 'ai' ? this.ai(this.current, seat.faction, seat) : (this.plans.get(seat.faction) ?? [])
    }
    const { state, report } = resolveQuarter(this.current, orders)
    return this.commit(orders, state, report, hashState(state))
  }

  /**
   * As `resolve`, with the engine's AI and the resolution run by `pool` (worker threads), so
   * the caller's thread stays free meanwhile; `onProgress` hears each AI seat that has decided,
   * then `resolving`. The game cannot change while it runs (`game/resolving`).
   */
  async resolveIn(pool: EnginePool, onProgress: (progress: { phase: 'ai-thinking' | 'resolving'; done: number; total: number }) => void = () => undefined): Promise<QuarterReport> {
    this.assertCanResolve()
    this.resolving = true
    try {
      const start = this.current
      const ai = this.seats.filter((s) => s.controller === 'ai')
      let done = 0
      onProgress({ phase: 'ai-thinking', done, total: ai.length })
      const chosen = await Promise.all(
        ai.map(async (seat) => {
          const orders = this.ai === engineAi ? await pool.run({ kind: 'ai', state: start, seat: seat.faction, setup: { difficulty: seat.difficulty, persona: seat.persona } }) : this.ai(start, seat.faction, seat)
          done += 1
          onProgress({ phase: 'ai-thinking', done, total: ai.length })
          return [seat.faction, orders] as const
        }),
      )
      const byAi = new Map(chosen)
      const orders: Record<string, Order[]> = {}
      for (const seat of this.seats) orders[seat.faction] = byAi.get(seat.faction) ?? this.plans.get(seat.faction) ?? []
      onProgress({ phase: 'resolving', done, total: ai.length })
      const { state, report, stateHash } = await pool.run({ kind: 'resolve', state: start, orders })
      return this.commit(orders, state, report, stateHash)
    } finally {
      this.resolving = false
    }
  }

  /** The quarter may resolve: the game goes on, every person has ended their turn, no resolution runs. */
  private assertCanResolve(): void {
    if (this.current.over !== null) throw new CallRefusal('game/over', 'The game is over.')
    if (this.resolving) throw new CallRefusal('game/resolving', 'The quarter is resolving: try again in a moment.')
    const waiting = this.waitingFor()
    if (waiting.length > 0) throw new CallRefusal('turn/waiting', `Waiting for ${waiting.join(', ')} to end their turn.`)
  }

  /** Makes a resolved quarter the game's: the new state, the report, the order log's entry. */
  private commit(orders: Record<string, Order[]>, state: GameState, report: QuarterReport, stateHash: string): QuarterReport {
    const label = quarterText(this.current.quarter)
    this.current = state
    this.lastReport = report
    this.log.push({ quarter: label, orders, stateHash, ...(this.pending.length > 0 ? { interventions: this.pending } : {}) })
    this.pending = []
    this.plans.clear()
    this.ended.clear()
    return report
  }

  /**
   * The rules a re-simulation starts from: the data's own (a saved state's copy lists records in
   * another order, and order matters to the game's start), unless the data lacks this game's
   * scenario (a campaign chapter's, derived when the chapter started): then the state's copy,
   * and the replay's hash checks say whether it still reproduces the game.
   */
  replayRules(): Rules {
    return this.rules.scenarios[this.scenarioId] !== undefined ? this.rules : this.current.rules
  }

  /** Whether `code` opens `seat` (seats without a code open for anyone). */
  codeOpens(seat: string, code: string | undefined): boolean {
    this.seat(seat)
    const hash = this.codes.seats.get(seat)
    return hash === undefined || codeMatches(this.codes.salt, hash, code)
  }

  /** Whether a code guards the facilitator's role (and with it the session-level calls). */
  hasFacilitatorCode(): boolean {
    return this.codes.facilitator !== null
  }

  /** Whether `code` is the facilitator's (any code, or none, when the game has no facilitator code). */
  facilitatorOpens(code: string | undefined): boolean {
    return this.codes.facilitator === null || codeMatches(this.codes.salt, this.codes.facilitator, code)
  }

  /** The facilitator's move now: it applies at once and is replayed before this quarter's orders. */
  intervene(intervention: Intervention): QuarterReport | null {
    if (this.resolving) throw new CallRefusal('game/resolving', 'The quarter is resolving: try again in a moment.')
    if (this.current.over !== null) throw new CallRefusal('game/over', 'The game is over.')
    let applied: ReturnType<typeof applyIntervention>
    try {
      applied = applyIntervention(this.current, intervention)
    } catch (error) {
      if (!(error instanceof ReplayRefusal)) throw error
      // The engine's `event/unknown` becomes `facilitator/unknown`, with the engine's message.
      throw new CallRefusal(`facilitator/${error.code.replace(/^[a-z]+\//, '')}`, error.reason, [])
    }
    this.current = applied.state
    this.pending.push(intervention)
    return applied.report
  }

  /** Ends the game now (the facilitator's "end early"); recorded so a replay ends it too. */
  stop(): void {
    if (this.resolving) throw new CallRefusal('game/resolving', 'The quarter is resolving: try again in a moment.')
    const stopped = stopGame(this.current)
    if (!stopped.ok) throw new CallRefusal('game/over', 'The game is already over.')
    // The facilitator's moves are already in the state; the log keeps them for the replay.
    const entry = { quarter: quarterText(this.current.quarter), orders: {}, stopped: true as const, ...(this.pending.length > 0 ? { interventions: this.pending } : {}) }
    const state = stopped.state
    this.current = state
    this.log.push({ ...entry, stateHash: hashState(state) })
    this.pending = []
    this.plans.clear()
    this.ended.clear()
  }

  /**
   * Takes back the last quarter (or the early end): the game is re-simulated from its start
   * through every earlier log entry, then the facilitator's moves made during the quarter taken
   * back are applied again, so the class replans that quarter from where it stood.
   */
  undo(): void {
    if (this.resolving) throw new CallRefusal('game/resolving', 'The quarter is resolving: try again in a moment.')
    const last = this.log.at(-1)
    if (last === undefined) throw new CallRefusal('facilitator/nothing_to_undo', 'No quarter has been played yet.')
    // The data's own rules (a saved state's copy lists records in another order, and order matters to the game's start).
    const created = createGame(this.replayRules(), { scenarioId: this.scenarioId, seats: this.seats.map((s) => s.faction), seed: this.seed })
    if (!created.ok) throw new CallRefusal('facilitator/undo_failed', created.message)
    let state = created.state
    let report: QuarterReport | null = null
    const kept = this.log.slice(0, -1)
    for (const entry of kept) {
      const played = playEntryOrRefuse(state, entry)
      state = played.state
      report = played.report ?? report
      if (hashState(state) !== entry.stateHash) throw new CallRefusal('facilitator/undo_diverged', `Replaying ${entry.quarter} did not reproduce the game; nothing was undone.`)
    }
    for (const intervention of last.interventions ?? []) state = applyIntervention(state, intervention).state
    this.current = state
    this.log = kept
    this.pending = [...(last.interventions ?? [])]
    this.lastReport = report
    this.plans.clear()
    this.ended.clear()
  }
}

function playEntryOrRefuse(state: GameState, entry: Parameters<typeof playEntry>[1]): ReturnType<typeof playEntry> {
  try {
    return playEntry(state, entry)
  } catch (error) {
    throw new CallRefusal('facilitator/replay_failed', error instanceof Error ? error.message : String(error))
  }
}
