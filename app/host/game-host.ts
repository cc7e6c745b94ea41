/**
 * The game host: the contract's calls over one application session. It loads the game
 * data, owns the running game (a GameSession), knows which window acts for which seat,
 * refuses calls for another seat, resolves a quarter once every person has ended their
 * turn, autosaves, and pushes each window only its own seat's view and report.
 * No electron here: Electron's main process and the web host both serve it.
 */
import { randomInt } from 'node:crypto'
import { ENGINE_VERSION, engineInfo, FACILITATOR, hashState, reportFor, viewFor, type Rules } from '../engine'
import { CallRefusal, diffJson, FACILITATOR_REQUIRED, FACILITATOR_SEAT, PRESENTER_SEAT, SAVE_CODE_REQUIRED, SaveSummarySchema, type FacilitatorAction, type GameInfo, type MenuCommand, type ModList, type SaveSummary, type ScenarioSummary } from '../protocol'
import { createCodeGuard } from './classroom/code-guard'
import { codeMatches, codesToSave, hashClassroomCodes } from './classroom/codes'
import { createTurnTimer, systemClock, type Clock } from './classroom/turn-timer'
import { buildDebrief, debriefJson, renderDebriefHtml } from './debrief'
import type { Connection, EventSender } from './connection'
import { formatDataFolderError } from './data/data-folder'
import type { CallHandlers } from './dispatch'
import { GameSession, engineAi, type AiPlayer, type DataInfo, type SeatSetup } from './game/game-session'
import { restorableSave } from './game/restore-save'
import { createSaveStore, type SaveInput, type SaveListing, type SaveStore } from './saves'
import { memorySettingsStore, type SettingsStore } from './settings-store'
import { loadGameData, type GameData } from './mods/mod-loader'
import { memoryModSelectionStore, type ModSelectionStore } from './mods/mod-selection'
import { createCampaignHandlers, memoryCampaignProgressStore, type CampaignProgressStore } from './campaigns'
import { createEncyclopedia } from './encyclopedia'

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
}

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
}

interface LoadedData {
  rules: Rules
  data: DataInfo[]
  /** The whole answer, mods' statuses included. */
  all: GameData
}

