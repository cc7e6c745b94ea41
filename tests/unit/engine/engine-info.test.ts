import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { engineInfo, ENGINE_VERSION } from '../../../app/engine'

describe('engineInfo', () => {
  it('names the game, its version and the build', () => {
    const info = engineInfo()
    expect(info.name).toBe('Silicon Curtain')
    expect(info.version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(info.build).toBe('source')
  })

  it('reports the same version as package.json', () => {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as { version: string }
    expect(ENGINE_VERSION).toBe(pkg.version)
  })
})
