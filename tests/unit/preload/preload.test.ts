/** The preload exposes exactly the contract's calls, frozen, and no ipcRenderer. */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CALL_NAMES, EVENT_NAMES, channelFor, eventChannelFor } from '../../../app/protocol'

const exposed = new Map<string, unknown>()
const invoke = vi.fn(async (channel: string, request: unknown) => ({ channel, request }))
const ipcRenderer = { invoke, send: vi.fn(), on: vi.fn(), removeListener: vi.fn(), sendSync: vi.fn() }

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

  it('has exactly one function per contract call and `on`, frozen', () => {
    const game = exposed.get('game') as Record<string, unknown>
    expect(Object.keys(game).sort()).toEqual([...CALL_NAMES, 'on'].sort())
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

  it('forwards only the payload of a contract event, and unsubscribes', () => {
    const game = exposed.get('game') as { on: (event: string, listener: (payload: unknown) => void) => () => void }
    const heard: unknown[] = []
    const off = game.on(EVENT_NAMES[0], (payload) => heard.push(payload))
    const [channel, forward] = ipcRenderer.on.mock.calls.at(-1) as [string, (event: unknown, payload: unknown) => void]
    expect(channel).toBe(eventChannelFor(EVENT_NAMES[0]))
    forward({ sender: 'the IPC event object must not reach the page' }, { quarter: 3 })
    expect(heard).toEqual([{ quarter: 3 }])
    off()
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(channel, forward)
    ipcRenderer.on.mockClear()
  })

  it('refuses an unknown event name or a listener that is not a function', () => {
    const game = exposed.get('game') as { on: (event: unknown, listener: unknown) => unknown }
    expect(() => game.on('ipc-anything', () => 0)).toThrow(TypeError)
    expect(() => game.on(EVENT_NAMES[0], 'not a function')).toThrow(TypeError)
  })

  it('never hands the page ipcRenderer or its methods', () => {
    const game = exposed.get('game') as Record<string, unknown>
    for (const value of Object.values(game)) {
      expect([ipcRenderer, ipcRenderer.invoke, ipcRenderer.send, ipcRenderer.on, ipcRenderer.sendSync]).not.toContain(value)
    }
    expect(ipcRenderer.send).not.toHaveBeenCalled()
  })
})
