/**
 * Each owner's own colour in the default palette (factions and the actors the map and the
 * charts show). The colour-blind palette replaces these by position (`palette.ts`).
 */

export const OWNER_COLOURS: Readonly<Record<string, number>> = {
  usa: 0x4da3ff, prc: 0xff5d5d, nvidia: 0x76d94a, tsmc: 0x5ee0d0, huawei: 0xff9a3c, alibaba: 0xffc94a,
  google: 0xb48cff, smic: 0xff6fae, 'sk-hynix': 0xc7d0e6, samsung: 0x6f8cff, micron: 0x9fb4c8, cxmt: 0xe08a8a,
  osats: 0x8fd6c8, 'china-osats': 0xd99a7a,
}

const FALLBACK_COLOURS = [0xa0c4ff, 0xffadad, 0xcaffbf, 0xfdffb6, 0xbdb2ff, 0xffc6ff, 0x9bf6ff, 0xffd6a5]

function hashIndex(id: string, n: number): number {
  let h = 0
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) >>> 0
  return h % n
}

/** An owner's default-palette colour: its own, or a stable pastel picked from its id. */
export function defaultOwnerColour(id: string): number {
  return OWNER_COLOURS[id] ?? (FALLBACK_COLOURS[hashIndex(id, FALLBACK_COLOURS.length)] as number)
}
