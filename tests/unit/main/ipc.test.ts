import path from 'node:path'
import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { CALL_NAMES, channelFor, eventChannelFor } from '../../../app/protocol'
import { createGameHost, createSessionHost } from '../../../app/host'
import { APP_ORIGIN, isTrustedSender, registerIpcHandlers } from '../../../app/main/ipc'
import type { IpcMainLike, IpcSender, IpcSenderEvent } from '../../../app/main/ipc'
import { engineInfo } from '../../../app/engine'

/** A fake ipcMain that records handlers and lets a test invoke them like a renderer would. */
function fakeIpcMain(): IpcMainLike & { invoke(channel: string, event: IpcSenderEvent, payload: unknown): Promise<unknown>; channels(): string[] } {
  const handlers = new Map<string, (event: IpcSenderEvent, payload: unknown) => unknown>()
  return {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`)
      handlers.set(channel, listener)
    },
    removeHandler: (channel) => void handlers.delete(channel),
    invoke: async (channel, event, payload) => {
      const handler = handlers.get(channel)
      if (!handler) throw new Error(`No handler registered for '${channel}'`)
      return handler(event, payload)
    },
    channels: () => [...handlers.keys()],
  }
}

const fromOurPage: IpcSenderEvent = { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null } }

describe('registerIpcHandlers', () => {
  it('registers one channel per contract call', () => {
    const ipc = fakeIpcMain()
    registerIpcHandlers(ipc, createSessionHost())
    expect(ipc.channels().sort()).toEqual(CALL_NAMES.map(channelFor).sort())
  })

  it('answers getEngineInfo from our page through the host', async () => {
    const ipc = fakeIpcMain()
    registerIpcHandlers(ipc, createSessionHost())
    await expect(ipc.invoke(channelFor('getEngineInfo'), fromOurPage, {})).resolves.toEqual({ ok: true, value: engineInfo() })
  })

  it('refuses a message from another origin or from a subframe', async () => {
    const ipc = fakeIpcMain()
    registerIpcHandlers(ipc, createSessionHost())
    const elsewhere: IpcSenderEvent = { senderFrame: { url: 'https://evil.example/', parent: null } }
    const subframe: IpcSenderEvent = { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: {} } }
    for (const event of [elsewhere, subframe, { senderFrame: null }]) {
      await expect(ipc.invoke(channelFor('getEngineInfo'), event, {})).resolves.toMatchObject({ ok: false, code: 'ipc/untrusted_sender' })
    }
  })

  it('removes every handler it added', () => {
    const ipc = fakeIpcMain()
    registerIpcHandlers(ipc, createSessionHost())()
    expect(ipc.channels()).toEqual([])
  })
})

/** A fake web contents: records what main sends it and can be destroyed. */
class FakeSender extends EventEmitter implements IpcSender {
  sent: [string, unknown][] = []
  destroyed = false
  constructor(readonly id: number) {
    super()
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload])
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
}

describe('registerIpcHandlers with a game host', () => {
  const FIXTURE = path.resolve(__dirname, '../../fixtures/rules')
  const seats = [
    { faction: 'nvidia', controller: 'human', name: 'Ana' },
    { faction: 'huawei', controller: 'human', name: 'Bo' },
    { faction: 'usa', controller: 'ai', name: 'AI' },
  ]

  it('keeps one connection per window: a claimed seat holds across calls, and another window cannot act for it', async () => {
    const ipc = fakeIpcMain()
    registerIpcHandlers(ipc, createGameHost({ dataDir: FIXTURE }))
    const one = new FakeSender(1)
    const two = new FakeSender(2)
    const from = (sender: FakeSender): IpcSenderEvent => ({ ...fromOurPage, sender })
    await expect(ipc.invoke(channelFor('newGame'), from(one), { scenarioId: 'fixture-short', seed: 1, seats })).resolves.toMatchObject({ ok: true })
    await expect(ipc.invoke(channelFor('claimSeat'), from(one), { seat: 'nvidia' })).resolves.toMatchObject({ ok: true })
    await expect(ipc.invoke(channelFor('getView'), from(one), { seat: 'nvidia' })).resolves.toMatchObject({ ok: true })
    await expect(ipc.invoke(channelFor('getView'), from(two), { seat: 'nvidia' })).resolves.toMatchObject({ ok: false, code: 'seat/not_yours' })
  })

  it("sends each window its own seat's quarter on its event channel, and forgets a destroyed window", async () => {
    const ipc = fakeIpcMain()
    const host = createGameHost({ dataDir: FIXTURE })
    registerIpcHandlers(ipc, host)
    const one = new FakeSender(1)
    const two = new FakeSender(2)
    const from = (sender: FakeSender): IpcSenderEvent => ({ ...fromOurPage, sender })
    await ipc.invoke(channelFor('newGame'), from(one), { scenarioId: 'fixture-short', seed: 1, seats })
    await ipc.invoke(channelFor('claimSeat'), from(one), { seat: 'nvidia' })
    await ipc.invoke(channelFor('claimSeat'), from(two), { seat: 'huawei' })
    await ipc.invoke(channelFor('endTurn'), from(one), { seat: 'nvidia' })
    await expect(ipc.invoke(channelFor('endTurn'), from(two), { seat: 'huawei' })).resolves.toMatchObject({ ok: true })
    const quarters = (sender: FakeSender) => sender.sent.filter(([channel]) => channel === eventChannelFor('quarterResolved')).map(([, p]) => (p as { seat: string }).seat)
    expect(quarters(one)).toEqual(['nvidia'])
    expect(quarters(two)).toEqual(['huawei'])
    two.destroyed = true
    two.emit('destroyed')
    host.menuCommand('save')
    expect(one.sent.at(-1)).toEqual([eventChannelFor('menuCommand'), { command: 'save' }])
    expect(two.sent.some(([channel]) => channel === eventChannelFor('menuCommand'))).toBe(false)
  })
})

describe('isTrustedSender', () => {
  it('accepts only the listed origins', () => {
    expect(isTrustedSender(fromOurPage, [APP_ORIGIN])).toBe(true)
    expect(isTrustedSender({ senderFrame: { url: 'not a url', parent: null } }, [APP_ORIGIN])).toBe(false)
    expect(isTrustedSender({ senderFrame: { url: 'http://127.0.0.1:5173/', parent: null } }, [APP_ORIGIN])).toBe(false)
  })
})
