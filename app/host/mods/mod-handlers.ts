/** The calls about the game data: scenarios, texts and the mod manager. */
import { CallRefusal, type ScenarioSummary } from '../../protocol'
import type { CallHandlers } from '../dispatch'
import type { HostContext } from '../host-context'

export function modHandlers(ctx: HostContext): Pick<CallHandlers, 'listScenarios' | 'getTexts' | 'listMods' | 'setMods'> {
  const { gameData } = ctx
  return {
    listScenarios: () => {
      const { rules } = gameData.data()
      const personaFaction = new Map<string, string>()
      for (const scenario of Object.values(rules.scenarios)) {
        for (const f of scenario.factions) if (f.persona !== undefined) personaFaction.set(f.persona, f.faction)
      }
      return Object.values(rules.scenarios).map(
        (s): ScenarioSummary => ({
          id: s.id,
          name: s.name,
          briefing: s.briefing,
          start: s.start,
          end: s.end,
          seats: s.seats.map((faction) => {
            const setup = s.factions.find((f) => f.faction === faction)
            return {
              faction,
              name: rules.factions[faction]?.name ?? faction,
              persona: setup?.persona ?? null,
              briefing: s.seatBriefings[faction] ?? setup?.briefing ?? null,
            }
          }),
          personas: Object.values(rules.personas).map((p) => ({ id: p.id, name: p.name, faction: p.faction ?? personaFaction.get(p.id) ?? null })),
        }),
      )
    },

    getTexts: ({ language }) => {
      const { rules } = gameData.data()
      // The running game's texts win (it may have been started or saved with other mods).
      // One language only: the renderer asks for each language it falls back through, and
      // i18next falls back between them.
      const playing = ctx.session()?.state.rules
      return { ...(rules.locales[language]?.texts ?? {}), ...(playing?.locales[language]?.texts ?? {}) }
    },

    listMods: () => gameData.modList(gameData.reload()),

    setMods: async ({ mods }, connection) => {
      ctx.requireSessionControl(connection, 'change the mods')
      const seen = new Set<string>()
      for (const [i, m] of mods.entries()) {
        if (seen.has(m.id)) throw new CallRefusal('mod/duplicate', `"${m.id}" is listed twice.`, ['mods', i, 'id'])
        seen.add(m.id)
      }
      await gameData.selection.set({ order: mods.map((m) => m.id), enabled: mods.filter((m) => m.enabled).map((m) => m.id) })
      return gameData.modList(gameData.reload())
    },
  }
}
