/**
 * The debrief in words: what the host sends as ids, codes and quarter indices reads as before
 * the words left the host (orders in one line, results, causes, the facilitator's moves, key
 * moments, the game beside history, real figures, warnings), through the `debrief.*` keys.
 */
import { describe, expect, it } from 'vitest'
import type { DebriefKeyMoment, DebriefRealityCheck } from '../../../../app/protocol'
import { createGame } from '../../../../app/engine'
import { GameSession, type SeatSetup } from '../../../../app/host'
import { cardShareText, causeText, figureWords, inGameText, interventionText, KNOWN_PARAM_KEYS, momentWords, orderText, reasonText, resultText, warningText } from '../../../../renderer/src/screens/debrief/debrief-words'
import { playerText } from '../../../../renderer/src/screens/debrief/DebriefDocument'
import { buildDebrief } from '../../../../app/host/debrief'
import { baseRules, debriefOf, GENERATED, namesOf, playSteps, textsOf, type Step } from './support'

const texts = textsOf(baseRules)

describe('the debrief in words', () => {
  it('words every seat’s orders in one line, with what came of them, and money by cause', () => {
    const d = debriefOf([
      {
        orders: {
          usa: [{ kind: 'enact-policy', policy: 'hbm-control' }],
          nvidia: [
            { kind: 'set-chip-price', chip: 'h100', priceUsd: 30000 },
            { kind: 'book-production', chip: 'h100', wafersPerQuarter: 5000 },
            { kind: 'buy-chips', chip: 'h20', units: 5000, maxPriceUsd: 20000, grey: true },
          ],
        },
      },
      { orders: { huawei: [{ kind: 'invest-ecosystem', amountBn: 1.5 }, { kind: 'start-program', node: 'smic-n-plus-2', dieMm2: 600, target: { bf16Tflops: 800 }, hbm: 'hbm3', hbmStacks: 8, budgetBnPerQuarter: 2 }] } },
    ])
    const n = namesOf(d)
    const seat = (q: number, faction: string) => d.quarters[q]!.seats.find((s) => s.faction === faction)!
    const usa = seat(0, 'usa').orders[0]!
    expect(orderText(n, usa)).toBe(`${texts['order.enact-policy.name']}: ${texts['policy.hbm-control.name']}`)
    expect(resultText(n, usa.result!)).toBe('in force')
    const nvidia = seat(0, 'nvidia').orders
    expect(nvidia.map((o) => orderText(n, o))).toEqual([
      `${texts['order.set-chip-price.name']}: ${texts['chip.h100.name']}, at $30,000`,
      `${texts['order.book-production.name']}: ${texts['chip.h100.name']}, 5,000 wafers a quarter`,
      `${texts['order.buy-chips.name']}: 5,000 × ${texts['chip.h20.name']}, up to $20,000 each, on the grey market`,
    ])
    expect(resultText(n, nvidia[1]!.result!)).toMatch(/^made [\d,]+|nothing made/)
    const huawei = seat(1, 'huawei').orders
    expect(orderText(n, huawei[0]!)).toBe(`${texts['order.invest-ecosystem.name']}: $1.5bn`)
    expect(orderText(n, huawei[1]!)).toBe(`${texts['order.start-program.name']}: on ${texts['node.smic-n-plus-2.name'] ?? 'smic-n-plus-2'}, 600 mm² die, aiming at 800 TFLOPS BF16, ${texts['hbm.hbm3.name'] ?? 'hbm3'} × 8, $2bn a quarter`)
    expect(causeText(n, 'market:chip-sales')).toBe('Chip sales')
    expect(causeText(n, 'finance:datacenter-opex')).toBe('Data-centre running costs')
    expect(causeText(n, 'market:something-new')).toBe('Market: something new')
    expect(causeText(n, `policy:hbm-control`)).toBe(`Policy: ${texts['policy.hbm-control.name']}`)
    expect(causeText(n, 'order:book-production')).toBe(texts['order.book-production.name'])
    expect(n.name('objective', 'crisis')).toBe('Crisis penalty')
  })

  it('words refused and unreadable orders', () => {
    const d = debriefOf([{ orders: { usa: [{ kind: 'enact-policy', policy: 'oct-2023-chip-rule' }, 'not an order'], nvidia: 'not a list' } }])
    const n = namesOf(d)
    const usa = d.quarters[0]!.seats.find((s) => s.faction === 'usa')!.orders
    expect(orderText(n, usa[0]!)).toBe(`${texts['order.enact-policy.name']}: ${texts['policy.oct-2023-chip-rule.name']}`)
    expect(orderText(n, usa[1]!)).toBe('Unreadable order')
    expect(orderText(n, d.quarters[0]!.seats.find((s) => s.faction === 'nvidia')!.orders[0]!)).toBe('The orders were not a list')
  })

  it('words the facilitator’s moves, the key moments and the end', () => {
    const steps: Step[] = [{ orders: { usa: [{ kind: 'enact-policy', policy: 'hbm-control' }] } }, { interventions: [{ kind: 'adjust-tension', delta: 45 }, { kind: 'inject-event', event: 'deepseek-moment' }] }, {}, {}, { stopped: true }]
    const d = debriefOf(steps)
    const n = namesOf(d)
    const [up, inject] = d.quarters[1]!.interventions
    expect(interventionText(n, up!)).toBe('The facilitator moved tension up by 45')
    expect(interventionText(n, inject!)).toBe(`The facilitator injected the event "${texts['event.deepseek-moment.name']}"`)
    expect(interventionText(n, { kind: 'adjust-tension', event: null, delta: -10, failed: null })).toBe('The facilitator moved tension down by 10')
    const words = (kind: DebriefKeyMoment['kind']) => d.keyMoments.filter((m) => m.kind === kind).map((m) => momentWords(n, m, d.outcome))
    expect(words('control')[0]).toEqual({ title: `Control imposed: ${texts['policy.hbm-control.name']}`, detail: expect.stringMatching(/^Models .+ \(real date 2024-12-02\)\.$/), cause: texts['faction.usa.name'] })
    expect(words('tension-high')[0]?.title).toMatch(/^Tension reached \d+$/)
    expect(words('tension-high')[0]?.cause).toMatch(/^The facilitator \(\+\d+/)
    expect(words('domestic-volume')[0]?.title).toMatch(/^First new Chinese chip at volume: /)
    expect(words('domestic-volume')[0]?.detail).toContain('Already at volume when the game began')
    expect(words('intervention')[0]).toEqual({ title: 'The facilitator moved tension up by 45', detail: expect.stringMatching(/^Tension \d+ → \d+\.$/), cause: 'The facilitator' })
    expect(reasonText(n, d.outcome)).toBe('The facilitator ended the game early, in 2024 Q4')
    expect(words('stopped')[0]).toMatchObject({ title: 'The facilitator ended the game early, in 2024 Q4', cause: 'The facilitator' })
  })

  it('words a crisis, a game still running, and who played each seat', () => {
    const crisis = debriefOf([{}, { interventions: [{ kind: 'adjust-tension', delta: 80 }] }])
    const n = namesOf(crisis)
    expect(reasonText(n, crisis.outcome)).toBe('Crisis: tension reached 100 in 2024 Q1')
    expect(momentWords(n, crisis.keyMoments.at(-1)!, crisis.outcome).cause).toBe('Tension')
    expect(reasonText(n, { ...crisis.outcome, crisisBy: 'event' })).toBe('Crisis: an event ended the game in 2024 Q1')
    const running = debriefOf([])
    expect(reasonText(namesOf(running), running.outcome)).toBe('Game still running (exported at 2023 Q4)')
    expect(crisis.seats.map((s) => playerText(n, s))).toEqual(['Ana & Ben', 'AI (hard)', 'Chloé', 'AI (easy)'])
  })

  it('words the game beside history: how far from reality, never enacted, injected', () => {
    const d = debriefOf([{ orders: { usa: [{ kind: 'enact-policy', policy: 'hbm-control' }] } }, { interventions: [{ kind: 'inject-event', event: 'deepseek-moment' }] }])
    const n = namesOf(d)
    const item = (id: string) => d.history.items.find((i) => i.id === id)!
    expect(inGameText(n, item('hbm-control'))).toBe(`Enacted 2023 Q4 by ${texts['faction.usa.name']} (4 quarters earlier than in reality).`)
    expect(inGameText(n, item('ai-diffusion-rule'))).toBe('Never enacted in this game.')
    expect(inGameText(n, item('deepseek-moment'))).toMatch(/^Happened in 2024 Q1 \(injected by the facilitator\)/)
  })

  it("words China's card figures for 2025 when played, else for the last year played, and nothing without them", () => {
    const n = namesOf(debriefOf([]))
    expect(cardShareText(n, { year: 2025, quarters: 2, units: 1_000_000, domestic: 410_000 })).toBe('In 2025 (2 of 4 quarters played), 41% of the 1.0 million accelerator cards China bought were domestic; ')
    expect(cardShareText(n, { year: 2024, quarters: 4, units: 100_000, domestic: 10_000 })).toBe('In 2024, 10% of the 100 thousand accelerator cards China bought were domestic; ')
    expect(cardShareText(n, { year: 2024, quarters: 1, units: 0, domestic: 0 })).toBe('In 2024 (1 of 4 quarters played), China bought no accelerator cards; ')
    expect(cardShareText(n, null)).toBe('')
  })

  it('words the real figures beside the game’s', () => {
    const d = debriefOf([{}, {}])
    const n = namesOf(d)
    const share = figureWords(n, d.history.figures.find((f) => f.id === 'china-domestic-share')!)
    expect(share.real).toContain('41%')
    expect(share.game).toMatch(/^In 2024 \(1 of 4 quarters played\), /)
    const huawei: DebriefRealityCheck = { id: 'huawei-output', faction: 'huawei', ascend: true, idc: true, year2024: { units: 1234, quarters: 1 }, year2025: { units: 5678, quarters: 4 }, sources: [] }
    expect(figureWords(n, huawei).game).toBe(`${texts['faction.huawei.name']} produced 1,234 chips in the quarter of 2024 played and 5,678 in 2025.`)
    expect(figureWords(n, { id: 'nvidia-revenue', faction: 'nvidia', totalBn: 12.34, quarters: 3, sources: [] }).game).toBe('$12.3bn in the 3 quarters of 2024 played.')
  })

  it('words the warnings a teacher must read first', () => {
    const game = playSteps([{}, {}])
    const broken = [...game.orderLog.map((e, i) => (i === 1 ? { ...e, stateHash: 'ffff' } : e)), { quarter: '2024 Q2', orders: {}, stateHash: 'x', interventions: [{ kind: 'inject-event' as const, event: 'no-such-event' }] }]
    const d = buildDebrief({ scenarioId: 'classroom', seed: 3, seats: game.seats, orderLog: broken, finalState: game.finalState, generatedAt: GENERATED })
    const n = namesOf(d)
    const words = d.warnings.map((w) => warningText(n, w))
    expect(words[0]).toMatch(/^The re-simulation differs from the recorded game from 2024 Q1 on \(state [0-9a-f]+, the log recorded ffff\)/)
    expect(words[1]).toMatch(/^Re-simulating 2024 Q2 failed \(.*event.*\); the debrief stops there/)
  })

  it('words every parameter and order kind of a whole game the AI plays on every seat', () => {
    const scenario = baseRules.scenarios.classroom!
    const seats: SeatSetup[] = scenario.seats.map((faction) => ({ faction, controller: 'ai', name: faction, difficulty: 'hard' }))
    const created = createGame(baseRules, { scenarioId: 'classroom', seats: scenario.seats, seed: 11 })
    if (!created.ok) throw new Error(created.message)
    const session = GameSession.restore({ rules: baseRules, data: [], scenarioId: 'classroom', seed: 11, seats }, created.state, [])
    while (session.state.over === null) session.resolve()
    const d = buildDebrief({ scenarioId: 'classroom', seed: 11, seats, orderLog: session.orderLog, finalState: session.state, generatedAt: GENERATED })
    const n = namesOf(d)
    const orders = d.quarters.flatMap((q) => q.seats.flatMap((s) => s.orders))
    expect(orders.length).toBeGreaterThan(50)
    expect(new Set(orders.map((o) => o.kind)).size).toBeGreaterThan(5)
    const unknownKeys = orders.flatMap((o) => o.params.filter((p) => p.raw !== true && !KNOWN_PARAM_KEYS.includes(p.key)).map((p) => `${o.kind}.${p.key}`))
    expect(unknownKeys).toEqual([])
    // Every order kind has its name in the data, and no line shows a raw key or an empty value.
    for (const order of orders) {
      expect(n.order(order.kind), String(order.kind)).toBe(texts[`order.${order.kind ?? ''}.name`])
      expect(orderText(n, order)).not.toMatch(/undefined|null|NaN|, ,|: $/)
    }
    for (const moment of d.keyMoments) expect(Object.values(momentWords(n, moment, d.outcome)).join(' ')).not.toMatch(/undefined|NaN/)
  })
})
