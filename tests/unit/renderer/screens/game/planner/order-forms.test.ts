import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ORDER_KINDS, checkPlan, createGame, legalOrders, randomOrders, resolveQuarter, viewFor, type GameState, type Rules } from '../../../../../../app/engine'
import { loadDataFolder } from '../../../../../../app/host/data/data-folder'
import en from '../../../../../../renderer/src/i18n/locales/en.json'
import { changeParam, defaultDraft, groupOrders, optionLabel, orderSummary, type PlanContext } from '../../../../../../renderer/src/screens/game/planner/order-forms'

let rules: Rules
let texts: Record<string, string>
/** States from every scenario, a few quarters into random games, so every order kind is legal somewhere. */
let states: GameState[]

beforeAll(() => {
  const loaded = loadDataFolder(path.resolve(__dirname, '../../../../../../game-data/base'))
  if (loaded.rules === undefined) throw new Error('game-data/base does not load')
  rules = loaded.rules
  texts = (rules.locales.en?.texts ?? {}) as Record<string, string>
  states = []
  for (const scenarioId of Object.keys(rules.scenarios)) {
    const created = createGame(rules, { scenarioId, seed: 3 })
    if (!created.ok) throw new Error(created.message)
    let state = created.state
    for (let q = 0; q < 8 && state.over === null; q++) {
      states.push(state)
      const orders = Object.fromEntries(state.seats.map((seat) => [seat, randomOrders(state, seat, { salt: q })]))
      state = resolveQuarter(state, orders).state
    }
  }
})

function ctxOf(state: GameState, seat: string): PlanContext {
  const { rules: publicRules, ...view } = viewFor(state, seat)
  return { seat, view, rules: publicRules, texts }
}

