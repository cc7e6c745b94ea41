/** The calls a window makes for its seat: claim and release it, read its view, plan and end its turn. */
import { FACILITATOR, publicRules, viewFor } from '../../engine'
import { CallRefusal, FACILITATOR_SEAT, PRESENTER_SEAT } from '../../protocol'
import type { CallHandlers } from '../dispatch'
import type { TurnFlow } from '../game/turn-flow'
import type { HostContext } from '../host-context'
import { forSeat, toRead } from './seat-access'

type SeatCalls = 'getGame' | 'claimSeat' | 'releaseSeat' | 'getView' | 'getRules' | 'getLegalOrders' | 'validateOrder' | 'previewPlan' | 'submitOrders' | 'getPlan' | 'getReport' | 'endTurn'

export function seatHandlers(ctx: HostContext, flow: TurnFlow): Pick<CallHandlers, SeatCalls> {
  const { windows, timer, codes } = ctx
  return {
    getGame: () => ctx.session()?.info() ?? null,

    claimSeat: ({ seat, code, handOff }, connection) => {
      const game = ctx.running()
      if (handOff === true) connection.handOff = true
      if (seat === FACILITATOR_SEAT) {
        codes.check(FACILITATOR_SEAT, () => game.facilitatorOpens(code), 'That is not the facilitator\'s code.')
        if (connection.seat !== null && connection.handOff) timer.drop(game, connection.seat)
        connection.seat = null
        connection.facilitator = true
        windows.dropView(connection)
        return { seat, role: 'facilitator' as const, name: 'Facilitator' }
      }
      const setup = game.seat(seat)
      if (setup.controller !== 'human') throw new CallRefusal('seat/ai', `${seat} is played by the AI.`, ['seat'])
      codes.check(seat, () => game.codeOpens(seat, code), `That is not ${setup.name}'s code for ${seat}.`)
      if (connection.seat !== seat) windows.dropView(connection)
      // A window that already acted for another seat is a hot-seat window: people take turns at it.
      if (connection.seat !== null && connection.seat !== seat) connection.handOff = true
      connection.seat = seat
      connection.facilitator = false
      timer.start(game, seat)
      return { seat, role: 'seat' as const, name: setup.name }
    },

    releaseSeat: (_request, connection) => {
      const game = ctx.session()
      if (game !== null && connection.seat !== null && game.waitingFor().includes(connection.seat)) timer.drop(game, connection.seat)
      connection.seat = null
      connection.facilitator = false
      connection.handOff = true
      windows.dropView(connection)
      return null
    },

    // The view travels without the ruleset, which a window reads once per game (getRules).
    getView: ({ seat }, connection) => {
      const game = toRead(ctx, connection, seat)
      const { rules: _rules, ...view } = seat === FACILITATOR_SEAT ? viewFor(game.state, FACILITATOR) : seat === PRESENTER_SEAT ? viewFor(game.state, PRESENTER_SEAT) : game.view(seat)
      if (seat !== FACILITATOR_SEAT && seat !== PRESENTER_SEAT) windows.rememberView(connection, seat, view)
      return view
    },
    getRules: ({ seat }, connection) => {
      const game = toRead(ctx, connection, seat)
      return seat === FACILITATOR_SEAT ? game.state.rules : publicRules(game.state.rules)
    },
    getLegalOrders: ({ seat }, connection) => forSeat(ctx, connection, seat).legalOrders(seat),
    validateOrder: ({ seat, order }, connection) => forSeat(ctx, connection, seat).validate(seat, order),
    previewPlan: ({ seat, orders, draft }, connection) => forSeat(ctx, connection, seat).preview(seat, orders, draft),
    submitOrders: ({ seat, orders }, connection) => forSeat(ctx, connection, seat).submit(seat, orders),
    getPlan: ({ seat }, connection) => forSeat(ctx, connection, seat).plan(seat),
    getReport: ({ seat }, connection) => {
      const game = toRead(ctx, connection, seat)
      if (seat === FACILITATOR_SEAT) return game.lastFullReport()
      if (seat === PRESENTER_SEAT) return game.publicReport()
      return game.report(seat)
    },

    endTurn: async ({ seat, handOff }, connection) => {
      const game = forSeat(ctx, connection, seat)
      if (handOff === true) {
        // Hot-seat: the window passes on before the quarter may resolve, so no update for this seat reaches the next person.
        game.endTurn(seat)
        connection.seat = null
        connection.handOff = true
        windows.dropView(connection)
        return flow.afterEnd(game, seat)
      }
      return flow.finishTurn(game, seat)
    },
  }
}
