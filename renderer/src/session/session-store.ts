/**
 * The session store: one per connection to the host, owning every call and every event about
 * the running game (the window's side of it; the host's own `GameSession` is the game itself).
 * Screens read its state (`useSession(selector)`) and call its actions; none of them calls the
 * host about the game or listens to its events itself (docs/renderer.md lists which calls go
 * through here and which stay with the menus).
 *
 * State: the game's public summary (`game`, kept current by `gameStatus` and `gameChanged`),
 * this window's turn phase and the AI's progress, the game data's texts, the seat the window
 * follows (its own seat, or what the facilitator's desk and the presenter's screen show) with
 * its view, ruleset, legal orders and last report, and the seat's plan with the host's checks.
 *
 * A zustand vanilla store, so this module has no React in it and is unit-tested against the
 * real host (tests/unit/renderer/session/); `SessionContext.tsx` binds it to React.
 */
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { CallRequest, CallResponse, FacilitatorAction, GameApi, GameInfo, QuarterResolved, ScenarioSummary } from '../../../app/protocol/contract'
import { fail, type CallResult } from '../../../app/protocol/result'
import { addGameTexts } from '../i18n/i18n'
import type { LegalOrder, QuarterReport, Rules, ViewBody } from '../screens/game/game-types'
import { viewAfter } from './view-sync'

/** This window's turn: planning, its end of turn on the way, the AI thinking, the quarter resolving. */
export type Phase = 'planning' | 'ending' | 'ai-thinking' | 'resolving'
/** An order of a plan as the planner edits it (the engine is the authority on its fields). */
export type PlanOrder = { kind: string } & Record<string, unknown>
/** What previewPlan answers. */
export type PlanPreview = CallResponse<'previewPlan'>
/** One order's check. */
export type PlanCheck = PlanPreview['checks'][number]

/** `FollowedSeat.failure` when no game is running. */
export const NO_GAME = 'session/no_game'

/** The seat this window follows, with what the host says about it. */
export interface FollowedSeat {
  /** A faction, `facilitator` (every seat, the whole ruleset) or `presenter` (the public view). */
  id: string
  /** Whether this window plays the seat: it then also reads the legal orders and keeps the plan. */
  plays: boolean
  /** The seat's view without the ruleset, null until read. */
  view: ViewBody | null
  /** The ruleset as the seat may see it (read once per game and kind: it never changes in play). */
  rules: Rules | null
  legal: LegalOrder[]
  report: QuarterReport | null
  /** Quarters resolved for this seat while followed: a screen opens the report when it grows. */
  resolved: number
  /** Why the last read failed (`NO_GAME` when no game runs), or null. */
  failure: string | null
}

/** The followed seat's plan for the quarter, kept on the host. */
export interface PlanSlice {
  orders: PlanOrder[]
  /** The host's check of each order (same indexes), null until the first answer. */
  checks: PlanCheck[] | null
  budget: PlanPreview['budget'] | null
  /** The host refused the whole request (e.g. the turn has ended). */
  error: string | null
  /** The quarter the plan was read for: a new quarter reads it again (the host clears plans then). */
  quarter: number | null
}

export interface SessionState {
  /** The running game's public summary, or null (none, or not read yet). */
  game: GameInfo | null
  phase: Phase
  /** While the AI thinks, how many of its seats have decided. */
  aiProgress: { done: number; total: number } | null
  /** The game data's texts (text key → text), read once per game and added to i18next. */
  texts: Record<string, string>
  seat: FollowedSeat | null
  plan: PlanSlice
}

