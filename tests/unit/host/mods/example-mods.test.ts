/**
 * The two example mods in game-data/examples: they pass the checks, load in dependency
 * order, and change the game as their descriptions say (the engine plays them).
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createGame, ENGINE_VERSION, resolveQuarter, type GameState } from '../../../../app/engine'
import { loadGameData } from '../../../../app/host/mods/mod-loader'

const ROOT = path.resolve(__dirname, '../../../..')
const BASE = path.join(ROOT, 'game-data/base')
const EXAMPLES = path.join(ROOT, 'game-data/examples')

function load(enabled: string[]) {
  return loadGameData({ baseDir: BASE, modsDir: EXAMPLES, selection: { order: enabled, enabled }, gameVersion: ENGINE_VERSION })
}

/** Resolves quarters with no orders until `quarter` (an index) is reached. */
function playTo(state: GameState, quarter: number): GameState {
  let s = state
  while (s.quarter < quarter && s.over === null) s = resolveQuarter(s, {}).state
  return s
}

describe('the example mods', () => {
  it('load without errors, dependencies first whatever the player order', () => {
    const data = load(['scenario-2027', 'rapidus-2nm'])
    expect(data.ok).toBe(true)
    expect(data.mods.map((m) => [m.id, m.status, m.errors])).toEqual([
      ['scenario-2027', 'ok', []],
      ['rapidus-2nm', 'ok', []],
    ])
    expect(data.data.map((d) => d.id)).toEqual(['base', 'rapidus-2nm', 'scenario-2027'])
    expect(data.data.every((d) => /^[0-9a-f]{64}$/.test(d.hash))).toBe(true)
  })

  it('rapidus-2nm adds a Japanese foundry whose 2 nm node comes online in 2027 and makes a chip', () => {
    const { rules } = load(['rapidus-2nm'])
    expect(rules?.foundries.rapidus).toMatchObject({ owner: 'rapidus', region: 'japan' })
    expect(rules?.nodes['rapidus-2hp']).toMatchObject({ foundry: 'rapidus', featureNm: 2, availableFrom: '2027Q2' })
    expect(rules?.chips['mn-core-l1000']).toMatchObject({ maker: 'preferred-networks', node: 'rapidus-2hp' })
    expect(rules?.locales.en?.texts['foundry.rapidus.name']).toBe('Rapidus (Japan)')
    // Base texts survive: a translation patch only adds or overrides the keys it lists.
    expect(rules?.locales.en?.texts['chip.h100.name']).toBeDefined()

    const created = createGame(rules!, { scenarioId: 'full-stack', seats: ['nvidia'], seed: 3 })
    if (!created.ok) throw new Error(created.message)
    expect(created.state.nodes['rapidus-2hp']?.online).toBe(false)
    const later = playTo(created.state, 2028 * 4) // 2028 Q1
    expect(later.over).toBeNull()
    expect(later.nodes['rapidus-2hp']).toMatchObject({ online: true, since: 2027 * 4 + 1 })
    expect(later.nodes['rapidus-2hp']!.capacityWafers).toBeGreaterThanOrEqual(6000)
    expect(later.nodes['rapidus-2hp']!.lastWafers).toBeGreaterThan(0)
  })

  it('scenario-2027 adds a 2027 scenario that starts, resolves a quarter, and patches the Rapidus ramp', () => {
    const { rules } = load(['rapidus-2nm', 'scenario-2027'])
    const scenario = rules?.scenarios['crunch-2027']
    expect(scenario).toMatchObject({ start: '2027Q1', end: '2030Q4' })
    expect(rules?.nodes['rapidus-2hp']?.capacityPath?.[0]).toEqual({ quarter: '2027Q2', capacity: 12000 })
    expect(rules?.nodes['rapidus-2hp']?.foundry).toBe('rapidus') // the merge patch kept the fields it did not name

    const created = createGame(rules!, { scenarioId: 'crunch-2027', seats: ['usa', 'huawei'], seed: 5 })
    if (!created.ok) throw new Error(created.message)
    expect(created.state.quarter).toBe(2027 * 4)
    const { state, report } = resolveQuarter(created.state, {})
    expect(state.quarter).toBe(2027 * 4 + 1)
    expect(report).toBeDefined()
  })

  it('scenario-2027 is refused, naming rapidus-2nm, when that mod is not enabled', () => {
    const data = load(['scenario-2027'])
    const mod = data.mods.find((m) => m.id === 'scenario-2027')!
    expect(mod.status).toBe('error')
    expect(mod.errors[0]).toMatchObject({ file: 'mod.json', pointer: '/dependencies/rapidus-2nm', code: 'mod/missing_dependency' })
    expect(mod.errors[0]!.message).toBe('scenario-2027 needs rapidus-2nm ^1.0.0, which is disabled')
    expect(data.rules?.scenarios['crunch-2027']).toBeUndefined()
  })
})
