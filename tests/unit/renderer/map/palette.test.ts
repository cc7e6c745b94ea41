import { describe, expect, it } from 'vitest'
import { mixColour, OKABE_ITO, ownerColour, resolveColours, toCssColour } from '../../../../renderer/src/map/palette'

const owners = [
  { id: 'us', label: 'United States', colour: 0x4da3ff },
  { id: 'cn', label: 'China', colour: 0xff5d5d },
  { id: 'tsmc', label: 'TSMC', colour: 0x5ee0d0 },
]

describe('resolveColours', () => {
  it("uses each owner's own colour in the default palette", () => {
    const colours = resolveColours(owners, 'default')
    expect(ownerColour(colours, 'cn')).toBe(0xff5d5d)
  })

  it('gives owners the Okabe–Ito colours, in order, in the colour-blind palette', () => {
    const colours = resolveColours(owners, 'colour-blind')
    expect(owners.map((o) => ownerColour(colours, o.id))).toEqual(OKABE_ITO.slice(0, 3))
    expect(colours.alignments.us).not.toBe(resolveColours(owners, 'default').alignments.us)
  })

  it('keeps owner colours distinct in the colour-blind palette for up to eight owners', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ id: `o${i}`, label: `O${i}`, colour: 0 }))
    const colours = resolveColours(many, 'colour-blind')
    expect(new Set(many.map((o) => ownerColour(colours, o.id))).size).toBe(8)
  })

  it('draws an unknown owner in the neutral grey', () => {
    const colours = resolveColours(owners, 'default')
    expect(ownerColour(colours, 'nobody')).toBe(colours.unknownOwner)
  })
})

describe('colour helpers', () => {
  it('writes CSS hex colours with leading zeros', () => {
    expect(toCssColour(0x0072b2)).toBe('#0072b2')
  })

  it('mixes two colours channel by channel', () => {
    expect(mixColour(0x000000, 0xffffff, 0.5)).toBe(0x808080)
    expect(mixColour(0x123456, 0xabcdef, 0)).toBe(0x123456)
  })
})

describe('colour-blind owners past the eighth', () => {
  it('get pale tints rather than repeating a colour exactly', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ id: `o${i}`, label: `O${i}`, colour: 0 }))
    const colours = resolveColours(many, 'colour-blind')
    expect(new Set(many.map((o) => ownerColour(colours, o.id))).size).toBe(10)
    expect(ownerColour(colours, 'o8')).toBe(mixColour(OKABE_ITO[0] as number, 0xffffff, 0.55))
  })
})
