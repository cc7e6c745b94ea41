/**
 * Acceptance (issue 6, packaging): the electron-builder config builds the installers we
 * promise (AppImage, deb, NSIS, dmg) from an asar holding only out/** and package.json,
 * with every Electron fuse set. electron-builder itself cannot run here (it downloads
 * Electron), so this checks the config, validates it against electron-builder's own
 * schema, and checks the icon.
 */
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PNG } from 'pngjs'
import type { Configuration } from 'electron-builder'

const ROOT = path.resolve(__dirname, '../..')
const require = createRequire(__filename)
const config = require(path.join(ROOT, 'build/electron-builder.config.cjs')) as Configuration
const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }

/** The target names of a platform's `target` option. */
function targets(option: unknown): string[] {
  const list = Array.isArray(option) ? option : [option]
  return list.map((t: unknown) => (typeof t === 'string' ? t : (t as { target: string }).target))
}

describe('electron-builder config', () => {
  it('is what `npm run dist` uses, after building with electron-vite', () => {
    expect(packageJson.scripts.dist).toBe('electron-vite build && electron-builder --config build/electron-builder.config.cjs')
  })

  it('matches electron-builder 26’s configuration schema', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: Configuration, logger: unknown): Promise<void>
    }
    const { DebugLogger } = require('builder-util/out/DebugLogger.js') as { DebugLogger: new (enabled: boolean) => unknown }
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('names the app and packs only the built bundles into an asar', () => {
    expect(config.appId).toBe('com.siliconcurtain.game')
    expect(config.productName).toBe('Silicon Curtain')
    expect(config.asar).toBe(true)
    expect(config.files).toEqual(['out/**', '!out/**/*.map', 'package.json'])
    expect(config.directories).toMatchObject({ output: 'dist', buildResources: 'build' })
  })

  it('builds AppImage and deb on Linux, NSIS on Windows, dmg on macOS', () => {
    expect(targets(config.linux?.target)).toEqual(['AppImage', 'deb'])
    expect(targets(config.win?.target)).toEqual(['nsis'])
    expect(targets(config.mac?.target)).toEqual(['dmg'])
    expect(config.linux?.maintainer).toMatch(/<.+@.+>/) // deb needs a maintainer e-mail
  })

  it('sets every security fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('has a 512×512 PNG icon for every platform', () => {
    for (const icon of [config.icon, config.linux?.icon, config.win?.icon, config.mac?.icon]) {
      expect(icon).toBe('build/icons/icon.png')
    }
    const png = PNG.sync.read(readFileSync(path.join(ROOT, 'build/icons/icon.png')))
    expect([png.width, png.height]).toEqual([512, 512])
  })
})
