import { describe, expect, it } from 'vitest'
import { formatSlowest, slowest } from '../../support/slowest-reporter'

describe('the slowest-tests reporter', () => {
  it('keeps the longest items, longest first', () => {
    const items = Array.from({ length: 14 }, (_, i) => ({ name: `t${i}`, ms: (i * 7919) % 13 }))
    const top = slowest(items)
    expect(top).toHaveLength(10)
    expect(top.map((t) => t.ms)).toEqual([...top.map((t) => t.ms)].sort((a, b) => b - a))
    expect(Math.min(...top.map((t) => t.ms))).toBeGreaterThanOrEqual(Math.max(...items.filter((t) => !top.includes(t)).map((t) => t.ms)))
  })

  it('prints seconds with one decimal, aligned, before each name', () => {
    expect(formatSlowest('Slowest:', [{ name: 'a > b', ms: 1234 }, { name: 'c', ms: 98765 }])).toBe('Slowest:\n    1.2 s  a > b\n   98.8 s  c')
  })
})
