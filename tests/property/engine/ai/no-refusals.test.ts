import { describe, it } from 'vitest'
import { playWithoutRefusals } from './no-refusals'

describe('AI orders with mixed difficulties', () => {
  it('are never refused by the engine in 300 AI turns of october-2022', () => playWithoutRefusals('october-2022', 300, 1))
  it('are never refused by the engine in 350 AI turns of full-stack', () => playWithoutRefusals('full-stack', 350, 101))
  it('are never refused by the engine in 380 AI turns of classroom', () => playWithoutRefusals('classroom', 380, 201))
})
