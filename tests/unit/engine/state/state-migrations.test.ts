import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkGameState, deserialize, hashState, migrateState, resolveQuarter, STATE_MIGRATIONS, STATE_VERSION, type StateMigration } from '../../../../app/engine'
import { decodeSave } from '../../../../app/host/saves/save-codec'

const states = path.resolve(__dirname, '../../../fixtures/states')

/** One saved game per state version, written by that version's code (make-state-fixture.ts) and never regenerated. */
const FIXTURES: Record<number, string> = {
  1: 'state-v1.scsave',
}

function fixtureState(version: number): Record<string, unknown> {
  const decoded = decodeSave(readFileSync(path.join(states, FIXTURES[version] ?? '')), { hashState })
  if (!decoded.ok) throw new Error(decoded.message)
  return decoded.save.state as Record<string, unknown>
}

describe('state migrations', () => {
  it('has a saved game for every state version up to the current one', () => {
    for (let version = 1; version <= STATE_VERSION; version++) {
      expect(FIXTURES[version], `fixture for state v${version}`).toBeDefined()
      expect(fixtureState(version).version).toBe(version)
    }
  })

  it('has one migration per version step', () => {
    expect(STATE_MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: STATE_VERSION - 1 }, (_, i) => i + 1))
  })

  it('lifts every saved version to the current one, which checks and plays on the same way twice', () => {
    for (let version = 1; version <= STATE_VERSION; version++) {
      const migrated = migrateState(fixtureState(version))
      if (!migrated.ok) throw new Error(migrated.message)
      expect(migrated.from).toBe(version)
      const checked = checkGameState(migrated.state)
      if (!checked.ok) throw new Error(`${checked.pointer}: ${checked.message}`)
      const once = resolveQuarter(checked.state, {})
      const again = resolveQuarter(checked.state, {})
      expect(once.state.quarter).toBe(checked.state.quarter + 1)
      expect(hashState(once.state)).toBe(hashState(again.state))
      const read = deserialize(JSON.stringify(fixtureState(version)))
      expect(read.ok).toBe(true)
    }
  })

  it('runs each step in order from the saved version, and stamps each new version', () => {
    const steps: StateMigration[] = [
      { from: 1, summary: 'v2 adds a', up: (s) => ({ ...s, a: 1 }) },
      { from: 2, summary: 'v3 doubles a', up: (s) => ({ ...s, a: (s.a as number) * 2 }) },
    ]
    const lifted = migrateState({ format: 'silicon-curtain/state', version: 1 }, steps, 3)
    expect(lifted).toEqual({ ok: true, from: 1, state: { format: 'silicon-curtain/state', version: 3, a: 2 } })
    expect(migrateState({ format: 'silicon-curtain/state', version: 2, a: 5 }, steps, 3)).toEqual({ ok: true, from: 2, state: { format: 'silicon-curtain/state', version: 3, a: 10 } })
  })

  it('refuses what is not a state, a version that is not one, a newer one and one no step lifts, saying why', () => {
    expect(migrateState([])).toMatchObject({ ok: false, code: 'save/not_a_state' })
    expect(migrateState({ format: 'other', version: 1 })).toMatchObject({ ok: false, code: 'save/not_a_state' })
    expect(migrateState({ format: 'silicon-curtain/state', version: '1' })).toMatchObject({ ok: false, code: 'save/unknown_version', message: expect.stringContaining('whole numbers') })
    expect(migrateState({ format: 'silicon-curtain/state', version: STATE_VERSION + 1 })).toMatchObject({ ok: false, code: 'save/unknown_version', message: expect.stringContaining('newer than this game') })
    expect(migrateState({ format: 'silicon-curtain/state', version: 1 }, [], 2)).toMatchObject({ ok: false, code: 'save/unknown_version', message: expect.stringContaining('no migration from it') })
  })
})