/** The store and its actions. Every action answers the host's result, so screens can word refusals. */
export interface SessionStore {
  /** The state (zustand's vanilla store: `getState`, `subscribe`). */
  readonly state: StoreApi<SessionState>
  /** Listens to the host's events; answers the function that stops (a React effect's clean-up). */
  start(): () => void
  /** Reads the running game's summary. */
  refreshGame(): Promise<CallResult<GameInfo | null>>
  /** Reads the game data's texts once per game (the hand-off screen's names). */
  loadTexts(): Promise<CallResult<Record<string, string>>>
  /** The running game's scenario (its seats' briefings), or null. */
  scenarioOf(game: GameInfo): Promise<ScenarioSummary | null>
  /** Follows a seat: drops whatever was kept of the previous one, then reads this one's view, rules, report (and, when `plays`, its legal orders and plan). */
  follow(seat: string, options: { plays: boolean }): Promise<void>
  /** Drops the followed seat and its plan (a hot-seat hand-off leaves nothing of it behind). */
  unfollow(): void
  /** Ends the followed seat's turn (`handOff`: the window stops acting for it first). */
  endTurn(options?: { handOff?: boolean }): Promise<CallResult<GameInfo>>
  /** Replaces the plan: submitted to the host, then checked in sequence (ignored while locked). */
  setPlan(orders: PlanOrder[]): void
  /** Checks a draft order on top of `orders` and forecasts the quarter with and without it. */
  previewDraft(orders: PlanOrder[], draft: PlanOrder): Promise<CallResult<PlanPreview>>
  claimSeat(request: CallRequest<'claimSeat'>): Promise<CallResult<CallResponse<'claimSeat'>>>
  releaseSeat(): Promise<CallResult<null>>
  /** The facilitator's controls; the followed view is read again after anything but the clock. */
  facilitate(action: FacilitatorAction): Promise<CallResult<GameInfo>>
  /** The calls that replace the running game: everything kept of the old one is dropped. */
  newGame(request: CallRequest<'newGame'>): Promise<CallResult<CallResponse<'newGame'>>>
  loadGame(request: CallRequest<'loadGame'>): Promise<CallResult<CallResponse<'loadGame'>>>
  startChapter(request: CallRequest<'startChapter'>): Promise<CallResult<CallResponse<'startChapter'>>>
}

/** The calls and events the session store owns: no other renderer module makes them (tests/unit/renderer/session/session-calls.test.ts). */
export const SESSION_CALLS = [
  'getGame',
  'getView',
  'getRules',
  'getLegalOrders',
  'getReport',
  'getPlan',
  'submitOrders',
  'previewPlan',
  'validateOrder',
  'endTurn',
  'claimSeat',
  'releaseSeat',
  'facilitate',
  'newGame',
  'loadGame',
  'startChapter',
] as const
export const SESSION_EVENTS = ['gameStatus', 'gameChanged', 'quarterResolved'] as const

/** Changes that leave every view as it was: the clock and the pause. */
const QUIET_CHANGES: ReadonlySet<string> = new Set(['pause', 'resume', 'set-timer', 'timer'])

const EMPTY_PLAN: PlanSlice = { orders: [], checks: null, budget: null, error: null, quarter: null }

/** Whether the followed seat's plan is closed: not planning, paused, or the game is over. */
export function isLocked(state: SessionState): boolean {
  return state.phase !== 'planning' || state.game?.over === true || state.game?.paused === true || (state.seat?.view?.over ?? null) !== null
}

/** What tells one game from another: a new game, a load or a chapter drops the rules and texts kept. */
function gameKey(game: GameInfo | null): string | null {
  return game === null ? null : `${game.scenarioId}|${game.seed}|${game.data.map((d) => `${d.id}@${d.hash}`).join(',')}`
}

