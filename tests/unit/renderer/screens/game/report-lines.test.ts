import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveQuarter, viewFor } from '../../../../../app/engine'
import { NOTE_CODES, reportLines } from '../../../../../renderer/src/screens/game/report-lines'
import { baseGame, baseTexts } from '../../../../fixtures/base-game'

/** Every note code the engine writes (`note(ctx, seat, 'code', …)`), read from its sources. */
function engineNoteCodes(): string[] {
  const codes = new Set<string>()
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.ts')) for (const m of readFileSync(full, 'utf8').matchAll(/note\(ctx, [^,]+, ([^)]*?'[a-z-]+\/[a-z-]+'[^)]*?),/g)) for (const c of (m[1] ?? '').matchAll(/'([a-z-]+\/[a-z-]+)'/g)) codes.add(c[1] as string)
    }
  }
  walk(path.resolve(__dirname, '../../../../../app/engine'))
  return [...codes].sort()
}

describe('reportLines', () => {
  it('words every note the engine writes, except the finance summary the money table already shows', () => {
    const codes = engineNoteCodes()
    expect(codes.length).toBeGreaterThan(10)
    expect(codes.filter((c) => c !== 'finance/summary' && !NOTE_CODES.includes(c))).toEqual([])
  })

  it('says why a purchase came up short, with the chip named and the figures', () => {
    const start = structuredClone(baseGame())
    const huawei = start.factions.huawei
    if (huawei !== undefined) huawei.inventory['ascend-910b'] = 500
    const { report } = resolveQuarter(start, { alibaba: [{ kind: 'buy-chips', chip: 'ascend-910b', units: 1_000_000, maxPriceUsd: 30_000 }] })
    const { rules, ...view } = viewFor(start, 'alibaba')
    const lines = reportLines(report, 'alibaba', view, rules, baseTexts())
    const short = lines.notes.find((n) => n.includes('of the 1,000,000 Ascend 910B ordered'))
    expect(short, lines.notes.join(' | ')).toBe('500 of the 1,000,000 Ascend 910B ordered: the maker had no more in stock.')
  })
})
