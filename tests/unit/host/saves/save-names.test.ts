import { describe, expect, it } from 'vitest'
import { isAutosaveName, saveNameProblem } from '../../../../app/host/saves/save-names'

describe('saveNameProblem', () => {
  it('accepts ordinary names, accents included', () => {
    for (const name of ['My game', 'Huawei run 2', 'Partie d\'Élodie (v2)', 'a.b_c-d']) expect(saveNameProblem(name)).toBeNull()
  })

  it('refuses path traversal, separators and control characters', () => {
    for (const name of ['../evil', '..', 'a/b', 'a\\b', '/etc/passwd', 'C:evil', 'x\u0000y', 'line\nbreak', '.hidden']) {
      expect(saveNameProblem(name), name).not.toBeNull()
    }
  })

  it('refuses Windows reserved names, trailing dots and spaces, empty and long names', () => {
    for (const name of ['CON', 'nul', 'com1', 'LPT9.save', 'aux.txt', 'ends.', 'ends ', '', 'x'.repeat(65)]) {
      expect(saveNameProblem(name), name).not.toBeNull()
    }
  })

  it('keeps the autosave prefix for the store', () => {
    expect(saveNameProblem('autosave-000001')).toMatch(/autosave/)
    expect(saveNameProblem('Autosave mine')).toMatch(/autosave/)
    expect(isAutosaveName('autosave-000001')).toBe(true)
    expect(isAutosaveName('autosave-1')).toBe(false)
  })
})
