/**
 * What only a renderer built with its test hooks carries (build/renderer.vite.config.ts): the
 * map handle browser tests read (`window.__scMap`) and the harnesses' routes. The browser tests
 * need them; the production-bundle test makes sure none reach a production build.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export const TEST_HOOK_MARKERS = ['__scMap', 'map-demo', 'panels-demo', 'MapDemoScreen', 'PanelsDemoScreen'] as const

/** Every `marker in file` found under a built renderer folder (file names count too). */
export function testHookMarkersIn(dir: string): string[] {
  const found: string[] = []
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) {
        walk(full)
        continue
      }
      const text = `${entry.name}\n${readFileSync(full, 'latin1')}`
      for (const marker of TEST_HOOK_MARKERS) if (text.includes(marker)) found.push(`${marker} in ${path.relative(dir, full)}`)
    }
  }
  walk(dir)
  return found
}
