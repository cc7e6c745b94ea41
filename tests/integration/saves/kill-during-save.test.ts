/**
 * Acceptance: a process killed (SIGKILL) at random points during 200 saves never leaves a
 * save that loads to anything but the old or the new state. A child process saves in a
 * loop; the parent kills it after a seeded random number of completed saves plus a
 * random delay of up to about two saves, then checks the file.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { decodeSave } from '../../../app/host/saves/save-codec'
import { createSaveStore } from '../../../app/host/saves/save-store'
import { mulberry32, sampleInput, sampleState, testHashState } from '../../fixtures/saves/sample'

const ROOT = path.resolve(__dirname, '../../..')
const CHILD = path.join(__dirname, 'support', 'save-loop.ts')
const TOTAL_SAVES = 200
const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-kill-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Round {
  confirmed: number[]
  signal: NodeJS.Signals | null
  stderr: string
}

/** Runs the child from `first`, kills it once `after` saves are confirmed plus `delayMs`. */
function runRound(first: number, after: number, delayMs: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, String(first)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    const confirmed: number[] = []
    let stderr = ''
    let buffered = ''
    let killing = false
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        const match = /^saved (\d+)$/.exec(line)
        if (match) confirmed.push(Number(match[1]))
        const started = line === 'ready' && after === 0
        if (!killing && (started || confirmed.length >= after)) {
          killing = true
          setTimeout(() => child.kill('SIGKILL'), delayMs)
        }
      }
    })
    child.on('error', reject)
    child.on('close', (_code, signal) => resolve({ confirmed, signal, stderr }))
  })
}

describe('saving while being killed', () => {
  it('leaves the old or the new state after each of many SIGKILLs during 200 saves', async () => {
    const rand = mulberry32(20261129)
    const store = createSaveStore({ dir, hashState: testHashState })
    expect((await store.save('game', sampleInput(sampleState(0, 30, 0)))).ok).toBe(true)
    let last = 0
    let saves = 0
    let rounds = 0
    const outcomes = { old: 0, new: 0 }
    while (saves < TOTAL_SAVES) {
      const after = Math.floor(rand() * 21)
      // A save takes a few ms (two fsyncs), so this lands anywhere inside the next one.
      const delayMs = rand() * 12
      const round = await runRound(last + 1, after, delayMs)
      rounds++
      expect(round.stderr).toBe('')
      expect(round.signal).toBe('SIGKILL')
      const confirmedLast = round.confirmed.at(-1) ?? last
      saves += round.confirmed.length
      const decoded = decodeSave(readFileSync(path.join(dir, 'game.scsave')), { hashState: testHashState })
      if (!decoded.ok) throw new Error(`round ${rounds}: ${decoded.code}: ${decoded.message}`)
      const marker = (decoded.save.state as { marker: number }).marker
      // Old: the last save the child reported. New: the one it was writing when killed.
      expect([confirmedLast, confirmedLast + 1], `round ${rounds}`).toContain(marker)
      expect(decoded.save.state).toEqual(sampleState(marker, marker % 2 === 0 ? 30 : 37, marker))
      if (marker === confirmedLast) outcomes.old++
      else outcomes.new++
      last = marker
    }
    // Crashes may leave temp files; they are never taken for saves, and get cleaned up.
    await store.removeStaleTempFiles()
    expect(readdirSync(dir)).toEqual(['game.scsave'])
    console.log(`kill test: ${saves} saves, ${rounds} kills, file held the old state ${outcomes.old}×, the new ${outcomes.new}×`)
    expect(saves).toBeGreaterThanOrEqual(TOTAL_SAVES)
  })
})
