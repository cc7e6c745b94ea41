/**
 * Session-level calls (a new game, a load, the mods, quit, a campaign chapter) belong to the
 * facilitator while a classroom game with a facilitator's code runs, and a classroom save loads
 * only with its facilitator's code. When the host answers `classroom/facilitator_required` or
 * `classroom/save_code_required`, the window asks for the facilitator's code instead of leaving
 * a dead button: it claims the facilitator's role with it (when the running game needs that),
 * then calls again, passing the code to calls that take one (loadGame). Pure: the dialog is
 * given as `ask` and the claim goes through the session store's `claimSeat`, so it is unit-tested
 * without React.
 */
import type { CallResult } from '../../../../app/protocol/result'
import type { SessionStore } from '../../session/session-store'
import { FACILITATOR_REQUIRED, SAVE_CODE_REQUIRED } from '../../../../app/protocol/result'

/** One try of the call, with the facilitator's code when one has been entered. */
export type GatedAttempt<T> = (facilitatorCode: string | undefined) => Promise<CallResult<T>>

/**
 * Asks the person for the facilitator's code; `problem` says why the last one did not work (null
 * the first time). Resolves the four digits, or null when they cancel.
 */
export type AskCode = (problem: string | null) => Promise<string | null>

/** What the gate says when a code is wrong (texts from the caller, so they are translated). */
export interface GateTexts {
  wrongCode: string
}

/** Whether the host refused because the facilitator is needed. */
export function needsFacilitator(result: CallResult<unknown>): boolean {
  return !result.ok && (result.code === FACILITATOR_REQUIRED || result.code === SAVE_CODE_REQUIRED)
}

/** A wrong or locked code for the save's facilitator code (loadGame's `facilitatorCode`). */
function badSaveCode(result: CallResult<unknown>): boolean {
  return !result.ok && (result.code === 'seat/wrong_code' || result.code === 'seat/locked') && result.path?.[0] === 'facilitatorCode'
}

/**
 * Runs a session-level call, asking for the facilitator's code as often as the host needs it.
 * Answers the call's last result, or null when the person cancelled. `claimed` says whether the
 * window took the facilitator's role on the way (a caller may give it back).
 */
export async function runAsFacilitator<T>(
  session: Pick<SessionStore, 'claimSeat'>,
  attempt: GatedAttempt<T>,
  ask: AskCode,
  texts: GateTexts,
): Promise<{ result: CallResult<T> | null; claimed: boolean }> {
  let result = await attempt(undefined)
  let claimed = false
  let problem: string | null = null
  // Each round costs the person a typed code; the host's lockout limits guesses, this only stops a loop.
  for (let round = 0; round < 20 && (needsFacilitator(result) || (problem !== null && badSaveCode(result))); round++) {
    const code = await ask(problem)
    if (code === null) return { result: null, claimed }
    if (!result.ok && result.code === FACILITATOR_REQUIRED && !claimed) {
      const claim = await session.claimSeat({ seat: 'facilitator', code })
      if (!claim.ok) {
        problem = claim.code === 'seat/wrong_code' ? texts.wrongCode : claim.message
        continue
      }
      claimed = true
    }
    const next = await attempt(code)
    if (badSaveCode(next)) {
      problem = !next.ok && next.code === 'seat/wrong_code' ? texts.wrongCode : !next.ok ? next.message : null
      result = next
      continue
    }
    problem = needsFacilitator(next) && !next.ok ? next.message : null
    result = next
  }
  return { result, claimed }
}
