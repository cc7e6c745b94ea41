/** The calls about the application session: what engine this is, a new game, quit. */
import { engineInfo } from '../../engine'
import type { CallHandlers } from '../dispatch'
import { hashClassroomCodes } from '../classroom/codes'
import type { HostContext } from '../host-context'
import { GameSession, type SeatSetup } from './game-session'

export function gameHandlers(ctx: HostContext): Pick<CallHandlers, 'getEngineInfo' | 'newGame' | 'quit'> {
  return {
    getEngineInfo: () => engineInfo(),

    newGame: async (request, connection) => {
      ctx.requireSessionControl(connection, 'start a new game')
      // Mod folders may have changed on disk since the menu listed them: read them again.
      ctx.gameData.reload()
      const { rules, data: info } = ctx.gameData.data()
      const seed = request.seed ?? ctx.randomSeed()
      // The codes are hashed here and never kept in the clear (not in the seats either).
      const seats: SeatSetup[] = request.seats.map(({ code: _code, ...s }) => ({ ...s }))
      const hashed = await hashClassroomCodes(request.facilitatorCode, request.seats.filter((s) => s.controller === 'human'))
      const next = GameSession.start({ rules, data: info, scenarioId: request.scenarioId, seed, seats, ai: ctx.ai, codes: hashed, turnSeconds: request.turnSeconds ?? null })
      // Checked again: another window may have started a classroom game while the codes were hashed.
      ctx.requireSessionControl(connection, 'start a new game')
      return ctx.replaceSession(next).info()
    },

    quit: (_request, connection) => {
      ctx.requireSessionControl(connection, 'quit the game')
      setTimeout(() => ctx.options.onQuit?.(), 0)
      return null
    },
  }
}
