/**
 * The player's display settings. Pure: parsing anything stored (an old version, a hand
 * edit) yields valid settings, falling back to defaults field by field.
 */
import { PALETTE_NAMES, type PaletteName } from '../map/palette'

export interface Settings {
  /** Interface scale, 0.75–1.5 (1 = normal). */
  uiScale: number
  palette: PaletteName
  /** Map animation speed, 0 (still) to 2 (double). */
  animationSpeed: number
  sound: boolean
}

export const UI_SCALE = { min: 0.75, max: 1.5, step: 0.05 } as const
export const ANIMATION_SPEED = { min: 0, max: 2, step: 0.25 } as const

export const DEFAULT_SETTINGS: Settings = { uiScale: 1, palette: 'default', animationSpeed: 1, sound: true }

function clampNumber(value: unknown, range: { min: number; max: number }, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(range.max, Math.max(range.min, value)) : fallback
}

/** Valid settings from anything (unknown fields dropped, bad ones defaulted, numbers clamped). */
export function parseSettings(raw: unknown): Settings {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}
  return {
    uiScale: clampNumber(r.uiScale, UI_SCALE, DEFAULT_SETTINGS.uiScale),
    palette: PALETTE_NAMES.includes(r.palette as PaletteName) ? (r.palette as PaletteName) : DEFAULT_SETTINGS.palette,
    animationSpeed: clampNumber(r.animationSpeed, ANIMATION_SPEED, DEFAULT_SETTINGS.animationSpeed),
    sound: typeof r.sound === 'boolean' ? r.sound : DEFAULT_SETTINGS.sound,
  }
}
