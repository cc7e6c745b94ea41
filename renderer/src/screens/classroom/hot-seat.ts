/**
 * The hot-seat session's pure rules: whether a game is played hot-seat, whose turn is next,
 * and what a code field accepts. No React, so they are unit-tested.
 */
import type { GameInfo } from '../../../../app/protocol/contract'

/** A game is played hot-seat when several people share the window, or codes guard its seats or the facilitator. */
export function isHotSeat(game: GameInfo): boolean {
  const people = game.seats.filter((s) => s.controller === 'human')
  return people.length > 1 || people.some((s) => s.hasCode) || game.facilitatorCode
}

/** The next person to plan this quarter (seat order), or null when everyone has ended their turn. */
export function nextSeat(game: GameInfo): GameInfo['seats'][number] | null {
  if (game.over) return null
  return game.seats.find((s) => s.controller === 'human' && game.waitingFor.includes(s.faction)) ?? null
}

/** Whether a typed code can be sent (four digits). */
export function codeComplete(code: string): boolean {
  return /^\d{4}$/.test(code)
}
