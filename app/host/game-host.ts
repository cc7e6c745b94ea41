/**
 * The game host: the contract's calls over one application session, composed from one part
 * per concern (each in its own module, all sharing `HostContext`): seats and the turn flow
 * (`connections/`, `game/turn-flow.ts`), the facilitator (`classroom/`), saves, mods and
 * game data, campaigns, settings, the encyclopedia and the debrief. The running game is
 * replaced in one place, `HostContext.replaceSession`.
 * No electron here: Electron's main process and the web host both serve it.
 */
import type { MenuCommand } from '../protocol'
import { campaignPart } from './campaigns/campaign-part'
import { facilitateHandler } from './classroom/facilitate-handler'
import type { Connection, EventSender } from './connection'
import { seatHandlers } from './connections/seat-handlers'
import { debriefHandler } from './debrief/debrief-handler'
import type { CallHandlers } from './dispatch'
import { encyclopediaHandler } from './encyclopedia/encyclopedia-handler'
import { gameHandlers } from './game/game-handlers'
import type { GameSession } from './game/game-session'
import { createTurnFlow, type TurnFlow } from './game/turn-flow'
import { createHostContext, type GameHostOptions } from './host-context'
import { modHandlers } from './mods/mod-handlers'
import { saveHandlers } from './saves/save-handlers'
import { settingsHandlers } from './settings-handlers'

export type { GameHostOptions } from './host-context'
export { dataWarnings } from './saves/save-handlers'

/**
 * A running game host: the contract's call handlers (so it can be passed wherever
 * handlers are expected) plus the connection registry.
 */
export interface GameHost extends CallHandlers {
  /** A new window; its events go through `send`. */
  connect(send: EventSender): Connection
  disconnect(connection: Connection): void
  /** The running game, if any (menus and tests). */
  session(): GameSession | null
  /** Passes an application-menu command to every window. */
  menuCommand(command: MenuCommand): void
  /** Where the engine's AI and resolution run: `worker` threads or `in-thread` (the fallback). */
  engineWhere(): 'worker' | 'in-thread'
  /** Stops the engine's worker threads. */
  close(): Promise<void>
}

/** Creates a game host. */
export function createGameHost(options: GameHostOptions = {}): GameHost {
  // The timer's expiry needs the turn flow, which needs the context: bound once both exist.
  let flow: TurnFlow | null = null
  const ctx = createHostContext(options, (seat) => void flow?.expire(seat))
  flow = createTurnFlow(ctx)
  const handlers: CallHandlers = {
    ...gameHandlers(ctx),
    ...seatHandlers(ctx, flow),
    ...facilitateHandler(ctx, flow),
    ...saveHandlers(ctx),
    ...modHandlers(ctx),
    ...settingsHandlers(options.settings),
    ...encyclopediaHandler(ctx),
    ...debriefHandler(ctx),
    ...campaignPart(ctx),
  }
  return {
    ...handlers,
    connect: (send) => ctx.windows.connect(send),
    disconnect: (connection) => ctx.windows.disconnect(connection),
    session: () => ctx.session(),
    menuCommand: (command) => ctx.windows.menuCommand(command),
    engineWhere: () => ctx.engine.where,
    close: () => ctx.engine.close(),
  }
}
