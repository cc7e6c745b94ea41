/** The debrief export: the facilitator's at any time, everyone's once the game is over. The host answers data; the renderer words it and saves the page. */
import { CallRefusal } from '../../protocol'
import type { CallHandlers } from '../dispatch'
import type { HostContext } from '../host-context'
import { buildDebrief } from './build-debrief'

export function debriefHandler(ctx: HostContext): Pick<CallHandlers, 'exportDebrief'> {
  return {
    exportDebrief: (_request, connection) => {
      const game = ctx.running()
      if (!connection.facilitator && game.state.over === null) {
        throw new CallRefusal('seat/not_facilitator', 'Only the facilitator can export the debrief before the game is over.')
      }
      const debrief = buildDebrief({ scenarioId: game.scenarioId, seed: game.seed, seats: game.seats, orderLog: game.orderLog, finalState: game.state, generatedAt: ctx.now().toISOString(), rules: game.replayRules() })
      const stamp = ctx.now().toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-')
      return { fileName: `debrief-${game.scenarioId}-${stamp}.html`, debrief }
    },
  }
}
