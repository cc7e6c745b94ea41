import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrateContent, saveMigrations } from '../../../../app/host/saves/migrations'
import { decodeSave, encodeSave } from '../../../../app/host/saves/save-codec'
import { CURRENT_FORMAT_VERSION, saveVersions, UNKNOWN_DATA_HASH } from '../../../../app/host/saves/save-format'
import { sampleCodes, testHashState } from '../../../fixtures/saves/sample'

const fixtures = path.resolve(__dirname, '../../../fixtures/saves')
const fixture = (name: string): Buffer => readFileSync(path.join(fixtures, name))

/** One fixture file per format version, written by that version's code and never regenerated. */
const FIXTURES: Record<number, string> = {
  [saveVersions.Initial]: 'v1-initial.scsave',
  [saveVersions.AddDataHashesAndSeatNames]: 'v2-data-hashes-and-seat-names.scsave',
  [saveVersions.AddSeatDifficultyAndPersona]: 'v3-seat-difficulty-and-persona.scsave',
  [saveVersions.AddClassroomCodes]: 'v4-classroom-codes.scsave',
}

describe('save migrations', () => {
  it('has a fixture for every format version up to the current one', () => {
    for (let version = 1; version <= CURRENT_FORMAT_VERSION; version++) {
      expect(FIXTURES[version], `fixture for v${version}`).toBeDefined()
      const header = JSON.parse(fixture(FIXTURES[version] ?? '').toString('utf8').split('\n')[0] ?? '') as { formatVersion: number }
      expect(header.formatVersion).toBe(version)
    }
  })

  it('has one migration per version step', () => {
    expect(saveMigrations.map((m) => m.from)).toEqual(Array.from({ length: CURRENT_FORMAT_VERSION - 1 }, (_, i) => i + 1))
  })

  it('loads the v1 fixture, marking data hashes unknown and naming seats after their ids', () => {
    const result = decodeSave(fixture(FIXTURES[1] ?? ''), { hashState: testHashState })
    if (!result.ok) throw new Error(result.message)
    expect(result.migratedFrom).toBe(1)
    expect(result.save.data).toEqual([{ id: 'base', version: '0.9.0', hash: UNKNOWN_DATA_HASH }])
    expect(result.save.meta.seats).toEqual([
      { seat: 'tsmc', name: 'tsmc', controller: 'human', difficulty: 'normal', persona: null },
      { seat: 'huawei', name: 'huawei', controller: 'ai', difficulty: 'normal', persona: null },
    ])
    expect(result.save.meta.quarter).toBe('2023 Q2')
    expect((result.save.state as { marker: string }).marker).toBe('fixture-v1')
    expect(result.save.stateHash).toBe(testHashState(result.save.state))
  })

  it('loads the v2 fixture, giving its seats the default difficulty and persona', () => {
    const result = decodeSave(fixture(FIXTURES[2] ?? ''), { hashState: testHashState })
    if (!result.ok) throw new Error(result.message)
    expect(result.migratedFrom).toBe(2)
    expect((result.save.state as { marker: string }).marker).toBe('fixture-v2')
    expect(result.save.meta.seats.map((s) => [s.name, s.difficulty, s.persona])).toEqual([
      ['Ada', 'normal', null],
      ['Beijing AI', 'normal', null],
    ])
  })

  it('loads the v3 fixture with no codes (v3 never kept them), its seats as they were', () => {
    const result = decodeSave(fixture(FIXTURES[3] ?? ''), { hashState: testHashState })
    if (!result.ok) throw new Error(result.message)
    expect(result.migratedFrom).toBe(3)
    expect((result.save.state as { marker: string }).marker).toBe('fixture-v3')
    expect(result.save.codes).toBeNull()
    expect(result.save.meta.seats.map((s) => [s.name, s.difficulty, s.persona])).toEqual([
      ['Ada', 'normal', null],
      ['Beijing AI', 'hard', 'prc-self-reliance'],
    ])
  })

  it('loads the current fixture without migrating, with the classroom codes hashed and never in the clear', () => {
    const bytes = fixture(FIXTURES[4] ?? '')
    const result = decodeSave(bytes, { hashState: testHashState })
    if (!result.ok) throw new Error(result.message)
    expect(result.migratedFrom).toBeUndefined()
    expect((result.save.state as { marker: string }).marker).toBe('fixture-v4')
    expect(result.save.codes).toEqual(sampleCodes())
    expect(result.save.codes?.seats.map((s) => s.seat)).toEqual(['nvidia'])
    const text = JSON.stringify(result.save)
    expect(text).not.toMatch(/"(9999|1111)"/)
  })

  it('re-saves a migrated v1 save in the current format, which then loads unchanged', () => {
    const migrated = decodeSave(fixture(FIXTURES[1] ?? ''), { hashState: testHashState })
    if (!migrated.ok) throw new Error(migrated.message)
    const again = decodeSave(encodeSave(migrated.save, { hashState: testHashState }), { hashState: testHashState })
    expect(again).toEqual({ ok: true, save: migrated.save })
  })

  it('refuses to migrate from a version with no step', () => {
    expect(() => migrateContent({}, 0)).toThrow(/no migration from format version 0/)
  })
})
