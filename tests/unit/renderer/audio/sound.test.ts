import { describe, expect, it } from 'vitest'
import { playIfEnabled, playSound, SOUND_NAMES, SOUND_RECIPES, soundLength, type SoundContext } from '../../../../renderer/src/audio/sound'

/** A stand-in AudioContext that records what a sound schedules. */
function fakeContext(): { ctx: SoundContext; oscillators: { type: string; started: number; stopped: number; frequencies: number[] }[]; peaks: number[] } {
  const oscillators: { type: string; started: number; stopped: number; frequencies: number[] }[] = []
  const peaks: number[] = []
  const param = (record: (v: number) => void): AudioParam => ({ setValueAtTime: (v: number) => record(v), exponentialRampToValueAtTime: (v: number) => record(v) }) as unknown as AudioParam
  const ctx = {
    currentTime: 10,
    destination: {} as AudioDestinationNode,
    createOscillator: () => {
      const osc = { type: 'sine', started: -1, stopped: -1, frequencies: [] as number[] }
      oscillators.push(osc)
      return {
        set type(v: string) {
          osc.type = v
        },
        frequency: param((v) => osc.frequencies.push(v)),
        connect: () => undefined,
        start: (at: number) => (osc.started = at),
        stop: (at: number) => (osc.stopped = at),
      } as unknown as OscillatorNode
    },
    createGain: () => ({ gain: param((v) => peaks.push(v)), connect: () => undefined }) as unknown as GainNode,
  }
  return { ctx, oscillators, peaks }
}

describe('UI sounds', () => {
  it('has a short, quiet recipe for each sound', () => {
    for (const name of SOUND_NAMES) {
      const notes = SOUND_RECIPES[name]
      expect(notes.length).toBeGreaterThan(0)
      for (const n of notes) {
        expect(n.duration).toBeGreaterThan(0)
        expect(n.frequency).toBeGreaterThan(20)
        expect(n.gain).toBeGreaterThan(0)
        expect(n.gain).toBeLessThanOrEqual(0.2)
      }
      expect(soundLength(name)).toBeLessThan(1)
    }
  })

  it('schedules one oscillator per note from the current time, each stopped after it ends', () => {
    const { ctx, oscillators, peaks } = fakeContext()
    playSound(ctx, 'quarterResolved')
    const notes = SOUND_RECIPES.quarterResolved
    expect(oscillators).toHaveLength(notes.length)
    oscillators.forEach((osc, i) => {
      const note = notes[i]!
      expect(osc.started).toBeCloseTo(10 + note.at, 9)
      expect(osc.stopped).toBeGreaterThan(10 + note.at + note.duration)
      expect(osc.type).toBe(note.wave)
      expect(osc.frequencies[0]).toBe(note.frequency)
    })
    // Every envelope rises to its note's gain and ends near silence (exponential ramps cannot reach 0).
    expect(Math.max(...peaks)).toBe(Math.max(...notes.map((n) => n.gain)))
    expect(peaks.every((p) => p > 0)).toBe(true)
  })

  it('plays nothing while sound is off (and needs no AudioContext for it)', () => {
    expect(() => playIfEnabled(false, 'click')).not.toThrow()
  })
})
