/** Which window may act for, or read, which seat. */
import { CallRefusal, FACILITATOR_SEAT, PRESENTER_SEAT } from '../../protocol'
import type { Connection } from '../connection'
import type { GameSession } from '../game/game-session'
import type { HostContext } from '../host-context'

/** The running game, and a check that this window acts for `seat`. */
export function forSeat(ctx: HostContext, connection: Connection, seat: string): GameSession {
  const game = ctx.running()
  if (connection.facilitator) {
    throw new CallRefusal('seat/facilitator', `The facilitator watches ${seat}; only its player can plan for it.`, ['seat'])
  }
  if (connection.seat !== seat) {
    const acting = connection.seat === null ? 'no seat yet' : connection.seat
    throw new CallRefusal('seat/not_yours', `This window acts for ${acting}; it cannot act for ${seat}.`, ['seat'])
  }
  return game
}

/** The running game, for a call that reads `seat`'s view: its own window, the facilitator (any seat), or anyone for the presenter's public view. */
export function toRead(ctx: HostContext, connection: Connection, seat: string): GameSession {
  if (seat === PRESENTER_SEAT || (connection.facilitator && (seat === FACILITATOR_SEAT || ctx.running().seats.some((s) => s.faction === seat)))) return ctx.running()
  return forSeat(ctx, connection, seat)
}

/** The running game, for a window holding the facilitator's role. */
export function requireFacilitator(ctx: HostContext, connection: Connection): GameSession {
  const game = ctx.running()
  if (!connection.facilitator) throw new CallRefusal('seat/not_facilitator', 'Only the facilitator can do this: claim the "facilitator" seat with its code first.')
  return game
}
