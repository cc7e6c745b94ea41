/**
 * What the host's parts share: the options, the running game (one slot, replaced in one
 * place), the windows, the game data, saves, the turn timer and the code guard. Each part
 * (seats, classroom, saves, mods, campaigns, settings, encyclopedia, debrief) takes this and
 * answers its own calls; `game-host.ts` only composes them.
 */
import { randomInt } from 'node:crypto'
import { ENGINE_VERSION, hashState } from '../engine'
import { CallRefusal, FACILITATOR_REQUIRED } from '../protocol'
import { createCodeGuard, type CodeGuard } from './classroom/code-guard'
import { codesToSave } from './classroom/codes'
import { createTurnTimer, systemClock, type Clock, type TurnTimer } from './classroom/turn-timer'
import type { Connection } from './connection'
import { createWindows, type Windows } from './connections/windows'
import { createEnginePool, type EnginePool } from './game/engine-pool'
import { engineAi, quarterText, type AiPlayer, type GameSession } from './game/game-session'
import { createGameDataSource, type GameDataSource } from './mods/game-data-source'
import { createSaveStore, type SaveInput, type SaveStore } from './saves'
import type { CampaignProgressStore } from './campaigns'
import type { ModSelectionStore } from './mods/mod-selection'
import type { SettingsStore } from './settings-store'

/** How to run a game host. */
export interface GameHostOptions {
  /** The base game's data folder. Without it, game calls are refused with `data/none`. */
  dataDir?: string
  /** The mods folder (one folder per mod, each with a mod.json). Without it, no mods. */
  modsDir?: string
  /** The player's mod order and enabled mods (default: in memory, none enabled). */
  modSelection?: ModSelectionStore
  /** Where saves and autosaves go. Without it, save calls are refused with `save/unavailable`. */
  savesDir?: string
  settings?: SettingsStore
  /** The clock, for save timestamps (tests pass a fixed one). */
  now?: () => Date
  /** Called by the `quit` call after it answers. */
  onQuit?: () => void
  /** Plays AI seats (default: the engine's AI at each seat's difficulty and persona). */
  ai?: AiPlayer
  /** Seeds for games started without one. */
  randomSeed?: () => number
  /** Host log lines (autosave failures and the like). */
  log?: (line: string) => void
  /** The turn timer's clock (tests pass a fake one). */
  clock?: Clock
  /** Campaign progress (default: in memory; the apps keep it in the user's data folder). */
  campaignProgress?: CampaignProgressStore
  /** Where the engine's AI and the quarter's resolution run (default: worker threads when a worker file is found, else in-thread; see game/engine-pool.ts). */
  engine?: EnginePool
}

export interface HostContext {
  readonly options: GameHostOptions
  readonly now: () => Date
  readonly log: (line: string) => void
  readonly ai: AiPlayer
  readonly engine: EnginePool
  readonly windows: Windows
  readonly gameData: GameDataSource
  /** Null when the host has no save folder. */
  readonly saves: SaveStore | null
  readonly timer: TurnTimer
  /** Guesses at the running game's codes (reset with the game). */
  readonly codes: CodeGuard
  /** Guesses at a save's facilitator code: never reset, so starting another game gives a guesser no more tries. */
  readonly saveCodes: CodeGuard
  session(): GameSession | null
  /** The running game, or `game/none`. */
  running(): GameSession
  /**
   * The one place the running game is replaced (a new game, a loaded one, a campaign chapter):
   * the old game's timers stop, the code guard forgets the old game's seats, every window must
   * claim a seat (with the new game's codes) again, and every window hears of it.
   */
  replaceSession(next: GameSession): GameSession
  /**
   * Session-level calls (new game, load, delete a save, mods, quit, a campaign chapter) belong to
   * the facilitator while a game with a facilitator's code runs: a window that holds no seat, or
   * a seat, is refused with `classroom/facilitator_required`.
   */
  requireSessionControl(connection: Connection, what: string): void
  /** What a save of `game` holds. */
  saveInput(game: GameSession): SaveInput
  /** Autosaves `game` (a failure is logged, never thrown). */
  autosave(game: GameSession): Promise<void>
  randomSeed(): number
}

/** Builds the shared context; `onExpire` is called when a person's time runs out. */
export function createHostContext(options: GameHostOptions, onExpire: (seat: string) => void): HostContext {
  let session: GameSession | null = null
  const clock = options.clock ?? systemClock
  const now = options.now ?? (() => new Date())
  const log = options.log ?? (() => undefined)
  const windows = createWindows()
  const timer = createTurnTimer(clock, onExpire)
  const codes = createCodeGuard(clock)
  const saves = options.savesDir === undefined ? null : createSaveStore({ dir: options.savesDir, hashState })
  const running = (): GameSession => {
    if (session === null) throw new CallRefusal('game/none', 'No game is running: start or load one.')
    return session
  }
  const saveInput = (game: GameSession): SaveInput => ({
    gameVersion: ENGINE_VERSION,
    scenarioId: game.scenarioId,
    seed: game.seed,
    data: game.data.map((d) => ({ ...d })),
    state: game.state,
    orderLog: [...game.orderLog],
    // The classroom's codes travel with the game, hashed, so a loaded game asks for the same ones.
    codes: codesToSave(game.codes),
    meta: {
      savedAt: now().toISOString(),
      quarter: quarterText(game.info().quarter),
      seats: game.seats.map((s) => ({ seat: s.faction, name: s.name, controller: s.controller, difficulty: s.difficulty, persona: s.persona ?? null })),
    },
  })
  return {
    options,
    now,
    log,
    ai: options.ai ?? engineAi,
    engine: options.engine ?? createEnginePool({ log }),
    windows,
    gameData: createGameDataSource({ dataDir: options.dataDir, modsDir: options.modsDir, selection: options.modSelection, log }),
    saves,
    timer,
    codes,
    saveCodes: createCodeGuard(clock),
    session: () => session,
    running,
    replaceSession(next) {
      timer.reset(session)
      codes.reset()
      session = next
      for (const connection of windows.all()) windows.forget(connection)
      windows.status(session, 'planning')
      return next
    },
    requireSessionControl(connection, what) {
      if (session === null || !session.hasFacilitatorCode() || connection.facilitator) return
      throw new CallRefusal(FACILITATOR_REQUIRED, `A classroom game with a facilitator's code is running: only the facilitator can ${what}. Claim the "facilitator" seat with its code, then try again.`)
    },
    saveInput,
    async autosave(game) {
      if (saves === null) return
      const result = await saves.autosave(saveInput(game))
      if (!result.ok) log(`autosave failed: ${result.code}: ${result.message}`)
    },
    randomSeed: () => (options.randomSeed ?? (() => randomInt(0, 2 ** 31 - 1)))(),
  }
}
