import { describe, expect, it } from 'vitest'
import { resolveLoadOrder } from '../../../../app/host/mods/load-order'
import { ModManifestSchema, type ModManifest } from '../../../../app/host/mods/mod-manifest'

const GAME = '0.1.0'

function mod(id: string, extra: Partial<ModManifest> = {}): ModManifest {
  return ModManifestSchema.parse({ id, name: id, version: '1.0.0', gameVersions: '^0.1.0', ...extra })
}

describe('resolveLoadOrder', () => {
  it('follows the player order when nothing depends on anything', () => {
    expect(resolveLoadOrder([mod('a'), mod('b'), mod('c')], ['c', 'a', 'b'], GAME)).toEqual({ order: ['c', 'a', 'b'], refused: [] })
  })

  it('loads dependencies first whatever the player order', () => {
    const mods = [mod('scenario', { dependencies: { foundry: '^1.0.0' } }), mod('foundry')]
    expect(resolveLoadOrder(mods, ['scenario', 'foundry'], GAME).order).toEqual(['foundry', 'scenario'])
  })

  it('honours loadAfter between enabled mods and ignores it for disabled ones', () => {
    const mods = [mod('a', { loadAfter: ['b', 'zzz'] }), mod('b')]
    expect(resolveLoadOrder(mods, ['a', 'b'], GAME).order).toEqual(['b', 'a'])
  })

  it('refuses a mod for another game version, naming both versions', () => {
    const result = resolveLoadOrder([mod('old', { gameVersions: '^0.0.1' })], ['old'], GAME)
    expect(result.order).toEqual([])
    expect(result.refused).toEqual([{ mod: 'old', code: 'mod/incompatible_game', message: 'old 1.0.0 supports game versions ^0.0.1; this is 0.1.0', pointer: '/gameVersions' }])
  })

  it('refuses a mod whose dependency is missing or disabled, naming it', () => {
    const missing = resolveLoadOrder([mod('a', { dependencies: { ghost: '*' } })], ['a'], GAME)
    expect(missing.refused[0]).toMatchObject({ code: 'mod/missing_dependency', message: 'a needs ghost *, which is not installed' })
    const disabled = resolveLoadOrder([mod('a', { dependencies: { b: '*' } }), mod('b')], ['a'], GAME)
    expect(disabled.refused[0]).toMatchObject({ message: 'a needs b *, which is disabled' })
  })

  it('refuses a mod whose dependency has the wrong version', () => {
    const result = resolveLoadOrder([mod('a', { dependencies: { b: '^2.0.0' } }), mod('b')], ['a', 'b'], GAME)
    expect(result.order).toEqual(['b'])
    expect(result.refused).toEqual([{ mod: 'a', code: 'mod/dependency_version', message: 'a needs b ^2.0.0; b is 1.0.0', pointer: '/dependencies/b' }])
  })

  it('refuses every mod of a dependency cycle and names the cycle', () => {
    const mods = [mod('a', { dependencies: { b: '*' } }), mod('b', { dependencies: { c: '*' } }), mod('c', { dependencies: { a: '*' } }), mod('d')]
    const result = resolveLoadOrder(mods, ['a', 'b', 'c', 'd'], GAME)
    expect(result.order).toEqual(['d'])
    expect(result.refused.map((r) => r.mod).sort()).toEqual(['a', 'b', 'c'])
    expect(result.refused[0]!.message).toBe('dependency cycle: a → b → c → a')
  })

  it('refuses a mod that needs a refused mod', () => {
    const mods = [mod('a', { dependencies: { b: '*' } }), mod('b', { gameVersions: '>=9' })]
    const result = resolveLoadOrder(mods, ['a', 'b'], GAME)
    expect(result.order).toEqual([])
    expect(result.refused.map((r) => r.code)).toEqual(['mod/incompatible_game', 'mod/dependency_refused'])
  })

  it('refuses a duplicate mod id', () => {
    const result = resolveLoadOrder([mod('a'), mod('a')], ['a'], GAME)
    expect(result.refused).toEqual([expect.objectContaining({ code: 'mod/duplicate_id' })])
  })

  it('breaks a loadAfter cycle by the player order instead of refusing', () => {
    const mods = [mod('a', { loadAfter: ['b'] }), mod('b', { loadAfter: ['a'] })]
    expect(resolveLoadOrder(mods, ['b', 'a'], GAME)).toEqual({ order: ['b', 'a'], refused: [] })
  })
})

describe('ModManifestSchema', () => {
  it('refuses a bad version, a bad range and unknown fields', () => {
    const result = ModManifestSchema.safeParse({ id: 'x', name: 'X', version: 'one', gameVersions: 'whenever', extra: 1 })
    expect(result.success).toBe(false)
    const paths = result.error!.issues.map((i) => i.path.join('.') || i.code)
    expect(paths).toEqual(expect.arrayContaining(['version', 'gameVersions']))
  })
})
