/**
 * One owner for the running game's calls and events: outside the session store
 * (renderer/src/session/session-store.ts) no renderer module makes a session call on a
 * GameApi (`api.getView(…)`, `api.endTurn(…)`…) or listens to `gameStatus`, `gameChanged` or
 * `quarterResolved`; and the in-game screens are given no GameApi at all, except the
 * debrief's export (docs/renderer.md, "The session store").
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SESSION_CALLS, SESSION_EVENTS } from '../../../../renderer/src/session/session-store'

const SRC = path.resolve(__dirname, '../../../../renderer/src')
const STORE = 'session/session-store.ts'

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sources(full)
    return /\.tsx?$/.test(entry.name) ? [path.relative(SRC, full).split(path.sep).join('/')] : []
  })
}

const callPattern = new RegExp(`\\bapi\\??\\.(${SESSION_CALLS.join('|')})\\s*\\(`, 'g')
const eventPattern = new RegExp(`\\.on\\(\\s*['"\`](${SESSION_EVENTS.join('|')})['"\`]`, 'g')
const read = (file: string): string => readFileSync(path.join(SRC, file), 'utf8')

describe('the session store owns the running game’s calls and events', () => {
  const files = sources(SRC)

  it('finds the calls and events where they are made (the patterns work)', () => {
    const store = read(STORE)
    expect(new Set([...store.matchAll(callPattern)].map((m) => m[1])).size).toBeGreaterThanOrEqual(SESSION_CALLS.length - 1)
    expect([...store.matchAll(eventPattern)].map((m) => m[1]).sort()).toEqual([...SESSION_EVENTS].sort())
  })

  it('no other module makes a session call or listens to a session event', () => {
    const strays = files
      .filter((file) => file !== STORE && !file.startsWith('api/'))
      .flatMap((file) => {
        const text = read(file)
        return [...text.matchAll(callPattern), ...text.matchAll(eventPattern)].map((m) => `${file}: ${m[0]}`)
      })
    expect(strays).toEqual([])
  })

  it('the in-game screens hold no GameApi but the debrief’s export', () => {
    // download.ts is the debrief's own; a screen that shows the debrief holds only its DebriefApi (export and texts).
    const inGame = files.filter((file) => (file.startsWith('screens/game/') || file.startsWith('screens/classroom/')) && file !== 'screens/classroom/download.ts')
    expect(inGame.length).toBeGreaterThan(10)
    const withoutImports = (text: string): string => text.replace(/^import\b[\s\S]*?\bfrom\s+['"][^'"]+['"]/gm, '')
    const holders = inGame.filter((file) => /\bGameApi\b/.test(withoutImports(read(file)).replace(/Pick<GameApi, 'exportDebrief'>/g, '')))
    expect(holders).toEqual([])
    // The pattern sees a GameApi where one is held.
    expect(/\bGameApi\b/.test(withoutImports(read('screens/menu/MainMenu.tsx')))).toBe(true)
  })
})
