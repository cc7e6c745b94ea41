/**
 * A connection: one window (an Electron webContents or a browser's WebSocket). It acts for
 * one seat at a time, chosen with `claimSeat`; the host refuses calls for any other seat
 * and pushes each connection only its own seat's view and report.
 */
import type { EventName, EventPayloads } from '../protocol'

/** Sends an event to one window. */
export type EventSender = <E extends EventName>(event: E, payload: EventPayloads[E]) => void

/** One window connected to the host. */
export interface Connection {
  readonly id: number
  /** The seat this window acts for, or null before it claims one. */
  seat: string | null
  /** The window holds the facilitator's role (see every seat, steer the game). */
  facilitator: boolean
  /** A hot-seat window: several people take turns at it, each claiming their seat after a hand-off. */
  handOff: boolean
  send: EventSender
}
