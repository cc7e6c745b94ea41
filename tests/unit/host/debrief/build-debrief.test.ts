/**
 * The debrief the host builds is data: who played, every seat's orders per quarter with what
 * came of them, the facilitator's moves, key moments, the game beside history, the replay's
 * verdict. Ids, numbers, codes, quarter indices and the data's text keys; never words (the
 * renderer words it: tests/unit/renderer/debrief/).
 */
import { describe, expect, it } from 'vitest'
import { sentencesIn } from '../../../support/sentences'
import { createGame, deserialize, hashState, type GameState, type Source } from '../../../../app/engine'
import { decodeSave, encodeSave, ReplayEntrySchema } from '../../../../app/host/saves'
import { buildDebrief, isChinaMaker, type Debrief } from '../../../../app/host/debrief'
import { cardYear, type GameRecord } from '../../../../app/host/debrief/history'
import { baseRules, playSteps, SEATS, type Step } from './support'

const GENERATED = '2026-11-29T08:00:00.000Z'
/** A quarter index from `2023 Q4`. */
const Q = (label: string): number => Number(label.slice(0, 4)) * 4 + Number(label.slice(-1)) - 1

function debriefOf(steps: readonly Step[], options: Parameters<typeof playSteps>[1] = {}): Debrief {
  const game = playSteps(steps, options)
  return buildDebrief({ scenarioId: 'classroom', seed: options.seed ?? 3, seats: game.seats, orderLog: game.orderLog, finalState: game.finalState, generatedAt: GENERATED })
}

function seatQuarter(d: Debrief, quarter: number, seat: string) {
  const q = d.quarters[quarter]
  const s = q?.seats.find((x) => x.faction === seat)
  if (s === undefined) throw new Error(`no ${seat} in quarter ${quarter}`)
  return s
}

