/**
 * Every UI text key the renderer uses exists in the English locale. A static scan of
 * renderer/src for t('…') calls with a literal key (dynamic keys, written as template
 * literals, are checked below by expanding their known values).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import en from '../../../../renderer/src/i18n/locales/en.json'
import { NOTE_WORDS, REFUSAL_WORDS } from '../../../../renderer/src/screens/game/report-lines'

const SRC = path.resolve(__dirname, '../../../../renderer/src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : []
  })
}

function has(key: string): boolean {
  const lookup = (k: string): unknown => k.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en)
  // i18next plurals: `x` resolves through `x_one` / `x_other`.
  return typeof lookup(key) === 'string' || typeof lookup(`${key}_other`) === 'string'
}

/** Literal keys in t('…') / t("…") calls (game-data keys live in the `game` namespace). */
function usedKeys(): Map<string, string> {
  const keys = new Map<string, string>()
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/\bt\(\s*(['"])([^'"]+)\1/g)) {
      const key = match[2] as string
      if (!key.includes(':')) keys.set(key, path.relative(SRC, file))
    }
    // <Trans i18nKey="…"> (texts with markup, such as the debrief's <em>par</em>).
    for (const match of text.matchAll(/\bi18nKey=(['"])([^'"]+)\1/g)) keys.set(match[2] as string, path.relative(SRC, file))
  }
  return keys
}

describe('English locale', () => {
  it('has every literal key the renderer uses', () => {
    const keys = usedKeys()
    expect(keys.size).toBeGreaterThan(40)
    const missing = [...keys].filter(([key]) => !has(key)).map(([key, file]) => `${key} (${file})`)
    expect(missing).toEqual([])
  })

  it('has every key the renderer builds from a kind or level', () => {
    const built = [
      ...['wafers', 'chips', 'compute'].map((k) => `map.flowKind.${k}`),
      ...['fab', 'packaging', 'hbm', 'datacentre'].map((k) => `map.siteKind.${k}`),
      ...['us', 'china', 'neutral', 'contested'].map((k) => `map.alignment.${k}`),
      ...['low', 'rising', 'high', 'crisis'].map((k) => `map.tension.${k}`),
      ...['events', 'chips', 'foundry', 'cloud', 'policy', 'other'].map((k) => `planner.group.${k}`),
      ...['cash', 'revenue', 'compute', 'vp', 'tension', 'reputation', 'politicalCapital', 'capability', 'produced', 'bought'].map((k) => `planner.preview.row.${k}`),
      ...['no-events', 'rivals-idle', 'claimed-specs', 'stock'].map((k) => `planner.assume.${k}`),
      ...['bf16Tflops', 'memoryGb', 'memoryBandwidthTBs', 'interconnectGBs', 'tpp', 'powerW'].map((k) => `planner.spec.${k}`),
      ...['priceUsd', 'maxPriceUsd', 'priceUsdPerHour'].map((k) => `planner.usd.${k}`),
      'planner.flag.grey',
      ...Object.values(NOTE_WORDS).filter((key) => key !== null),
      ...Object.values(REFUSAL_WORDS),
      ...['ok', 'disabled', 'error'].map((k) => `mods.status.${k}`),
      ...['on', 'off', 'missing'].map((k) => `mods.dependency.${k}`),
      ...['scenarios', 'factions', 'actors', 'chips', 'nodes', 'foundries', 'policies', 'events', 'regions', 'demandPools', 'packaging', 'hbm', 'objectives', 'personas'].map((k) => `mods.kinds.${k}`),
    ]
    expect(built.filter((key) => !has(key))).toEqual([])
  })

  it('finds no t() call whose key is built in a way this scan cannot see', () => {
    const unchecked: string[] = []
    // Listed above, or (planner parameters, which come from the engine's legal orders) checked in tests/unit/renderer/screens/game/planner;
    // the encyclopedia's units, words and phrases, which the host sends, in tests/unit/renderer/encyclopedia/localise.test.ts.
    const known = /^`(map\.(flowKind|siteKind|alignment|tension)|planner\.(param|help|spec|preview\.row|assume|group|usd|flag)|mods\.(status|kinds|dependency)|game\.report\.note|encyclopedia\.(unit|word|phrase))\.\$\{/
    for (const file of sourceFiles(SRC)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*(`[^`]*`)/g)) {
        if (!known.test(match[1] as string)) unchecked.push(`${match[1]} (${path.relative(SRC, file)})`)
      }
    }
    expect(unchecked).toEqual([])
  })
})
