/**
 * The whole-GameState schema (`checkGameState`): every state the engine itself makes passes it
 * (the opening and every quarter of AI games to their end, a campaign chapter and a modded
 * scenario), and states edited by hand are refused with the JSON pointer of the first problem.
 * It never throws, whatever it is given.
 */
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chapterRules, chapterScenario, checkGameState, ENGINE_VERSION, findUnsafeKey, type GameState, type Rules } from '../../../../app/engine'
import { loadGameData } from '../../../../app/host/mods/mod-loader'
import { playAiGame } from '../../../../scripts/lib/ai-sim'
import { baseGame, baseRules } from '../../../fixtures/base-game'

const ROOT = path.resolve(__dirname, '../../../..')

/** Plays a scenario with the AI on every seat and checks the state after every quarter (as a save would carry it: plain JSON). */
function checkEveryQuarter(rules: Rules, scenarioId: string, seed: number, difficulty: 'easy' | 'normal' | 'hard', maxQuarters = 40): { quarters: number; over: boolean } {
  const problems: string[] = []
  let checked = 0
  const game = playAiGame(rules, scenarioId, seed, {
    default: difficulty,
    onQuarter: (state) => {
      checked += 1
      const result = checkGameState(JSON.parse(JSON.stringify(state)))
      if (!result.ok) problems.push(`${scenarioId} seed ${seed} quarter ${state.quarter}: ${result.pointer}: ${result.message}`)
    },
  }, maxQuarters)
  expect(problems).toEqual([])
  expect(checked).toBe(game.quarters + 1)
  return { quarters: game.quarters, over: game.state.over !== null }
}

const json = (state: GameState): Record<string, any> => JSON.parse(JSON.stringify(state)) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

describe('checkGameState on the engine’s own states', () => {
  it('accepts every quarter of AI games of each base scenario, to the end (the long one is 33 quarters)', () => {
    const rules = baseRules()
    const played = Object.keys(rules.scenarios).map((id, i) => checkEveryQuarter(rules, id, 100 + i, (['easy', 'normal', 'hard'] as const)[i % 3]!))
    expect(played.some((g) => g.quarters >= 30)).toBe(true)
    expect(played.every((g) => g.over || g.quarters === 40)).toBe(true)
  }, 300_000)

  it('accepts a campaign chapter’s game (its rules carry the derived scenario) and a modded scenario', () => {
    const rules = baseRules()
    const campaign = Object.values(rules.campaigns)[0]!
    const chapter = campaign.chapters[0]!
    const built = chapterScenario(rules, campaign.id, chapter, null)
    if (!built.ok) throw new Error(built.message)
    checkEveryQuarter(chapterRules(rules, built.scenario), built.scenario.id, 5, 'easy', 6)
    const modded = loadGameData({ baseDir: path.join(ROOT, 'game-data/base'), modsDir: path.join(ROOT, 'game-data/examples'), selection: { order: [], enabled: ['rapidus-2nm', 'scenario-2027'] }, gameVersion: ENGINE_VERSION })
    if (modded.rules === undefined) throw new Error('the example mods do not load')
    checkEveryQuarter(modded.rules, 'crunch-2027', 9, 'easy', 6)
  }, 300_000)
})

describe('checkGameState on edited states', () => {
  const cases: [string, (s: Record<string, any>) => void, string][] = [ // eslint-disable-line @typescript-eslint/no-explicit-any
    ['cash that is a string', (s) => (s.factions.huawei.cashBn = 'lots'), '/factions/huawei/cashBn'],
    ['cash of 1e308', (s) => (s.factions.huawei.cashBn = 1e308), '/factions/huawei/cashBn'],
    ['negative cash', (s) => (s.factions.usa.cashBn = -0.5), '/factions/usa/cashBn'],
    ['negative cash in the public financials', (s) => (s.publicFinancials.usa = { ...s.factions.usa.financials, cashBn: -40 }), '/publicFinancials/usa/cashBn'],
    ['a quarter past the end', (s) => (s.quarter = s.endQuarter + 1), '/quarter'],
    ['a quarter before the start', (s) => (s.quarter = s.startQuarter - 1), '/quarter'],
    ['a deleted faction', (s) => delete s.factions.huawei, '/factions/huawei'],
    ['rules.constants: null', (s) => (s.rules.constants = null), '/rules/constants'],
    ['a constants field of the wrong type', (s) => (s.rules.constants.crisisTension = 'high'), '/rules/constants/crisisTension'],
    ['a missing kind of rules', (s) => delete s.rules.events, '/rules/events'],
    ['a seat that is not an id', (s) => s.seats.push('__proto__'), `/seats/8`],
    ['a seat twice', (s) => s.seats.push('usa'), '/seats'],
    ['an event pool with an unknown event', (s) => s.eventPool.push('no-such-event'), '/eventPool/'],
    ['a policy that does not exist', (s) => (s.policies['no-such-policy'] = { since: s.quarter, licence: null, revenueShare: 0, approved: [] }), '/policies/no-such-policy'],
    ['an unknown key in a faction', (s) => (s.factions.usa.extra = 1), '/factions/usa/extra'],
    ['a faction under another id', (s) => (s.factions.usa.id = 'prc'), '/factions/usa/id'],
    ['the nodes emptied', (s) => (s.nodes = {}), '/nodes'],
    ['a demand pool removed', (s) => delete s.pools[Object.keys(s.pools)[0] as string], '/pools'],
  ]

  it.each(cases)('refuses %s with the pointer of the problem', (_what, edit, pointer) => {
    const state = json(baseGame())
    edit(state)
    const result = checkGameState(state)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.code).toBe('save/schema')
      expect(result.pointer.startsWith(pointer)).toBe(true)
      expect(result.message.length).toBeGreaterThan(0)
    }
  })

  it('accepts cash a rounding error below zero, as the engine’s invariants do', () => {
    const state = json(baseGame())
    state.factions.usa.cashBn = -1e-9
    expect(checkGameState(state).ok).toBe(true)
  })

  it('refuses __proto__ keys and nesting without end, without recursing', () => {
    const state = JSON.parse(JSON.stringify(baseGame()).replace('"flags":{}', '"flags":{"__proto__":{"x":1}}')) as unknown
    expect(checkGameState(state)).toMatchObject({ ok: false, pointer: '/flags/__proto__' })
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(findUnsafeKey({ a: deep })).toMatchObject({ ok: false, code: 'save/schema' })
    expect(checkGameState({ ...json(baseGame()), history: deep })).toMatchObject({ ok: false })
  })

  it('never throws, whatever it is given', () => {
    const base = json(baseGame())
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), fc.constantFrom('factions', 'chips', 'rules', 'nodes', 'market', 'quarter', 'seats', 'history'), (value, key) => {
        expect(checkGameState(value).ok).toBe(false)
        const result = checkGameState({ ...base, [key]: value })
        // Refused with a pointer (into that field or whatever now disagrees with it), unless the value happens to be valid (an empty history).
        if (!result.ok) expect(result.pointer).toMatch(/^\/[a-zA-Z]/)
      }),
      { numRuns: 200 },
    )
  })
})
