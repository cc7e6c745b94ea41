/** The preload exposes exactly the contract's calls, frozen, and no ipcRenderer. */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CALL_NAMES, channelFor } from '../../../app/protocol'

const exposed = new Map<string, unknown>()
const invoke = vi.fn(async (channel: string, request: unknown) => ({ channel, request }))
const ipcRenderer = { invoke, send: vi.fn(), on: vi.fn(), sendSync: vi.fn() }

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void exposed.set(key, api) },
  ipcRenderer,
}))

beforeAll(async () => {
  await import('../../../app/preload/index')
})

describe('preload', () => {
  it('exposes one object, window.game, and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['game'])
  })

  it('has exactly one function per contract call, frozen', () => {
    const game = exposed.get('game') as Record<string, unknown>
    expect(Object.keys(game).sort()).toEqual([...CALL_NAMES].sort())
    expect(Object.isFrozen(game)).toBe(true)
    for (const name of CALL_NAMES) expect(typeof game[name]).toBe('function')
  })

  it('invokes each call on its own channel with the request only', async () => {
    const game = exposed.get('game') as Record<string, (...args: unknown[]) => Promise<unknown>>
    for (const name of CALL_NAMES) {
      invoke.mockClear()
      await expect(game[name]?.({ a: 1 }, 'extra', () => 0)).resolves.toEqual({ channel: channelFor(name), request: { a: 1 } })
      expect(invoke).toHaveBeenCalledWith(channelFor(name), { a: 1 })
    }
  })

  it('never hands the page ipcRenderer or its methods', () => {
    const game = exposed.get('game') as Record<string, unknown>
    for (const value of Object.values(game)) {
      expect([ipcRenderer, ipcRenderer.invoke, ipcRenderer.send, ipcRenderer.on, ipcRenderer.sendSync]).not.toContain(value)
    }
    expect(ipcRenderer.send).not.toHaveBeenCalled()
    expect(ipcRenderer.on).not.toHaveBeenCalled()
  })
})
