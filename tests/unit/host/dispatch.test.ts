import { describe, expect, it } from 'vitest'
import { createSessionHost, dispatchCall } from '../../../app/host'
import type { CallHandlers } from '../../../app/host'
import { engineInfo } from '../../../app/engine'

describe('dispatchCall', () => {
  const handlers = createSessionHost()

  it('answers getEngineInfo with the engine answer', async () => {
    await expect(dispatchCall(handlers, 'getEngineInfo', {})).resolves.toEqual({ ok: true, value: engineInfo() })
  })

  it('refuses an unknown call by name', async () => {
    const result = await dispatchCall(handlers, 'deleteEverything', {})
    expect(result).toMatchObject({ ok: false, code: 'request/unknown_call' })
  })

  it('refuses a request with extra fields and says where', async () => {
    const result = await dispatchCall(handlers, 'getEngineInfo', { sneaky: 1 })
    expect(result).toMatchObject({ ok: false, code: 'request/invalid' })
    if (!result.ok) expect(result.message).toContain('getEngineInfo')
  })

  it('refuses a request of the wrong type', async () => {
    await expect(dispatchCall(handlers, 'getEngineInfo', 'hello')).resolves.toMatchObject({ ok: false, code: 'request/invalid' })
  })

  it('turns a throwing handler into an error value', async () => {
    const broken = {
      getEngineInfo: () => {
        throw new Error('boom')
      },
    } as unknown as CallHandlers
    await expect(dispatchCall(broken, 'getEngineInfo', {})).resolves.toMatchObject({
      ok: false,
      code: 'internal/error',
      message: 'getEngineInfo failed: boom',
    })
  })

  it('refuses to pass on an answer outside the contract', async () => {
    const wrong = { getEngineInfo: () => ({ name: '', version: 'x', build: '' }) } as unknown as CallHandlers
    await expect(dispatchCall(wrong, 'getEngineInfo', {})).resolves.toMatchObject({ ok: false, code: 'internal/error' })
  })
})
