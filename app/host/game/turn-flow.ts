/**
 * How a quarter moves on: a seat ends its turn; when it was the last person's, the AI plays,
 * the quarter resolves, every window hears of it and the game autosaves. Also the turn
 * timer's end of a person's time.
 */
import type { GameInfo } from '../../protocol'
import type { GameSession } from './game-session'
import type { HostContext } from '../host-context'

export interface TurnFlow {
  /** Ends `seat`'s turn, then as `afterEnd`. */
  finishTurn(game: GameSession, seat: string): Promise<GameInfo>
  /** After a seat's turn has ended: wait for the others, or resolve the quarter. */
  afterEnd(game: GameSession, seat: string): Promise<GameInfo>
  /** A person's time ran out: their turn ends with the plan as it stands; a hot-seat window passes on. */
  expire(seat: string): Promise<void>
  /** A new quarter starts: clocks restart for the seats whose windows hold them (hot-seat windows start theirs at the next claim). */
  startQuarterClocks(game: GameSession): void
}

export function createTurnFlow(ctx: HostContext): TurnFlow {
  const { windows, timer } = ctx
  const startQuarterClocks = (game: GameSession): void => {
    timer.reset(game)
    for (const connection of windows.all()) if (connection.seat !== null && !connection.handOff) timer.start(game, connection.seat)
  }
  const afterEnd = async (game: GameSession, seat: string): Promise<GameInfo> => {
    timer.drop(game, seat)
    if (game.waitingFor().length > 0) {
      windows.status(game, 'planning')
      return game.info()
    }
    // The AI and the resolution run in the engine pool: this thread keeps answering calls, and
    // windows hear each AI seat decide, then the resolution.
    await game.resolveIn(ctx.engine, ({ phase, done, total }) => windows.status(game, phase, { done, total }))
    startQuarterClocks(game)
    windows.quarter(game)
    windows.status(game, 'planning')
    await ctx.autosave(game)
    return game.info()
  }
  const finishTurn = async (game: GameSession, seat: string): Promise<GameInfo> => {
    game.endTurn(seat)
    return afterEnd(game, seat)
  }
  return {
    finishTurn,
    afterEnd,
    startQuarterClocks,
    async expire(seat) {
      const game = ctx.session()
      if (game === null || !game.waitingFor().includes(seat)) return
      for (const connection of windows.all()) {
        if (connection.seat === seat && connection.handOff) {
          connection.seat = null
          windows.dropView(connection)
        }
      }
      try {
        await finishTurn(game, seat)
      } catch (error) {
        ctx.log(`turn timer: could not end ${seat}'s turn: ${error instanceof Error ? error.message : String(error)}`)
      }
      windows.changed(ctx.session(), 'timer')
    },
  }
}
