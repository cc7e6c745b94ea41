/** The facilitator's moves: pause, resume, the timer, an injected event, tension, undo, the end. */
import type { CallHandlers } from '../dispatch'
import { requireFacilitator } from '../connections/seat-access'
import type { TurnFlow } from '../game/turn-flow'
import type { HostContext } from '../host-context'

export function facilitateHandler(ctx: HostContext, flow: TurnFlow): Pick<CallHandlers, 'facilitate'> {
  const { timer, windows } = ctx
  return {
    facilitate: async ({ action }, connection) => {
      const game = requireFacilitator(ctx, connection)
      switch (action.kind) {
        case 'pause':
          if (!game.paused) {
            game.paused = true
            timer.pause(game)
          }
          break
        case 'resume':
          if (game.paused) {
            game.paused = false
            timer.resume(game)
          }
          break
        case 'set-timer':
          game.turnSeconds = action.seconds
          timer.reset(game)
          if (action.seconds !== null) for (const c of windows.all()) if (c.seat !== null) timer.start(game, c.seat)
          break
        case 'inject-event':
          game.intervene({ kind: 'inject-event', event: action.event })
          break
        case 'adjust-tension':
          game.intervene({ kind: 'adjust-tension', delta: action.delta })
          break
        case 'undo':
          game.undo()
          flow.startQuarterClocks(game)
          break
        case 'end-game':
          game.stop()
          timer.reset(game)
          break
      }
      windows.changed(ctx.session(), action.kind)
      if (action.kind === 'undo' || action.kind === 'end-game') await ctx.autosave(game)
      return game.info()
    },
  }
}
