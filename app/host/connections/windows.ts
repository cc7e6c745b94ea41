/**
 * The windows connected to the host: the registry, the last view each received (updates go
 * out as changes to it) and the events sent to all of them.
 */
import { diffJson, type FacilitatorAction, type GameInfo, type MenuCommand } from '../../protocol'
import { reportFor, viewFor } from '../../engine'
import type { Connection, EventSender } from '../connection'
import type { GameSession } from '../game/game-session'

/** What the host tells windows about a game's progress. */
export type StatusPhase = 'planning' | 'ai-thinking' | 'resolving'

export interface Windows {
  connect(send: EventSender): Connection
  disconnect(connection: Connection): void
  all(): Iterable<Connection>
  /** The window gets a whole view next (it changed seat, or the game was replaced). */
  dropView(connection: Connection): void
  /** Remembers the view (without rules) a window received for `seat`. */
  rememberView(connection: Connection, seat: string, view: unknown): void
  /** A new or loaded game: the window must claim a seat again and gets a whole view next. */
  forget(connection: Connection): void
  status(game: GameSession | null, phase: StatusPhase, progress?: { done: number; total: number }): void
  changed(game: GameSession | null, reason: FacilitatorAction['kind'] | 'timer'): void
  /** Sends each window holding a seat its own view (as a change when it had one) and report. */
  quarter(game: GameSession): void
  menuCommand(command: MenuCommand): void
}

export function createWindows(): Windows {
  const connections = new Set<Connection>()
  const lastViews = new WeakMap<Connection, { seat: string; view: unknown }>()
  let nextConnection = 1
  return {
    connect(send) {
      const connection: Connection = { id: nextConnection++, seat: null, facilitator: false, handOff: false, send }
      connections.add(connection)
      return connection
    },
    disconnect: (connection) => void connections.delete(connection),
    all: () => connections,
    dropView: (connection) => void lastViews.delete(connection),
    rememberView: (connection, seat, view) => void lastViews.set(connection, { seat, view }),
    forget(connection) {
      connection.seat = null
      connection.facilitator = false
      lastViews.delete(connection)
    },
    status(session, phase, progress) {
      if (session === null) return
      const game: GameInfo = session.info()
      for (const connection of connections) connection.send('gameStatus', progress === undefined ? { game, phase } : { game, phase, progress })
    },
    changed(session, reason) {
      if (session === null) return
      const game = session.info()
      for (const connection of connections) connection.send('gameChanged', { game, reason })
    },
    quarter(game) {
      const report = game.lastFullReport()
      if (report === null) return
      for (const connection of connections) {
        const seat = connection.seat
        if (seat === null) continue
        const { rules: _rules, ...view } = viewFor(game.state, seat)
        const last = lastViews.get(connection)
        lastViews.set(connection, { seat, view })
        const filtered = reportFor(report, seat)
        if (last !== undefined && last.seat === seat) connection.send('quarterResolved', { seat, report: filtered, viewPatch: diffJson(last.view, view) })
        else connection.send('quarterResolved', { seat, report: filtered, view })
      }
    },
    menuCommand(command) {
      for (const connection of connections) connection.send('menuCommand', { command })
    },
  }
}
