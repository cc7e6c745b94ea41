/**
 * Colours of the map for each palette. The default palette uses each owner's own colour;
 * the colour-blind-safe one replaces them with the Okabe–Ito set (Okabe & Ito, 2008),
 * whose eight colours stay distinct under the common colour-vision deficiencies.
 */
import type { Alignment, MapOwner } from './map-model'

export type PaletteName = 'default' | 'colour-blind'

export const PALETTE_NAMES: readonly PaletteName[] = ['default', 'colour-blind']

/**
 * Okabe–Ito, ordered for a dark map. Its black is replaced by a light grey, because black
 * vanishes on our night-blue sea.
 */
export const OKABE_ITO: readonly number[] = [
  0xe69f00, // orange
  0x56b4e9, // sky blue
  0x009e73, // bluish green
  0xf0e442, // yellow
  0x0072b2, // blue
  0xd55e00, // vermillion
  0xcc79a7, // reddish purple
  0xd9d9d9, // light grey (Okabe–Ito black on a dark map)
]

/** Every colour the map draws with, resolved for one palette. */
export interface MapColours {
  palette: PaletteName
  owners: ReadonlyMap<string, number>
  alignments: Readonly<Record<Alignment, number>>
  /** A control in force (barrier glyphs and rings). */
  barrier: number
  /** The stripes drawn across a barrier. */
  barrierStripe: number
  /** A flow whose owner is unknown. */
  unknownOwner: number
}

const DEFAULT_ALIGNMENTS: Record<Alignment, number> = {
  us: 0x3d8bfd,
  china: 0xe5484d,
  neutral: 0x8a93a8,
  contested: 0xe0b34a,
}

const COLOUR_BLIND_ALIGNMENTS: Record<Alignment, number> = {
  us: 0x56b4e9,
  china: 0xd55e00,
  neutral: 0x9a9a9a,
  contested: 0xf0e442,
}

/**
 * The colour-blind palette's colour for the owner at `index`. Eight colours is all a
 * colour-blind-safe set can tell apart, so owners past the eighth (non-player actors come
 * last in a model) get pale tints of the same colours; list the players first.
 */
export function colourBlindOwnerColour(index: number): number {
  const base = OKABE_ITO[index % OKABE_ITO.length] as number
  return index < OKABE_ITO.length ? base : mixColour(base, 0xffffff, 0.55)
}

/** Resolves the owners' and map's colours for a palette. */
export function resolveColours(owners: readonly MapOwner[], palette: PaletteName): MapColours {
  const map = new Map<string, number>()
  owners.forEach((owner, index) => {
    map.set(owner.id, palette === 'colour-blind' ? colourBlindOwnerColour(index) : owner.colour)
  })
  return {
    palette,
    owners: map,
    alignments: palette === 'colour-blind' ? COLOUR_BLIND_ALIGNMENTS : DEFAULT_ALIGNMENTS,
    barrier: palette === 'colour-blind' ? 0xf0e442 : 0xff5147,
    barrierStripe: 0x101010,
    unknownOwner: 0xb8c0d8,
  }
}

/** An owner's colour, or the unknown-owner grey. */
export function ownerColour(colours: MapColours, owner: string): number {
  return colours.owners.get(owner) ?? colours.unknownOwner
}

/** 0xRRGGBB as a CSS colour (`#rrggbb`). */
export function toCssColour(colour: number): string {
  return `#${(colour & 0xffffff).toString(16).padStart(6, '0')}`
}

/** Mixes two colours: `t` = 0 gives `a`, 1 gives `b`. */
export function mixColour(a: number, b: number, t: number): number {
  const channel = (shift: number): number => {
    const x = (a >> shift) & 0xff
    const y = (b >> shift) & 0xff
    return Math.round(x + (y - x) * t) << shift
  }
  return channel(16) | channel(8) | channel(0)
}
