/** The engine's AI as the host plays it (importable by the engine worker: engine imports only). */
import { aiOrders, type GameState, type Order } from '../../engine'

/**
 * The engine's AI at the seat's difficulty, following the seat's persona, or the one the
 * scenario gives that faction. It sees only the seat's view (app/engine/ai).
 */
export function engineAiOrders(state: GameState, seat: string, setup: { difficulty: 'easy' | 'normal' | 'hard'; persona?: string | undefined }): Order[] {
  const personaId = setup.persona ?? state.rules.scenarios[state.scenarioId]?.factions.find((f) => f.faction === seat)?.persona
  const persona = personaId === undefined || !Object.prototype.hasOwnProperty.call(state.rules.personas, personaId) ? undefined : state.rules.personas[personaId]
  return aiOrders(state, seat, persona === undefined ? { difficulty: setup.difficulty } : { difficulty: setup.difficulty, persona })
}
