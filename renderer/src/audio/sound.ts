/**
 * Small interface sounds synthesised with WebAudio (no audio files to load or license):
 * a click, End turn, a quarter resolved, a warning. Each sound is a recipe of notes, pure
 * data that is unit-tested; `playSound` schedules one on an AudioContext, and `useSound()`
 * (in `use-sound.tsx`, beside the settings' React context) gives components `play(name)`,
 * silent while the `sound` setting is off.
 */

export type SoundName = 'click' | 'endTurn' | 'quarterResolved' | 'warning'

export const SOUND_NAMES: readonly SoundName[] = ['click', 'endTurn', 'quarterResolved', 'warning']

/** One note of a sound: an oscillator with a short attack and an exponential decay. */
export interface Note {
  /** Seconds after the sound starts. */
  at: number
  /** Seconds from start to silence. */
  duration: number
  /** Hz at the start, and (optionally) glided to by the end. */
  frequency: number
  glideTo?: number
  wave: OscillatorType
  /** Peak gain, 0–1 (kept low: these sit under everything else). */
  gain: number
}

/** The recipes. Quiet, short and pitched so that each tells its meaning apart. */
export const SOUND_RECIPES: Readonly<Record<SoundName, readonly Note[]>> = {
  // A soft tick: a high triangle falling a fifth in 60 ms.
  click: [{ at: 0, duration: 0.06, frequency: 1320, glideTo: 880, wave: 'triangle', gain: 0.08 }],
  // Two rising notes: a turn handed over.
  endTurn: [
    { at: 0, duration: 0.14, frequency: 440, wave: 'triangle', gain: 0.12 },
    { at: 0.1, duration: 0.22, frequency: 660, wave: 'triangle', gain: 0.12 },
  ],
  // A C-major arpeggio chime: news has arrived.
  quarterResolved: [
    { at: 0, duration: 0.5, frequency: 523.25, wave: 'sine', gain: 0.12 },
    { at: 0.09, duration: 0.5, frequency: 659.25, wave: 'sine', gain: 0.1 },
    { at: 0.18, duration: 0.7, frequency: 783.99, wave: 'sine', gain: 0.1 },
  ],
  // Two falling low notes with some edge: something needs attention.
  warning: [
    { at: 0, duration: 0.18, frequency: 330, wave: 'sawtooth', gain: 0.06 },
    { at: 0.2, duration: 0.26, frequency: 247, wave: 'sawtooth', gain: 0.06 },
  ],
}

/** Seconds from a sound's start until its last note is silent. */
export function soundLength(name: SoundName): number {
  return Math.max(...SOUND_RECIPES[name].map((n) => n.at + n.duration))
}

/** The part of the WebAudio API a sound needs (an AudioContext, or a test's stand-in). */
export type SoundContext = Pick<BaseAudioContext, 'currentTime' | 'destination' | 'createOscillator' | 'createGain'>

const ATTACK = 0.005
/** Exponential ramps cannot reach 0. */
const SILENT = 0.0001

/** Schedules a sound on `ctx`, starting now. */
export function playSound(ctx: SoundContext, name: SoundName): void {
  const now = ctx.currentTime
  for (const note of SOUND_RECIPES[name]) {
    const start = now + note.at
    const end = start + note.duration
    const osc = ctx.createOscillator()
    osc.type = note.wave
    osc.frequency.setValueAtTime(note.frequency, start)
    if (note.glideTo !== undefined) osc.frequency.exponentialRampToValueAtTime(note.glideTo, end)
    const amp = ctx.createGain()
    amp.gain.setValueAtTime(SILENT, start)
    amp.gain.exponentialRampToValueAtTime(note.gain, start + ATTACK)
    amp.gain.exponentialRampToValueAtTime(SILENT, end)
    osc.connect(amp)
    amp.connect(ctx.destination)
    osc.start(start)
    osc.stop(end + 0.02)
  }
}

let shared: AudioContext | null | undefined

/** One AudioContext for the page, made on first use (after a user gesture, as browsers ask), or null without WebAudio. */
export function sharedAudioContext(): AudioContext | null {
  if (shared !== undefined) return shared
  const Ctor = typeof window === 'undefined' ? undefined : window.AudioContext
  try {
    shared = Ctor === undefined ? null : new Ctor()
  } catch {
    shared = null
  }
  return shared
}

/** Plays a sound on the page's AudioContext when `enabled`; otherwise (or without WebAudio) does nothing. */
export function playIfEnabled(enabled: boolean, name: SoundName): void {
  if (!enabled) return
  const ctx = sharedAudioContext()
  if (ctx === null) return
  if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined)
  playSound(ctx, name)
}