describe('the order planner’s forms', () => {
  it('offers every order kind legalOrders lists, for every seat of every scenario, and the states cover all 29 kinds', () => {
    const seen = new Set<string>()
    for (const state of states) {
      for (const seat of state.seats) {
        const legal = legalOrders(state, seat)
        const offered = groupOrders(legal).flatMap((g) => g.orders.map((o) => o.kind))
        expect(offered.sort()).toEqual(legal.map((o) => o.kind).sort())
        for (const kind of offered) seen.add(kind)
      }
    }
    expect([...seen].sort()).toEqual([...ORDER_KINDS].sort())
  })

  it('starts every form with a well-formed order: the engine accepts it or refuses it on its merits, never as malformed', () => {
    const verdicts = new Map<string, number>()
    for (const state of states) {
      for (const seat of state.seats) {
        const ctx = ctxOf(state, seat)
        for (const legal of legalOrders(state, seat)) {
          const draft = defaultDraft(legal, ctx)
          const [check] = checkPlan(state, seat, [draft])
          if (check !== undefined && !check.ok) expect(check.refusal.code, `${legal.kind}: ${check.refusal.message}`).not.toBe('order/malformed')
          if (check?.ok === true) verdicts.set(legal.kind, (verdicts.get(legal.kind) ?? 0) + 1)
        }
      }
    }
    // Most kinds' defaults are accepted as they stand somewhere.
    expect(verdicts.size).toBeGreaterThanOrEqual(ORDER_KINDS.length - 4)
  })

  it('starts a new design inside what its node allows, and keeps it there when the node, die, chiplets or memory change', () => {
    let checked = 0
    for (const state of states.slice(0, 1).concat(states.filter((s) => s.quarter > s.startQuarter + 4))) {
      for (const seat of state.seats) {
        const legal = legalOrders(state, seat).find((o) => o.kind === 'start-program')
        const nodeSpec = legal?.params.node
        if (legal === undefined || nodeSpec?.type !== 'id') continue
        const ctx = ctxOf(state, seat)
        let draft = defaultDraft(legal, ctx)
        for (const node of nodeSpec.options) {
          draft = changeParam(legal, draft, 'node', node, ctx)
          for (const change of [{ param: 'node', value: node }, { param: 'dies', value: 1 }, { param: 'dieMm2', value: 300 }, { param: 'hbmStacks', value: 2 }]) {
            const next = changeParam(legal, draft, change.param, change.value, ctx)
            const [check] = checkPlan(state, seat, [next])
            if (check !== undefined && !check.ok) expect(check.refusal.code, `${seat} on ${node} after ${change.param}: ${check.refusal.message}`).not.toBe('order/beyond_design_bound')
            checked++
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100)
  })

  it('re-aims a new design’s default target when the node changes, so a finer node is not held to a coarser one’s figures', () => {
    const state = states[0]!
    const seat = state.seats.find((s) => legalOrders(state, s).some((o) => o.kind === 'start-program'))!
    const legal = legalOrders(state, seat).find((o) => o.kind === 'start-program')!
    const ctx = ctxOf(state, seat)
    const nodes = legal.params.node?.type === 'id' ? legal.params.node.options : []
    const coarse = [...nodes].sort((a, b) => (rules.nodes[b]?.featureNm ?? 0) - (rules.nodes[a]?.featureNm ?? 0))[0]!
    const fine = [...nodes].sort((a, b) => (rules.nodes[a]?.featureNm ?? 0) - (rules.nodes[b]?.featureNm ?? 0))[0]!
    const onCoarse = changeParam(legal, defaultDraft(legal, ctx), 'node', coarse, ctx)
    const onFine = changeParam(legal, onCoarse, 'node', fine, ctx)
    const tflops = (d: Record<string, unknown>): number => (d.target as { bf16Tflops: number }).bf16Tflops
    expect(tflops(onFine)).toBeGreaterThan(tflops(onCoarse))
  })

  it('names options from the game texts: chips, nodes, regions, policies, events and their choices', () => {
    const state = states[0] as GameState
    const ctx = ctxOf(state, 'alibaba')
    expect(optionLabel('buy-chips', 'chip', 'ascend-910b', ctx)).toBe('Ascend 910B')
    expect(optionLabel('start-program', 'node', 'smic-n-plus-2', ctx)).toBe(texts['node.smic-n-plus-2.name'])
    expect(optionLabel('build-datacenter', 'region', 'taiwan', ctx)).toBe(texts['region.taiwan.name'])
    expect(optionLabel('enact-policy', 'policy', 'chips-act', ctx)).toBe(texts[rules.policies['chips-act']?.name ?? ''])
    expect(optionLabel('announce-chip', 'claimedReadiness', 'volume', ctx)).toBe('Volume')
  })

  it('refreshes what follows from a changed parameter and keeps what the player set', () => {
    const state = states[0] as GameState
    const ctx = ctxOf(state, 'alibaba')
    const legal = legalOrders(state, 'alibaba').find((o) => o.kind === 'buy-chips')
    if (legal === undefined) throw new Error('alibaba cannot buy chips')
    const draft = { ...defaultDraft(legal, ctx), units: 1234 }
    const grey = changeParam(legal, { ...draft, chip: 'h800' }, 'grey', true, ctx)
    const plain = changeParam(legal, { ...draft, chip: 'h800' }, 'grey', false, ctx)
    expect(grey.maxPriceUsd).toBeGreaterThan(plain.maxPriceUsd as number)
    expect(grey.units).toBe(1234)
    const otherChip = changeParam(legal, draft, 'chip', 'ascend-910b', ctx)
    expect(otherChip.maxPriceUsd).toBeGreaterThanOrEqual(ctx.view.chips['ascend-910b']?.priceUsd ?? Infinity)
  })

  it('starts a purchase from a chip made in the buyer’s own bloc', () => {
    const state = states[0] as GameState
    for (const [seat, bloc] of [['alibaba', 'china'], ['google', 'us']] as const) {
      const legal = legalOrders(state, seat).find((o) => o.kind === 'buy-chips')
      if (legal === undefined) continue
      const ctx = ctxOf(state, seat)
      const chip = defaultDraft(legal, ctx).chip as string
      const maker = ctx.view.chips[chip]?.maker ?? ''
      const region = ctx.rules.factions[maker]?.region ?? ctx.rules.actors[maker]?.region ?? ''
      expect(ctx.rules.regions[region]?.alignment, `${seat} starts from ${chip}`).toBe(bloc)
    }
  })

  it('sums an order up in words, money as money, and leaves out switches that are off', () => {
    const state = states[0] as GameState
    const ctx = ctxOf(state, 'alibaba')
    const legal = legalOrders(state, 'alibaba').find((o) => o.kind === 'buy-chips')
    const summary = orderSummary({ kind: 'buy-chips', chip: 'ascend-910b', units: 20000, maxPriceUsd: 17000, grey: false }, legal, ctx).map((p) => p.value)
    expect(summary).toEqual(['Ascend 910B', '20,000 units', 'at most $17,000 a unit'])
  })

  it('has an English label for every parameter of every legal order, and for every spec field', () => {
    const params = new Set<string>()
    const specs = new Set<string>()
    for (const state of states) {
      for (const seat of state.seats) {
        for (const legal of legalOrders(state, seat)) {
          for (const [name, spec] of Object.entries(legal.params)) {
            params.add(name)
            if (spec.type === 'specs') for (const key of Object.keys(spec.max)) specs.add(key)
          }
        }
      }
    }
    expect([...params].filter((p) => typeof (en.planner.param as Record<string, string>)[p] !== 'string')).toEqual([])
    expect([...specs].filter((p) => typeof (en.planner.spec as Record<string, string>)[p] !== 'string')).toEqual([])
  })
})