export function createSessionStore(api: GameApi): SessionStore {
  const store = createStore<SessionState>(() => ({ game: null, phase: 'planning', aiProgress: null, texts: {}, seat: null, plan: EMPTY_PLAN }))
  /** Bumped whenever the followed seat changes: answers for an older one are dropped. */
  let generation = 0
  let planTicket = 0
  let knownGame: string | null = null
  const rulesByKind = new Map<'all' | 'public', Rules>()
  let texts: Promise<CallResult<Record<string, string>>> | null = null
  /** The game's quarter and end when the followed view was read: a watcher reads again when they move. */
  let readAt: { quarter: number; over: boolean } | null = null
  let rereading: { gen: number; again: boolean; done: Promise<void> } | null = null

  const patchSeat = (patch: Partial<FollowedSeat>): void => store.setState((s) => (s.seat === null ? {} : { seat: { ...s.seat, ...patch } }))
  const patchPlan = (patch: Partial<PlanSlice>): void => store.setState((s) => ({ plan: { ...s.plan, ...patch } }))

  function forgetGameData(): void {
    rulesByKind.clear()
    texts = null
  }

  function setGame(game: GameInfo | null): void {
    const key = gameKey(game)
    if (key !== knownGame) {
      if (knownGame !== null) forgetGameData()
      knownGame = key
    }
    store.setState({ game })
  }

  /** The running game was replaced (new, loaded, a chapter): nothing of the old one is kept. */
  function replaced(game: GameInfo | null): void {
    generation++
    forgetGameData()
    readAt = null
    store.setState({ seat: null, plan: EMPTY_PLAN, phase: 'planning', aiProgress: null })
    knownGame = gameKey(game)
    store.setState({ game })
  }

  function loadTexts(): Promise<CallResult<Record<string, string>>> {
    if (texts !== null) return texts
    const loading = api.getTexts({ language: 'en' }).then((result) => {
      if (result.ok) {
        addGameTexts('en', result.value)
        store.setState({ texts: result.value })
      } else if (texts === loading) texts = null
      return result
    })
    texts = loading
    return loading
  }

  async function refreshGame(): Promise<CallResult<GameInfo | null>> {
    const result = await api.getGame({})
    if (result.ok) setGame(result.value)
    return result
  }

  function rules(seat: string): Promise<CallResult<Rules>> {
    const kind = seat === 'facilitator' ? 'all' : 'public'
    const known = rulesByKind.get(kind)
    if (known !== undefined) return Promise.resolve({ ok: true, value: known })
    return api.getRules({ seat }).then((result) => {
      if (result.ok) rulesByKind.set(kind, result.value)
      return result
    })
  }

  /** Reads the followed seat afresh: the game, the view, the ruleset (once), the report, and for a played seat its legal orders and plan. */
  async function readSeat(gen: number): Promise<void> {
    const seat = store.getState().seat
    if (seat === null) return
    const [game, view, ruleset, legal, report, gameTexts] = await Promise.all([
      api.getGame({}),
      api.getView({ seat: seat.id }),
      rules(seat.id),
      seat.plays ? api.getLegalOrders({ seat: seat.id }) : Promise.resolve(null),
      api.getReport({ seat: seat.id }),
      loadTexts(),
    ])
    if (gen !== generation) return
    for (const result of [game, view, ruleset, gameTexts]) if (!result.ok) return patchSeat({ failure: result.message })
    if (!game.ok || !view.ok || !ruleset.ok) return
    if (game.value === null) return patchSeat({ failure: NO_GAME })
    setGame(game.value)
    readAt = { quarter: game.value.quarter, over: game.value.over }
    const legalOrders = legal !== null && legal.ok ? legal.value : []
    patchSeat({ view: view.value, rules: ruleset.value, legal: legalOrders, report: report.ok ? report.value : null, failure: null })
    if (seat.plays && store.getState().plan.quarter !== view.value.quarter) await readPlan(gen)
  }

  /** Reads the followed seat again; calls while a read is under way are folded into one more read. */
  function rereadSeat(): Promise<void> {
    const gen = generation
    if (rereading !== null && rereading.gen === gen) {
      rereading.again = true
      return rereading.done
    }
    const entry = { gen, again: false, done: Promise.resolve() }
    entry.done = (async () => {
      try {
        do {
          entry.again = false
          await readSeat(gen)
        } while (entry.again && gen === generation)
      } finally {
        if (rereading === entry) rereading = null
      }
    })()
    rereading = entry
    return entry.done
  }

  /** A seat the window only watches (the facilitator's desk, the presenter) hears no resolution of its own: it reads again when the quarter moves. */
  function rereadIfMoved(game: GameInfo): void {
    const seat = store.getState().seat
    if (seat === null || seat.plays || readAt === null) return
    if (game.quarter !== readAt.quarter || game.over !== readAt.over) void rereadSeat()
  }

  async function readPlan(gen: number): Promise<void> {
    const seat = store.getState().seat
    if (seat === null || !seat.plays) return
    const ticket = ++planTicket
    patchPlan({ quarter: seat.view?.quarter ?? null })
    const plan = await api.getPlan({ seat: seat.id })
    // A change made while the plan was on its way wins over it.
    if (gen !== generation || ticket !== planTicket) return
    const orders = plan.ok ? (plan.value as PlanOrder[]) : []
    patchPlan({ orders })
    await checkPlan(orders, false, gen)
  }

  async function checkPlan(orders: PlanOrder[], submit: boolean, gen: number): Promise<void> {
    const seat = store.getState().seat
    if (seat === null) return
    const ticket = ++planTicket
    const current = (): boolean => ticket === planTicket && gen === generation
    if (submit) {
      const sent = await api.submitOrders({ seat: seat.id, orders })
      if (!sent.ok) {
        if (current()) patchPlan({ error: sent.message })
        return
      }
    }
    const preview = await api.previewPlan({ seat: seat.id, orders })
    if (!current()) return
    if (!preview.ok) return patchPlan({ error: preview.message })
    patchPlan({ error: null, checks: preview.value.checks, budget: preview.value.budget })
  }

  async function onResolved(payload: QuarterResolved): Promise<void> {
    const seat = store.getState().seat
    if (seat === null || payload.seat !== seat.id) return
    const gen = generation
    let body = viewAfter(seat.view, payload)
    if (body === null) {
      const fresh = await api.getView({ seat: seat.id })
      if (!fresh.ok || gen !== generation) return
      body = fresh.value
    }
    const [game, legal] = await Promise.all([api.getGame({}), seat.plays ? api.getLegalOrders({ seat: seat.id }) : Promise.resolve(null)])
    if (gen !== generation) return
    if (game.ok && game.value !== null) {
      setGame(game.value)
      readAt = { quarter: game.value.quarter, over: game.value.over }
    }
    const view = body
    store.setState((s) =>
      s.seat === null ? {} : { seat: { ...s.seat, view, legal: legal !== null && legal.ok ? legal.value : s.seat.legal, report: payload.report, resolved: s.seat.resolved + 1 }, phase: 'planning' },
    )
    if (seat.plays) await readPlan(gen)
  }

  return {
    state: store,
    start() {
      const offs = [
        api.on('gameStatus', ({ game, phase, progress }) => {
          setGame(game)
          store.setState(phase === 'planning' ? { aiProgress: null } : { phase, aiProgress: phase === 'ai-thinking' ? (progress ?? null) : null })
          rereadIfMoved(game)
        }),
        api.on('gameChanged', ({ game, reason }) => {
          setGame(game)
          if (!QUIET_CHANGES.has(reason)) void rereadSeat()
          else rereadIfMoved(game)
        }),
        api.on('quarterResolved', (payload) => void onResolved(payload)),
      ]
      return () => {
        for (const off of offs) off()
      }
    },
    refreshGame,
    loadTexts,
    async scenarioOf(game) {
      const list = await api.listScenarios({})
      return list.ok ? (list.value.find((s) => s.id === game.scenarioId) ?? null) : null
    },
    async follow(seat, { plays }) {
      const gen = ++generation
      readAt = null
      store.setState({ seat: { id: seat, plays, view: null, rules: null, legal: [], report: null, resolved: 0, failure: null }, plan: EMPTY_PLAN, phase: 'planning', aiProgress: null })
      await readSeat(gen)
    },
    unfollow() {
      generation++
      readAt = null
      store.setState({ seat: null, plan: EMPTY_PLAN })
    },
    async endTurn({ handOff = false } = {}) {
      const seat = store.getState().seat
      if (seat === null || !seat.plays) return fail('seat/not_yours', 'This window plays no seat.')
      store.setState({ phase: 'ending' })
      const result = await api.endTurn(handOff ? { seat: seat.id, handOff: true } : { seat: seat.id })
      if (!result.ok) {
        store.setState({ phase: 'planning' })
        return result
      }
      setGame(result.value)
      // Other people still to play: the wait ends with quarterResolved.
      return result
    },
    setPlan(orders) {
      const state = store.getState()
      if (state.seat === null || !state.seat.plays || isLocked(state)) return
      patchPlan({ orders })
      void checkPlan(orders, true, generation)
    },
    previewDraft(orders, draft) {
      const seat = store.getState().seat
      if (seat === null) return Promise.resolve(fail('seat/not_yours', 'This window follows no seat.'))
      return api.previewPlan({ seat: seat.id, orders, draft })
    },
    claimSeat: (request) => api.claimSeat(request),
    releaseSeat: () => api.releaseSeat({}),
    async facilitate(action) {
      const result = await api.facilitate({ action })
      if (!result.ok) return result
      setGame(result.value)
      if (!QUIET_CHANGES.has(action.kind)) await rereadSeat()
      return result
    },
    async newGame(request) {
      const result = await api.newGame(request)
      if (result.ok) replaced(result.value)
      return result
    },
    async loadGame(request) {
      const result = await api.loadGame(request)
      if (result.ok) replaced(result.value.game)
      return result
    },
    async startChapter(request) {
      const result = await api.startChapter(request)
      if (result.ok) {
        replaced(null)
        await refreshGame()
      }
      return result
    },
  }
}