describe('buildDebrief', () => {
  it('gives every seat’s orders per quarter as kinds and parameters, with what came of them', () => {
    const d = debriefOf([
      {
        orders: {
          usa: [{ kind: 'enact-policy', policy: 'hbm-control' }],
          nvidia: [
            { kind: 'set-chip-price', chip: 'h100', priceUsd: 30000 },
            { kind: 'book-production', chip: 'h100', wafersPerQuarter: 5000 },
          ],
        },
      },
      { orders: { huawei: [{ kind: 'invest-ecosystem', amountBn: 1.5 }] } },
    ])
    expect(d.format).toBe('silicon-curtain/debrief')
    expect(d.version).toBe(2)
    expect(d.quarters.map((q) => q.index)).toEqual([Q('2023 Q4'), Q('2024 Q1')])

    const usa = seatQuarter(d, 0, 'usa')
    expect(usa.orders).toEqual([{ index: 0, kind: 'enact-policy', params: [{ key: 'policy', value: 'hbm-control' }], status: 'accepted', refusal: null, result: { code: 'in-force' } }])
    const nvidia = seatQuarter(d, 0, 'nvidia')
    expect(nvidia.orders.map((o) => o.params)).toEqual([
      [
        { key: 'chip', value: 'h100' },
        { key: 'priceUsd', value: 30000 },
      ],
      [
        { key: 'chip', value: 'h100' },
        { key: 'wafersPerQuarter', value: 5000 },
      ],
    ])
    expect(nvidia.orders[1]?.result?.code).toMatch(/^(made|nothing-made)$/)
    // What came of it: money by cause, VP by objective, production and sales.
    expect(nvidia.cash.byCause.length).toBeGreaterThan(0)
    expect(nvidia.cash.netBn).toBeCloseTo(nvidia.cash.inBn - nvidia.cash.outBn, 2)
    expect(nvidia.cash.byCause.some((c) => c.cause === 'market:chip-sales')).toBe(true)
    expect(nvidia.vp.map((v) => v.objective)).toEqual(['nvidia-chip-revenue', 'reputation'])
    expect(nvidia.production.some((p) => p.chip === 'h100' && p.units > 0)).toBe(true)
    expect(nvidia.sales.some((s) => s.units > 0 && s.revenueBn > 0)).toBe(true)
    expect(seatQuarter(d, 1, 'huawei').orders[0]?.params).toEqual([{ key: 'spendBn', value: 1.5 }])
    // Seats without orders still appear, with none.
    expect(seatQuarter(d, 1, 'usa').orders).toEqual([])
    // Policies enacted, marked as controls.
    expect(d.quarters[0]?.policies).toContainEqual(expect.objectContaining({ policy: 'hbm-control', change: 'enacted', by: 'usa', control: true }))
    // The text keys of what it names, for the renderer.
    expect(d.texts.names.faction.usa).toBe(baseRules.factions.usa?.name)
    expect(d.texts.names.chip.h100).toBe(baseRules.chips.h100?.name)
    expect(d.texts.names.policy['hbm-control']).toBe(baseRules.policies['hbm-control']?.name)
    expect(d.texts.names.faction.tsmc ?? d.texts.names.faction.smic).toBeDefined()
  })

  it('carries refusals with their codes and reasons', () => {
    const d = debriefOf([
      {
        orders: {
          usa: [{ kind: 'enact-policy', policy: 'oct-2023-chip-rule' }, { kind: 'no-such-order' }, 'not an order'],
          nvidia: 'not a list',
        },
      },
    ])
    const usa = seatQuarter(d, 0, 'usa')
    expect(usa.orders).toHaveLength(3)
    for (const order of usa.orders) {
      expect(order.status).toBe('refused')
      expect(order.refusal?.code).toMatch(/^order\//)
      expect(order.refusal?.message.length).toBeGreaterThan(0)
      expect(order.result).toBeNull()
    }
    expect(usa.orders[0]).toMatchObject({ kind: 'enact-policy', params: [{ key: 'policy', value: 'oct-2023-chip-rule' }] })
    expect(usa.orders[1]).toMatchObject({ kind: 'no-such-order', params: [] })
    expect(usa.orders[2]).toMatchObject({ kind: null, params: [] })
    expect(seatQuarter(d, 0, 'nvidia').orders).toEqual([expect.objectContaining({ index: -1, kind: null, status: 'refused', refusal: expect.objectContaining({ code: 'order/malformed' }) })])
  })

  it('lists the facilitator’s interventions with their effect on tension and the events they fired', () => {
    const d = debriefOf([{}, { interventions: [{ kind: 'adjust-tension', delta: -10 }, { kind: 'inject-event', event: 'deepseek-moment' }] }])
    const q = d.quarters[1]
    expect(q?.interventions).toHaveLength(2)
    const [tension, inject] = q?.interventions ?? []
    expect(tension).toMatchObject({ kind: 'adjust-tension', delta: -10, event: null, failed: null })
    expect(tension?.tensionTo).toBe((tension?.tensionFrom ?? 0) - 10)
    expect(inject).toMatchObject({ kind: 'inject-event', event: 'deepseek-moment', delta: null })
    expect(q?.events.map((e) => e.id)).toContain('deepseek-moment')
    expect(q?.tension.from).toBe(tension?.tensionFrom)
    expect(q?.tension.causes[0]).toMatchObject({ cause: 'facilitator', delta: -10 })
    expect(d.keyMoments.filter((m) => m.kind === 'intervention').map((m) => m.quarter)).toEqual([Q('2024 Q1'), Q('2024 Q1')])
    const history = d.history.items.find((i) => i.id === 'deepseek-moment')
    expect(history?.kind === 'event' && history.fired.some((f) => f.injected)).toBe(true)
    expect(history?.gameQuarter).toBe(Q('2024 Q1'))
  })

  it('detects key moments: controls imposed, tension in the danger zone, the first new domestic chip at volume, the facilitator’s stop', () => {
    const steps: Step[] = [{ orders: { usa: [{ kind: 'enact-policy', policy: 'hbm-control' }] } }, { interventions: [{ kind: 'adjust-tension', delta: 45 }] }, {}, {}, { stopped: true }]
    const game = playSteps(steps)
    const d = buildDebrief({ scenarioId: 'classroom', seed: 3, seats: game.seats, orderLog: game.orderLog, finalState: game.finalState, generatedAt: GENERATED })

    expect(d.keyMoments.find((m) => m.kind === 'control')).toMatchObject({ quarter: Q('2023 Q4'), policy: 'hbm-control', by: 'usa', realRule: { date: '2024-12-02' } })

    const high = d.keyMoments.filter((m) => m.kind === 'tension-high')
    expect(high).toHaveLength(1)
    expect(high[0]).toMatchObject({ quarter: Q('2024 Q1'), cause: { cause: 'facilitator' } })

    // The definition, computed independently: the first quarter after which a chip by a
    // China-aligned maker that was not at volume at the start is at volume (its true readiness).
    const created = createGame(baseRules, { scenarioId: 'classroom', seats: SEATS.map((s) => s.faction), seed: 3 })
    if (!created.ok) throw new Error(created.message)
    const start = created.state
    const newAtVolume = (s: GameState): string[] =>
      Object.values(s.chips)
        .filter((c) => c.readiness === 'volume' && isChinaMaker(s, c.maker) && start.chips[c.id]?.readiness !== 'volume')
        .map((c) => c.id)
    expect(newAtVolume(start)).toEqual([])
    const domestic = d.keyMoments.filter((m) => m.kind === 'domestic-volume')
    expect(newAtVolume(game.finalState).length).toBeGreaterThan(0)
    expect(domestic.length).toBe(newAtVolume(game.finalState).length)
    expect(domestic[0]).toMatchObject({ first: true })
    expect(domestic[0]?.kind === 'domestic-volume' && domestic[0].atStart.length > 0).toBe(true)
    expect(domestic.slice(1).every((m) => m.kind === 'domestic-volume' && !m.first)).toBe(true)

    expect(d.outcome).toMatchObject({ reason: 'stopped', quarter: Q('2024 Q4'), crisisBy: null })
    expect(d.quarters.at(-1)).toMatchObject({ index: Q('2024 Q4'), stopped: true, seats: [] })
    expect(d.keyMoments.at(-1)).toMatchObject({ kind: 'stopped', quarter: Q('2024 Q4') })
    // Moments are in quarter order.
    const order = d.keyMoments.map((m) => m.quarter)
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(d.scenario).toMatchObject({ start: Q('2023 Q4'), end: Q('2025 Q3'), quartersPlanned: 8, quartersPlayed: 4 })
  })

  it('names a crisis as the end, with tension as its cause', () => {
    const d = debriefOf([{}, { interventions: [{ kind: 'adjust-tension', delta: 80 }] }])
    expect(d.outcome).toMatchObject({ reason: 'crisis', crisisBy: 'tension', tension: 100, quarter: Q('2024 Q1') })
    expect(d.keyMoments.at(-1)).toMatchObject({ kind: 'crisis', quarter: Q('2024 Q1') })
    expect(d.keyMoments.some((m) => m.kind === 'tension-high' && m.quarter === Q('2024 Q1'))).toBe(true)
    expect(d.series.tension.at(-1)).toBe(100)
  })

  it('names the winner, who played each seat and the scores against par', () => {
    const d = debriefOf(Array.from({ length: 8 }, () => ({})))
    expect(d.outcome.reason).toBe('end')
    expect(d.outcome.winner).not.toBeNull()
    expect(d.outcome.standings.map((s) => s.rank)).toEqual([1, 2, 3, 4])
    expect(d.outcome.standings[0]?.faction).toBe(d.outcome.winner)
    for (const s of d.outcome.standings) expect(s.score).toBeCloseTo(s.vp - s.par, 1)
    expect(d.seats.map((s) => [s.player, s.difficulty])).toEqual([
      ['Ana & Ben', 'normal'],
      [null, 'hard'],
      ['Chloé', 'normal'],
      [null, 'easy'],
    ])
    expect(d.seats[0]?.objectives.map((o) => o.objective)).toEqual(['us-compute-lead', 'stability'])
    // Series for the charts: one value per quarter.
    expect(d.series.quarters).toHaveLength(8)
    expect(d.series.quarters[0]).toBe(Q('2023 Q4'))
    expect(d.series.tension).toHaveLength(8)
    expect(d.series.vp.map((s) => s.id)).toEqual(['usa', 'prc', 'nvidia', 'huawei'])
    expect(d.series.scoreVsPar[0]?.values.at(-1)).toBeCloseTo(d.outcome.standings.find((s) => s.faction === 'usa')?.score ?? NaN, 1)
    expect(d.series.chinaDomesticShare.every((v) => v >= 0 && v <= 1)).toBe(true)
    expect(d.series.computeByMaker.length).toBeGreaterThan(1)
    expect(d.replay).toEqual({ entries: 8, matched: 8, divergedAt: null, finalStateMatches: true })
    expect(d.warnings).toEqual([])
  })

  it('sets the game beside what really happened, with real dates and sources from the data', () => {
    const d = debriefOf([{ orders: { usa: [{ kind: 'enact-policy', policy: 'hbm-control' }] } }, {}])
    expect(d.history.period).toEqual({ from: Q('2023 Q4'), to: Q('2025 Q3') })
    const hbm = d.history.items.find((i) => i.kind === 'policy' && i.id === 'hbm-control')
    expect(hbm).toMatchObject({ realRule: { date: '2024-12-02' }, gameQuarter: Q('2023 Q4'), quartersOff: -4, changes: [{ quarter: Q('2023 Q4'), change: 'enacted', by: 'usa' }] })
    expect(hbm?.sources.length).toBeGreaterThan(0)
    const never = d.history.items.find((i) => i.kind === 'policy' && i.id === 'ai-diffusion-rule')
    expect(never).toMatchObject({ changes: [], gameQuarter: null })
    // Every historical event of the period is listed, dated by its trigger window.
    for (const event of Object.values(baseRules.events)) {
      if (!event.historical || event.trigger.from === undefined) continue
      const from = Number(event.trigger.from.slice(0, 4)) * 4 + Number(event.trigger.from.slice(5)) - 1
      const inPeriod = from <= 2025 * 4 + 2 && (event.trigger.to === undefined || Number(event.trigger.to.slice(0, 4)) * 4 + Number(event.trigger.to.slice(5)) - 1 >= 2023 * 4 + 3)
      expect(d.history.items.some((i) => i.kind === 'event' && i.id === event.id), event.id).toBe(inPeriod)
    }
    // Policies already in force at the start are listed apart.
    expect(d.history.inForceAtStart.map((p) => p.id)).toContain('oct-2023-chip-rule')
    // Real figures only with their source from the data: the IDC domestic share.
    const share = d.history.figures.find((f) => f.id === 'china-domestic-share')
    expect(share?.sources.some((s) => s.publisher.includes('IDC'))).toBe(true)
    // The game's side counts cards bought, as IDC does: this short game played one quarter of 2024 and no 2025.
    expect(share?.id === 'china-domestic-share' && share.cards).toMatchObject({ year: 2024, quarters: 1 })
    // The sources list holds every cited source once, with what it is cited for.
    const keys = d.sources.map((s) => `${s.title}|${s.publisher}|${s.date}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(d.sources.every((s) => s.citedFor.length > 0)).toBe(true)
    expect(d.sources.some((s) => s.citedFor.some((c) => c.kind === 'figure' && c.id === 'china-domestic-share'))).toBe(true)
  })

  it("counts China's cards for 2025 when played, else for the last year played, and nothing without them", () => {
    const point = (quarter: number, units: number, domestic: number) => ({ quarter, chinaCards: { units, domestic } }) as GameRecord['history'][number]
    const y2025 = 2025 * 4
    expect(cardYear([point(y2025 - 1, 999, 0), point(y2025, 600_000, 300_000), point(y2025 + 1, 400_000, 110_000)])).toEqual({ year: 2025, quarters: 2, units: 1_000_000, domestic: 410_000 })
    expect(cardYear([point(2024 * 4, 30_000, 3_000), point(2024 * 4 + 1, 20_000, 2_000), point(2024 * 4 + 2, 0, 0), point(2024 * 4 + 3, 50_000, 5_000)])).toEqual({ year: 2024, quarters: 4, units: 100_000, domestic: 10_000 })
    expect(cardYear([point(2024 * 4, 0, 0)])).toEqual({ year: 2024, quarters: 1, units: 0, domestic: 0 })
    expect(cardYear([{ quarter: y2025 } as GameRecord['history'][number]])).toBeNull()
  })

  it('leaves out a real figure whose source the data no longer carries', () => {
    const rules = structuredClone({ ...baseRules }) as typeof baseRules
    // Every kind of record that carries sources (mods and later issues add kinds).
    for (const records of Object.values(rules) as unknown[]) {
      if (typeof records !== 'object' || records === null) continue
      for (const record of Object.values(records as Record<string, { sources?: Source[] }>)) {
        if (record !== null && typeof record === 'object' && Array.isArray(record.sources)) record.sources = record.sources.filter((s) => !s.publisher.includes('IDC'))
      }
    }
    const d = debriefOf([{}], { rules })
    expect(d.history.figures.find((f) => f.id === 'china-domestic-share')).toBeUndefined()
  })

  it('warns when the re-simulation diverges from the recorded game, and still builds the debrief', () => {
    const game = playSteps([{}, {}, {}])
    const tampered = game.orderLog.map((e, i) => (i === 1 ? { ...e, stateHash: '0123456789abcdef' } : e))
    const d = buildDebrief({ scenarioId: 'classroom', seed: 3, seats: game.seats, orderLog: tampered, finalState: game.finalState, generatedAt: GENERATED })
    expect(d.replay).toMatchObject({ entries: 3, matched: 2, divergedAt: Q('2024 Q1') })
    expect(d.warnings).toEqual([expect.objectContaining({ code: 'diverged', quarter: Q('2024 Q1'), logged: '0123456789abcdef' })])
    expect(d.quarters).toHaveLength(3)

    // Orders that no longer reproduce the game (another build, edited log): the same warning.
    const edited = game.orderLog.map((e, i) => (i === 0 ? { ...e, orders: { usa: [{ kind: 'enact-policy', policy: 'hbm-control' }] } } : e))
    const d2 = buildDebrief({ scenarioId: 'classroom', seed: 3, seats: game.seats, orderLog: edited, finalState: game.finalState, generatedAt: GENERATED })
    expect(d2.replay.divergedAt).toBe(Q('2023 Q4'))
    expect(d2.replay.finalStateMatches).toBe(false)
    expect(d2.warnings.map((w) => w.code)).toContain('diverged')
  })

  it('stops re-simulating at an entry that no longer applies, with a warning, and keeps the game’s own outcome', () => {
    const game = playSteps([{}, {}])
    const broken = [...game.orderLog, { quarter: '2024 Q2', orders: {}, stateHash: 'x', interventions: [{ kind: 'inject-event' as const, event: 'no-such-event' }] }]
    const d = buildDebrief({ scenarioId: 'classroom', seed: 3, seats: game.seats, orderLog: broken, finalState: game.finalState, generatedAt: GENERATED })
    expect(d.quarters).toHaveLength(3)
    expect(d.quarters[2]?.interventions[0]?.failed).toMatch(/event/)
    expect(d.warnings).toContainEqual(expect.objectContaining({ code: 'replay-failed', quarter: Q('2024 Q2') }))
  })

  it('re-simulates a saved game with the session’s rules (a save’s canonical JSON reorders the rules it carries)', () => {
    const game = playSteps([{ orders: { usa: [{ kind: 'enact-policy', policy: 'hbm-control' }] } }, {}, { interventions: [{ kind: 'adjust-tension', delta: 5 }] }])
    const bytes = encodeSave(
      {
        gameVersion: 'test',
        scenarioId: 'classroom',
        seed: 3,
        data: [{ id: 'base', version: '1', hash: '0'.repeat(64) }],
        state: game.finalState,
        orderLog: game.orderLog,
        meta: { savedAt: GENERATED, quarter: '2024 Q2', seats: SEATS.map((s) => ({ seat: s.faction, name: s.name, controller: s.controller, difficulty: s.difficulty, persona: null })) },
      },
      { hashState: (st) => hashState(st as GameState) },
    )
    const decoded = decodeSave(bytes, { hashState: (st) => hashState(st as GameState) })
    if (!decoded.ok) throw new Error(decoded.message)
    const restored = deserialize(JSON.stringify(decoded.save.state))
    if (!restored.ok) throw new Error(restored.message)
    const log = ReplayEntrySchema.array().parse(decoded.save.orderLog)
    const input = { scenarioId: 'classroom', seed: 3, seats: game.seats, orderLog: log, finalState: restored.state, generatedAt: GENERATED }
    const d = buildDebrief({ ...input, rules: baseRules })
    expect(d.warnings).toEqual([])
    expect(d.replay).toEqual({ entries: 3, matched: 3, divergedAt: null, finalStateMatches: true })
    expect(d).toEqual(buildDebrief({ scenarioId: 'classroom', seed: 3, seats: game.seats, orderLog: game.orderLog, finalState: game.finalState, generatedAt: GENERATED }))
    // Without the session's rules the sorted ones replay another game: the debrief says so.
    expect(buildDebrief(input).replay.divergedAt).toBe(Q('2023 Q4'))
  })

  it('is plain JSON without words of its own: it survives a round trip unchanged, and every text it carries is data', () => {
    const d = debriefOf([{ orders: { usa: [{ kind: 'enact-policy', policy: 'hbm-control' }] } }, {}, { interventions: [{ kind: 'adjust-tension', delta: 5 }] }])
    const text = JSON.stringify(d)
    expect(JSON.parse(text)).toEqual(d)
    expect(text).not.toContain('undefined')
    // Every string in it is an id, a code, a key, a colour, a date, a person's name, or text from the game data (sources, real rules) or the engine (refusals).
    const fromData = new Set<string>([
      ...Object.values(baseRules.policies).flatMap((p) => (p.realRule === undefined ? [] : [p.realRule.name, p.realRule.date])),
      ...Object.values(baseRules).flatMap((records) => (typeof records === 'object' && records !== null ? Object.values(records as Record<string, { sources?: Source[] }>).flatMap((r) => (Array.isArray(r?.sources) ? r.sources.flatMap((s) => [s.title, s.publisher, s.date, s.url ?? '']) : [])) : [])),
      ...SEATS.map((s) => s.name),
      ...d.quarters.flatMap((q) => q.seats.flatMap((s) => s.orders.flatMap((o) => (o.refusal === null ? [] : [o.refusal.message])))),
      GENERATED,
    ])
    expect(sentencesIn(d, fromData)).toEqual([])
  })

  it('builds a debrief of a game with no quarter played', () => {
    const d = debriefOf([])
    expect(d.quarters).toEqual([])
    expect(d.outcome.reason).toBeNull()
    expect(d.series.quarters).toEqual([])
  })
})