/** Creates a game host. */
export function createGameHost(options: GameHostOptions = {}): GameHost {
  const connections = new Set<Connection>()
  /** The last view (without rules) each window received, per seat: updates are sent as changes to it. */
  const lastViews = new WeakMap<Connection, { seat: string; view: unknown }>()
  let nextConnection = 1
  let session: GameSession | null = null
  let loaded: LoadedData | null = null
  const settings = options.settings ?? memorySettingsStore()
  const now = options.now ?? (() => new Date())
  const log = options.log ?? (() => undefined)
  const ai = options.ai ?? engineAi
  const modSelection = options.modSelection ?? memoryModSelectionStore()
  const saves: SaveStore | null = options.savesDir === undefined ? null : createSaveStore({ dir: options.savesDir, hashState })
  const encyclopedia = createEncyclopedia()
  const timer = createTurnTimer(options.clock ?? systemClock, (seat) => void expire(seat))
  const codes = createCodeGuard(options.clock ?? systemClock)
  /**
   * Guesses at a save's facilitator code. Never reset: starting or loading another game must not
   * give a guesser five more tries.
   */
  const saveCodes = createCodeGuard(options.clock ?? systemClock)

  /** Reads the base game and the enabled mods again (a mod with errors is left out, with its errors). */
  function reload(): GameData | null {
    loaded = null
    if (options.dataDir === undefined) return null
    const all = loadGameData({ baseDir: options.dataDir, modsDir: options.modsDir, selection: modSelection.get(), gameVersion: ENGINE_VERSION })
    if (all.ok && all.rules !== undefined) loaded = { rules: all.rules, data: all.data, all }
    for (const mod of all.mods) if (mod.status === 'error' && mod.enabled) log(`mod ${mod.id} disabled: ${mod.errors.length} error(s), first: ${mod.errors[0]?.file}:${mod.errors[0]?.line}:${mod.errors[0]?.column} ${mod.errors[0]?.message}`)
    return all
  }

  /** The game data new games start with (the base game and the enabled mods that load). */
  function data(): LoadedData {
    if (loaded !== null) return loaded
    if (options.dataDir === undefined) throw new CallRefusal('data/none', 'This host was started without game data.')
    const all = reload()
    if (loaded === null) {
      const first = (all?.baseErrors ?? []).filter((e) => e.severity === 'error').slice(0, 3).map(formatDataFolderError)
      throw new CallRefusal('data/invalid', `The game data does not load: ${first.join('; ')}`)
    }
    return loaded
  }

  function modList(all: GameData | null): ModList {
    return {
      folder: options.modsDir ?? null,
      problem: all === null ? null : all.ok ? all.modsProblem : 'The base game does not load, so no mod can.',
      mods: (all?.mods ?? []).map((m) => ({ ...m, errors: m.errors.map((e) => ({ ...e })), counts: { ...m.counts } })),
      active: all?.data.map((d) => ({ ...d })) ?? [],
    }
  }

  function running(): GameSession {
    if (session === null) throw new CallRefusal('game/none', 'No game is running: start or load one.')
    return session
  }

  /** The running game, and a check that this window acts for `seat`. */
  function forSeat(connection: Connection, seat: string): GameSession {
    const game = running()
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
  function toRead(connection: Connection, seat: string): GameSession {
    if (seat === PRESENTER_SEAT || (connection.facilitator && (seat === FACILITATOR_SEAT || running().seats.some((s) => s.faction === seat)))) return running()
    return forSeat(connection, seat)
  }

  function requireFacilitator(connection: Connection): GameSession {
    const game = running()
    if (!connection.facilitator) throw new CallRefusal('seat/not_facilitator', 'Only the facilitator can do this: claim the "facilitator" seat with its code first.')
    return game
  }

  /** A new or loaded game: every window must claim a seat again and gets a whole view next. */
  function forget(connection: Connection): void {
    connection.seat = null
    connection.facilitator = false
    lastViews.delete(connection)
  }

  /**
   * The one place the running game is replaced (a new game, a loaded one, a campaign chapter):
   * the old game's timers stop, the code guard forgets the old game's seats, every window must
   * claim a seat (with the new game's codes) again, and every window hears of it.
   */
  function replaceSession(next: GameSession): GameSession {
    timer.reset(session)
    codes.reset()
    session = next
    for (const connection of connections) forget(connection)
    broadcastStatus('planning')
    return next
  }

  /**
   * Session-level calls (new game, load, delete a save, mods, quit, a campaign chapter) belong to
   * the facilitator while a game with a facilitator's code runs: a window that holds no seat, or
   * a seat, is refused with `classroom/facilitator_required` (it may claim "facilitator" with the
   * code and call again).
   */
  function requireSessionControl(connection: Connection, what: string): void {
    if (session === null || !session.hasFacilitatorCode() || connection.facilitator) return
    throw new CallRefusal(FACILITATOR_REQUIRED, `A classroom game with a facilitator's code is running: only the facilitator can ${what}. Claim the "facilitator" seat with its code, then try again.`)
  }

  /** The facilitator changed the game: every window hears it and reloads what it shows. */
  function broadcastChanged(reason: FacilitatorAction['kind'] | 'timer'): void {
    if (session === null) return
    const game = session.info()
    for (const connection of connections) connection.send('gameChanged', { game, reason })
  }

  /** A new quarter starts: clocks restart for the seats whose windows hold them (hot-seat windows start theirs at the next claim). */
  function startQuarterClocks(game: GameSession): void {
    timer.reset(game)
    for (const connection of connections) if (connection.seat !== null && !connection.handOff) timer.start(game, connection.seat)
  }

  /** Ends a seat's turn; when it was the last person's, the AI plays, the quarter resolves and every window hears of it. */
  async function finishTurn(game: GameSession, seat: string): Promise<GameInfo> {
    game.endTurn(seat)
    return finishAfterEnd(game, seat)
  }

  /** After a seat's turn has ended: wait for the others, or resolve the quarter. */
  async function finishAfterEnd(game: GameSession, seat: string): Promise<GameInfo> {
    timer.drop(game, seat)
    if (game.waitingFor().length > 0) {
      broadcastStatus('planning')
      return game.info()
    }
    broadcastStatus('ai-thinking')
    broadcastStatus('resolving')
    game.resolve()
    startQuarterClocks(game)
    broadcastQuarter(game)
    broadcastStatus('planning')
    if (saves !== null) {
      const result = await saves.autosave(saveInput(game))
      if (!result.ok) log(`autosave failed: ${result.code}: ${result.message}`)
    }
    return game.info()
  }

  /** A person's time ran out: their turn ends with the plan as it stands; a hot-seat window passes on. */
  async function expire(seat: string): Promise<void> {
    const game = session
    if (game === null || !game.waitingFor().includes(seat)) return
    for (const connection of connections) {
      if (connection.seat === seat && connection.handOff) {
        connection.seat = null
        lastViews.delete(connection)
      }
    }
    try {
      await finishTurn(game, seat)
    } catch (error) {
      log(`turn timer: could not end ${seat}'s turn: ${error instanceof Error ? error.message : String(error)}`)
    }
    broadcastChanged('timer')
  }

  function broadcastStatus(phase: 'planning' | 'ai-thinking' | 'resolving'): void {
    if (session === null) return
    const game: GameInfo = session.info()
    for (const connection of connections) connection.send('gameStatus', { game, phase })
  }

  function broadcastQuarter(game: GameSession): void {
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
  }

  function saveInput(game: GameSession): SaveInput {
    return {
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
        quarter: game.info().quarterLabel,
        seats: game.seats.map((s) => ({ seat: s.faction, name: s.name, controller: s.controller, difficulty: s.difficulty, persona: s.persona ?? null })),
      },
    }
  }

  function requireSaves(): SaveStore {
    if (saves === null) throw new CallRefusal('save/unavailable', 'This host has no save folder.')
    return saves
  }

  function summary(listing: SaveListing): SaveSummary {
    return SaveSummarySchema.parse({
      name: listing.name,
      autosave: listing.kind === 'autosave',
      savedAt: listing.savedAt,
      quarter: listing.quarter ?? '?',
      scenarioId: listing.scenarioId ?? '?',
      seats: (listing.seats ?? []).map((seat) => ({ seat: seat.seat, name: seat.name, controller: seat.controller })),
      bytes: listing.sizeBytes,
    })
  }

  const campaignHandlers = createCampaignHandlers({
    progress: options.campaignProgress ?? memoryCampaignProgressStore(),
    data: () => {
      reload()
      return data()
    },
    session: () => session,
    start: (init) => replaceSession(GameSession.start({ ...init, ai })),
    randomSeed: () => (options.randomSeed ?? (() => randomInt(0, 2 ** 31 - 1)))(),
    now,
  })

  const handlers: CallHandlers = {
    getEngineInfo: () => engineInfo(),

    listScenarios: () => {
      const { rules } = data()
      const personaFaction = new Map<string, string>()
      for (const scenario of Object.values(rules.scenarios)) {
        for (const f of scenario.factions) if (f.persona !== undefined) personaFaction.set(f.persona, f.faction)
      }
      return Object.values(rules.scenarios).map(
        (s): ScenarioSummary => ({
          id: s.id,
          name: s.name,
          briefing: s.briefing,
          start: s.start,
          end: s.end,
          seats: s.seats.map((faction) => {
            const setup = s.factions.find((f) => f.faction === faction)
            return {
              faction,
              name: rules.factions[faction]?.name ?? faction,
              persona: setup?.persona ?? null,
              briefing: s.seatBriefings[faction] ?? setup?.briefing ?? null,
            }
          }),
          personas: Object.values(rules.personas).map((p) => ({ id: p.id, name: p.name, faction: p.faction ?? personaFaction.get(p.id) ?? null })),
        }),
      )
    },

    getTexts: ({ language }) => {
      const { rules } = data()
      // The running game's texts win (it may have been started or saved with other mods).
      const playing = session?.state.rules
      return {
        ...(rules.locales.en?.texts ?? {}),
        ...(rules.locales[language]?.texts ?? {}),
        ...(playing?.locales.en?.texts ?? {}),
        ...(playing?.locales[language]?.texts ?? {}),
      }
    },

    getEncyclopedia: ({ language }) => {
      // Like getTexts: the running game's data (it may have been started or saved with other mods), else a new game's.
      const current = session === null ? data() : loaded
      const rules = session?.state.rules ?? data().rules
      return encyclopedia({ from: session === null ? 'new-game' : 'game', rules, data: session?.data ?? current?.data ?? [], modsDir: options.modsDir, mods: current?.all.mods ?? [], language })
    },

    newGame: async (request, connection) => {
      requireSessionControl(connection, 'start a new game')
      // Mod folders may have changed on disk since the menu listed them: read them again.
      reload()
      const { rules, data: info } = data()
      const seed = request.seed ?? (options.randomSeed ?? (() => randomInt(0, 2 ** 31 - 1)))()
      // The codes are hashed here and never kept in the clear (not in the seats either).
      const seats: SeatSetup[] = request.seats.map(({ code: _code, ...s }) => ({ ...s }))
      const hashed = await hashClassroomCodes(request.facilitatorCode, request.seats.filter((s) => s.controller === 'human'))
      const next = GameSession.start({ rules, data: info, scenarioId: request.scenarioId, seed, seats, ai, codes: hashed, turnSeconds: request.turnSeconds ?? null })
      // Checked again: another window may have started a classroom game while the codes were hashed.
      requireSessionControl(connection, 'start a new game')
      return replaceSession(next).info()
    },

    getGame: () => session?.info() ?? null,

    claimSeat: ({ seat, code, handOff }, connection) => {
      const game = running()
      if (handOff === true) connection.handOff = true
      if (seat === FACILITATOR_SEAT) {
        codes.check(FACILITATOR_SEAT, () => game.facilitatorOpens(code), 'That is not the facilitator\'s code.')
        if (connection.seat !== null && connection.handOff) timer.drop(game, connection.seat)
        connection.seat = null
        connection.facilitator = true
        lastViews.delete(connection)
        return { seat, role: 'facilitator' as const, name: 'Facilitator' }
      }
      const setup = game.seat(seat)
      if (setup.controller !== 'human') throw new CallRefusal('seat/ai', `${seat} is played by the AI.`, ['seat'])
      codes.check(seat, () => game.codeOpens(seat, code), `That is not ${setup.name}'s code for ${seat}.`)
      if (connection.seat !== seat) lastViews.delete(connection)
      // A window that already acted for another seat is a hot-seat window: people take turns at it.
      if (connection.seat !== null && connection.seat !== seat) connection.handOff = true
      connection.seat = seat
      connection.facilitator = false
      timer.start(game, seat)
      return { seat, role: 'seat' as const, name: setup.name }
    },

    releaseSeat: (_request, connection) => {
      const game = session
      if (game !== null && connection.seat !== null && game.waitingFor().includes(connection.seat)) timer.drop(game, connection.seat)
      connection.seat = null
      connection.facilitator = false
      connection.handOff = true
      lastViews.delete(connection)
      return null
    },

    getView: ({ seat }, connection) => {
      const game = toRead(connection, seat)
      if (seat === FACILITATOR_SEAT) return viewFor(game.state, FACILITATOR)
      if (seat === PRESENTER_SEAT) return viewFor(game.state, PRESENTER_SEAT)
      const view = game.view(seat)
      const { rules: _rules, ...rest } = view
      lastViews.set(connection, { seat, view: rest })
      return view
    },
    getLegalOrders: ({ seat }, connection) => forSeat(connection, seat).legalOrders(seat),
    validateOrder: ({ seat, order }, connection) => forSeat(connection, seat).validate(seat, order),
    previewPlan: ({ seat, orders, draft }, connection) => forSeat(connection, seat).preview(seat, orders, draft),
    submitOrders: ({ seat, orders }, connection) => forSeat(connection, seat).submit(seat, orders),
    getPlan: ({ seat }, connection) => forSeat(connection, seat).plan(seat),
    getReport: ({ seat }, connection) => {
      const game = toRead(connection, seat)
      if (seat === FACILITATOR_SEAT) return game.lastFullReport()
      if (seat === PRESENTER_SEAT) return game.publicReport()
      return game.report(seat)
    },

    endTurn: async ({ seat, handOff }, connection) => {
      const game = forSeat(connection, seat)
      if (handOff === true) {
        // Hot-seat: the window passes on before the quarter may resolve, so no update for this seat reaches the next person.
        game.endTurn(seat)
        connection.seat = null
        connection.handOff = true
        lastViews.delete(connection)
        return finishAfterEnd(game, seat)
      }
      return finishTurn(game, seat)
    },

    facilitate: async ({ action }, connection) => {
      const game = requireFacilitator(connection)
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
          if (action.seconds !== null) for (const c of connections) if (c.seat !== null) timer.start(game, c.seat)
          break
        case 'inject-event':
          game.intervene({ kind: 'inject-event', event: action.event })
          break
        case 'adjust-tension':
          game.intervene({ kind: 'adjust-tension', delta: action.delta })
          break
        case 'undo':
          game.undo()
          startQuarterClocks(game)
          break
        case 'end-game':
          game.stop()
          timer.reset(game)
          break
      }
      broadcastChanged(action.kind)
      if ((action.kind === 'undo' || action.kind === 'end-game') && saves !== null) {
        const result = await saves.autosave(saveInput(game))
        if (!result.ok) log(`autosave failed: ${result.code}: ${result.message}`)
      }
      return game.info()
    },

    saveGame: async ({ name, overwrite }) => {
      const store = requireSaves()
      const result = await store.saveAs(name, saveInput(running()), { overwrite })
      if (!result.ok) throw new CallRefusal(result.code, result.message)
      return summary(result.value)
    },

    loadGame: async ({ name, facilitatorCode }, connection) => {
      requireSessionControl(connection, 'load a game')
      const store = requireSaves()
      const result = await store.load(name)
      if (!result.ok) {
        const fallback = result.lastGoodAutosave ? ` The last good autosave is "${result.lastGoodAutosave.name}".` : ''
        throw new CallRefusal(result.code, `${result.message}${fallback}`)
      }
      const save = result.value.save
      // The whole game is checked before anything changes: a refused load leaves the running game as it was.
      const restored = restorableSave(save)
      const saved = restored.codes
      if (saved.facilitator !== null) {
        const hash = saved.facilitator
        if (facilitatorCode === undefined) {
          throw new CallRefusal(SAVE_CODE_REQUIRED, `"${name}" is a classroom game with a facilitator's code: only the facilitator can load it, with that code.`, ['facilitatorCode'])
        }
        saveCodes.check(FACILITATOR_SEAT, () => codeMatches(saved.salt, hash, facilitatorCode), `That is not the facilitator's code of "${name}".`, ['facilitatorCode'])
      }
      reload()
      const { rules, data: info } = data()
      const names = new Map(data().all.mods.map((m) => [m.id, m.name]))
      const warnings = dataWarnings(save.data, info, names)
      // The saved state carries the rules it was played with; the save's data list stays its own.
      const playedWith = save.data.map((d) => ({ id: d.id, version: d.version, hash: d.hash }))
      const next = GameSession.restore({ rules, data: playedWith, scenarioId: save.scenarioId, seed: restored.seed, seats: restored.seats, ai, codes: saved }, restored.state, restored.log)
      // Checked again: another window may have started a classroom game while the save was read.
      requireSessionControl(connection, 'load a game')
      return { game: replaceSession(next).info(), warnings }
    },

    listSaves: async () => {
      const result = await requireSaves().list()
      if (!result.ok) throw new CallRefusal(result.code, result.message)
      return result.value.filter((l) => l.ok).map(summary)
    },

    deleteSave: async ({ name }, connection) => {
      requireSessionControl(connection, 'delete a save')
      const result = await requireSaves().delete(name)
      if (!result.ok) throw new CallRefusal(result.code, result.message)
      return null
    },

    getSettings: () => settings.get(),
    setSettings: (changes) => settings.set(changes),

    listMods: () => modList(reload()),
    setMods: async ({ mods }, connection) => {
      requireSessionControl(connection, 'change the mods')
      const seen = new Set<string>()
      for (const [i, m] of mods.entries()) {
        if (seen.has(m.id)) throw new CallRefusal('mod/duplicate', `"${m.id}" is listed twice.`, ['mods', i, 'id'])
        seen.add(m.id)
      }
      await modSelection.set({ order: mods.map((m) => m.id), enabled: mods.filter((m) => m.enabled).map((m) => m.id) })
      return modList(reload())
    },

    exportDebrief: (_request, connection) => {
      const game = running()
      if (!connection.facilitator && game.state.over === null) {
        throw new CallRefusal('seat/not_facilitator', 'Only the facilitator can export the debrief before the game is over.')
      }
      const debrief = buildDebrief({ scenarioId: game.scenarioId, seed: game.seed, seats: game.seats, orderLog: game.orderLog, finalState: game.state, generatedAt: now().toISOString(), rules: game.replayRules() })
      const stamp = now().toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-')
      return { fileName: `debrief-${game.scenarioId}-${stamp}.html`, html: renderDebriefHtml(debrief), json: debriefJson(debrief) }
    },

    ...campaignHandlers,
    // A chapter replaces the running game: a session-level call.
    startChapter: (request, connection) => {
      requireSessionControl(connection, 'start a campaign chapter')
      // Checked again just before the game is replaced (another window may have started a classroom game meanwhile).
      return campaignHandlers.startChapter(request, () => requireSessionControl(connection, 'start a campaign chapter'))
    },

    quit: (_request, connection) => {
      requireSessionControl(connection, 'quit the game')
      setTimeout(() => options.onQuit?.(), 0)
      return null
    },
  }

  return {
    ...handlers,
    connect(send) {
      const connection: Connection = { id: nextConnection++, seat: null, facilitator: false, handOff: false, send }
      connections.add(connection)
      return connection
    },
    disconnect(connection) {
      connections.delete(connection)
    },
    session: () => session,
    menuCommand(command) {
      for (const connection of connections) connection.send('menuCommand', { command })
    },
  }
}

