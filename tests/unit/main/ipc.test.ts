import { describe, expect, it } from 'vitest'
import { CALL_NAMES, channelFor } from '../../../app/protocol'
import { createSessionHost } from '../../../app/host'
import { APP_ORIGIN, isTrustedSender, registerIpcHandlers } from '../../../app/main/ipc'
import type { IpcMainLike, IpcSenderEvent } from '../../../app/main/ipc'
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

describe('isTrustedSender', () => {
  it('accepts only the listed origins', () => {
    expect(isTrustedSender(fromOurPage, [APP_ORIGIN])).toBe(true)
    expect(isTrustedSender({ senderFrame: { url: 'not a url', parent: null } }, [APP_ORIGIN])).toBe(false)
    expect(isTrustedSender({ senderFrame: { url: 'http://127.0.0.1:5173/', parent: null } }, [APP_ORIGIN])).toBe(false)
  })
})
