/** The encyclopedia call: the running game's data (it may have been started or saved with other mods), else a new game's. */
import type { CallHandlers } from '../dispatch'
import type { HostContext } from '../host-context'
import { createEncyclopedia } from './index'

export function encyclopediaHandler(ctx: HostContext): Pick<CallHandlers, 'getEncyclopedia'> {
  const encyclopedia = createEncyclopedia()
  return {
    getEncyclopedia: () => {
      const session = ctx.session()
      const current = session === null ? ctx.gameData.data() : ctx.gameData.loaded()
      const rules = session?.state.rules ?? ctx.gameData.data().rules
      return encyclopedia({ from: session === null ? 'new-game' : 'game', rules, data: session?.data ?? current?.data ?? [], modsDir: ctx.gameData.modsDir, mods: current?.all.mods ?? [] })
    },
  }
}
