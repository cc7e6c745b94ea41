import { describe, expect, it } from 'vitest'
import type { ModInfo } from '../../../../../app/protocol'
import { dependencyStates, disabledDependencies, moveRow, rowsOf, setEnabled } from '../../../../../renderer/src/screens/mods/mod-order'

function mod(id: string, extra: Partial<ModInfo> = {}): ModInfo {
  return {
    id,
    folder: id,
    name: id.toUpperCase(),
    version: '1.0.0',
    description: '',
    authors: [],
    gameVersions: '^0.1.0',
    dependencies: [],
    loadAfter: [],
    enabled: false,
    position: 0,
    loadIndex: null,
    status: 'disabled',
    errors: [],
    counts: {},
    ...extra,
  }
}

describe('the mod manager list', () => {
  it('takes the rows in the player order, once per id', () => {
    const mods = [mod('b', { position: 1, enabled: true }), mod('a', { position: 0 }), mod('b', { position: 2, folder: 'b-copy' })]
    expect(rowsOf(mods)).toEqual([
      { id: 'a', enabled: false },
      { id: 'b', enabled: true },
    ])
  })

  it('moves a row up, down or to where it is dropped, and clamps at the ends', () => {
    const rows = ['a', 'b', 'c'].map((id) => ({ id, enabled: true }))
    expect(moveRow(rows, 2, 1).map((r) => r.id)).toEqual(['a', 'c', 'b'])
    expect(moveRow(rows, 0, 1).map((r) => r.id)).toEqual(['b', 'a', 'c'])
    expect(moveRow(rows, 0, 2).map((r) => r.id)).toEqual(['b', 'c', 'a'])
    expect(moveRow(rows, 0, -1).map((r) => r.id)).toEqual(['a', 'b', 'c'])
    expect(moveRow(rows, 2, 9).map((r) => r.id)).toEqual(['a', 'b', 'c'])
    expect(moveRow(rows, 5, 0)).toEqual(rows)
  })

  it('turns one mod on or off and leaves the others', () => {
    const rows = [{ id: 'a', enabled: false }, { id: 'b', enabled: true }]
    expect(setEnabled(rows, 'a', true)).toEqual([{ id: 'a', enabled: true }, { id: 'b', enabled: true }])
  })

  it('says of each dependency whether it is on, off or not installed, and which to turn on with the mod', () => {
    const needy = mod('needy', { dependencies: [{ id: 'on', range: '*' }, { id: 'off', range: '^1' }, { id: 'gone', range: '*' }, { id: 'broken', range: '*' }] })
    const all = [needy, mod('on', { enabled: true, status: 'ok' }), mod('off'), mod('broken', { enabled: true, status: 'error' })]
    expect(dependencyStates(needy, all).map((d) => [d.id, d.state])).toEqual([
      ['on', 'on'],
      ['off', 'off'],
      ['gone', 'missing'],
      ['broken', 'off'],
    ])
    expect(disabledDependencies(needy, all)).toEqual(['off'])
  })
})
