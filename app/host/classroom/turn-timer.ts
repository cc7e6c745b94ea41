/**
 * The classroom's turn timer. A person's time starts when their turn starts (they claim their
 * seat after a hand-off, or the quarter begins for a window that already holds the seat); when
 * it runs out, `onExpire` ends their turn with the plan as it stands. Pausing freezes every
 * running clock and resuming restarts each with the time it had left. Deadlines are kept on
 * the session (public: every window shows the countdown); the clock is injected so tests
 * need not wait.
 */
import type { GameSession } from '../game/game-session'

/** Time and timeouts (the real ones by default; tests pass fakes). */
export interface Clock {
  now(): number
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/** The system clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export interface TurnTimer {
  /** Starts `seat`'s clock unless it is already running, its turn has ended, or the game has no timer. */
  start(game: GameSession, seat: string): void
  /** Forgets `seat`'s clock (its person handed the computer on before the turn started). */
  drop(game: GameSession, seat: string): void
  /** Stops every clock and forgets the deadlines (a new quarter, a new game, undo). */
  reset(game: GameSession | null): void
  /** Freezes every running clock, keeping the time left. */
  pause(game: GameSession): void
  /** Restarts the frozen clocks with the time they had left. */
  resume(game: GameSession): void
}

/** A turn timer calling `onExpire(seat)` when a seat's time is up. */
export function createTurnTimer(clock: Clock, onExpire: (seat: string) => void): TurnTimer {
  const handles = new Map<string, unknown>()
  const frozen = new Map<string, number>()

  const arm = (game: GameSession, seat: string, ms: number): void => {
    const deadline = clock.now() + ms
    game.deadlines.set(seat, deadline)
    handles.set(
      seat,
      clock.setTimeout(() => {
        handles.delete(seat)
        if (game.deadlines.get(seat) !== deadline || game.paused) return
        game.deadlines.delete(seat)
        onExpire(seat)
      }, ms),
    )
  }
  const disarm = (seat: string): void => {
    const handle = handles.get(seat)
    if (handle !== undefined) clock.clearTimeout(handle)
    handles.delete(seat)
  }

  return {
    start(game, seat) {
      if (game.turnSeconds === null || game.state.over !== null || game.deadlines.has(seat) || frozen.has(seat)) return
      if (!game.waitingFor().includes(seat)) return
      if (game.paused) {
        frozen.set(seat, game.turnSeconds * 1000)
        return
      }
      arm(game, seat, game.turnSeconds * 1000)
    },
    drop(game, seat) {
      disarm(seat)
      frozen.delete(seat)
      game.deadlines.delete(seat)
    },
    reset(game) {
      for (const seat of [...handles.keys()]) disarm(seat)
      frozen.clear()
      game?.deadlines.clear()
    },
    pause(game) {
      for (const [seat, deadline] of game.deadlines) {
        disarm(seat)
        frozen.set(seat, Math.max(0, deadline - clock.now()))
      }
      game.deadlines.clear()
    },
    resume(game) {
      for (const [seat, left] of frozen) arm(game, seat, Math.max(1000, left))
      frozen.clear()
    },
  }
}