/** What differs between the data a save was played with and the data loaded now. */
export function dataWarnings(saved: readonly { id: string; version: string; hash: string }[], current: readonly DataInfo[], names: ReadonlyMap<string, string> = new Map()): string[] {
  /** `the mod "Crunch 2027" (scenario-2027)` when its name is known, else `the mod "scenario-2027"`. */
  const modName = (id: string): string => {
    const name = names.get(id)
    return name !== undefined && name !== id ? `"${name}" (${id})` : `"${id}"`
  }
  const warnings: string[] = []
  const now = new Map(current.map((d) => [d.id, d]))
  for (const d of saved) {
    const here = now.get(d.id)
    const what = d.id === 'base' ? 'the base game' : `the mod ${modName(d.id)}`
    if (here === undefined) {
      warnings.push(`This game was saved with ${what} ${d.version}, which is not active now. The game goes on with the rules it was saved with; enable the mod in Mods to play new games with it.`)
    } else if (here.version !== d.version) {
      warnings.push(`This game was saved with ${what} ${d.version}; ${here.version} is active now. The game goes on with the rules it was saved with.`)
    } else if (d.hash !== 'unknown' && here.hash !== d.hash) {
      warnings.push(`This game was saved with a different copy of ${what} (${d.version}); numbers may differ from what the save was played with.`)
    }
  }
  const savedIds = new Set(saved.map((d) => d.id))
  for (const d of current) {
    if (!savedIds.has(d.id)) warnings.push(`${d.id === 'base' ? 'The base game' : `The mod ${modName(d.id)}`} ${d.version} is active now but was not when this game was saved; this game goes on without it.`)
  }
  return warnings
}
