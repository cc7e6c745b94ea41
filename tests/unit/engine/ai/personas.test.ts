import { describe, expect, it } from 'vitest'
import { chooseOrders, createGame, legalOrders, PersonaSchema, viewFor, type GameState } from './engine-api'
import { baseRules } from './base-rules'

function start(scenarioId: string): GameState {
  const created = createGame(baseRules(), { scenarioId, seed: 2 })
  if (!created.ok) throw new Error(created.message)
  return created.state
}

const kinds = (orders: readonly { kind: string }[]): string[] => orders.map((o) => o.kind)

describe('personas and the AI', () => {
  it('reads the new persona fields with defaults, so existing personas stay valid', () => {
    const p = PersonaSchema.parse({ id: 'x', name: 'persona.x.name' })
    expect(p.historical).toBe(false)
    expect(p.orderBias).toEqual({})
    expect(p.faction).toBeUndefined()
  })

  it('a historical United States enacts only rules whose real date has passed', () => {
    const state = start('october-2022')
    const rules = baseRules()
    const hawk = rules.personas['us-hawk']
    if (hawk === undefined) throw new Error('no us-hawk persona')
    const orders = chooseOrders(viewFor(state, 'usa'), legalOrders(state, 'usa'), { difficulty: 'normal', seed: 1, persona: { ...hawk, historical: true } })
    for (const o of orders) {
      if (o.kind !== 'enact-policy') continue
      const date = rules.policies[o.policy]?.realRule?.date ?? '0000'
      expect(date <= '2022-12-31').toBe(true)
    }
  })

  it('an order bias of zero keeps a kind out of the plan', () => {
    const state = start('october-2022')
    const base = chooseOrders(viewFor(state, 'nvidia'), legalOrders(state, 'nvidia'), { difficulty: 'normal', seed: 1 })
    expect(kinds(base)).toContain('book-production')
    const nvidia = baseRules().personas['nvidia-merchant']
    if (nvidia === undefined) throw new Error('no nvidia-merchant persona')
    const biased = chooseOrders(viewFor(state, 'nvidia'), legalOrders(state, 'nvidia'), { difficulty: 'normal', seed: 1, persona: { ...nvidia, orderBias: { 'book-production': 0 } } })
    expect(kinds(biased)).not.toContain('book-production')
  })

  it('plays differently at each difficulty, and hard accepts a budget of simulations', () => {
    const state = start('full-stack')
    const seat = 'alibaba'
    const at = (difficulty: 'easy' | 'normal' | 'hard', budget?: number): string => JSON.stringify(chooseOrders(viewFor(state, seat), legalOrders(state, seat), { difficulty, seed: 4, ...(budget === undefined ? {} : { budget }) }))
    expect(at('easy')).not.toEqual(at('normal'))
    expect(() => at('hard', 1)).not.toThrow()
    expect(at('hard', 1)).toEqual(at('hard', 1))
  })
})
