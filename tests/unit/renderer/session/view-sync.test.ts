import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createGameHost, dispatchCall, randomAi } from '../../../../app/host'
import type { EventPayloads, QuarterResolved } from '../../../../app/protocol'
import type { SeatView } from '../../../../renderer/src/screens/game/game-types'
import { viewAfter } from '../../../../renderer/src/session/view-sync'

const BASE = path.resolve(__dirname, '../../../../game-data/base')

/** A view as the session keeps it: the body that changes each quarter, and the rules apart. */
function splitView(view: SeatView): { rules: SeatView['rules']; body: Omit<SeatView, 'rules'> } {
  const { rules, ...body } = view
  return { rules, body }
}

describe('viewAfter (quarterResolved over the real host)', () => {
  it("applies the host's patch to the view the screen kept, giving the view getView answers", async () => {
    const host = createGameHost({ dataDir: BASE, ai: randomAi })
    const events: QuarterResolved[] = []
    const connection = host.connect(<E extends keyof EventPayloads>(event: E, payload: EventPayloads[E]) => {
      if (event === 'quarterResolved') events.push(payload as QuarterResolved)
    })
    const call = async <T>(name: string, payload: unknown): Promise<T> => {
      const result = await dispatchCall(host, name, payload, connection)
      if (!result.ok) throw new Error(`${name}: ${result.code} ${result.message}`)
      return result.value as T
    }
    const seats = ['usa', 'prc', 'nvidia', 'tsmc', 'huawei', 'alibaba', 'google', 'smic'].map((faction) => ({
      faction,
      controller: faction === 'alibaba' ? 'human' : 'ai',
      name: faction,
    }))
    await call('newGame', { scenarioId: 'classroom', seed: 7, seats })
    await call('claimSeat', { seat: 'alibaba' })
    const first = splitView(await call<SeatView>('getView', { seat: 'alibaba' }))
    await call('endTurn', { seat: 'alibaba' })
    expect(events).toHaveLength(1)
    const payload = events[0] as QuarterResolved
    expect(payload.viewPatch).toBeDefined()
    const next = viewAfter(first.body, payload)
    const fresh = splitView(await call<SeatView>('getView', { seat: 'alibaba' }))
    expect(next).toEqual(fresh.body)
    expect(next?.quarter).toBe(first.body.quarter + 1)
    // Without a kept view (or with one the patch does not fit) the screen asks again.
    expect(viewAfter(null, payload)).toBeNull()
    expect(viewAfter({ ...first.body, factions: {} } as typeof first.body, { seat: 'alibaba', report: payload.report, viewPatch: [['s', ['factions', 'alibaba', 'public', 'vp'], 1]] })).toBeNull()
    // A whole view is taken as it is.
    expect(viewAfter(null, { seat: 'alibaba', report: payload.report, view: fresh.body })).toBe(fresh.body)
  })
})
