/** The save calls: save, load (checked whole before the running game changes), list and delete. */
import { CallRefusal, FACILITATOR_SEAT, SAVE_CODE_REQUIRED, SaveSummarySchema, type SaveSummary } from '../../protocol'
import { codeMatches } from '../classroom/codes'
import type { CallHandlers } from '../dispatch'
import { GameSession, type DataInfo } from '../game/game-session'
import { restorableSave } from '../game/restore-save'
import type { HostContext } from '../host-context'
import type { SaveListing, SaveStore } from './save-store'

function summary(listing: SaveListing): SaveSummary {
  return SaveSummarySchema.parse({
    name: listing.name,
    autosave: listing.kind === 'autosave',
    savedAt: listing.savedAt,
    quarter: listing.quarter ?? '?',
    scenarioId: listing.scenarioId ?? '?',
    seats: (listing.seats ?? []).map((seat) => ({ seat: seat.seat, name: seat.name, controller: seat.controller })),
    bytes: listing.sizeBytes,
  })
}

export function saveHandlers(ctx: HostContext): Pick<CallHandlers, 'saveGame' | 'loadGame' | 'listSaves' | 'deleteSave'> {
  const requireSaves = (): SaveStore => {
    if (ctx.saves === null) throw new CallRefusal('save/unavailable', 'This host has no save folder.')
    return ctx.saves
  }
  return {
    saveGame: async ({ name, overwrite }) => {
      const result = await requireSaves().saveAs(name, ctx.saveInput(ctx.running()), { overwrite })
      if (!result.ok) throw new CallRefusal(result.code, result.message)
      return summary(result.value)
    },

    loadGame: async ({ name, facilitatorCode }, connection) => {
      ctx.requireSessionControl(connection, 'load a game')
      const result = await requireSaves().load(name)
      if (!result.ok) {
        const fallback = result.lastGoodAutosave ? ` The last good autosave is "${result.lastGoodAutosave.name}".` : ''
        throw new CallRefusal(result.code, `${result.message}${fallback}`)
      }
      const save = result.value.save
      // The whole game is checked before anything changes: a refused load leaves the running game as it was.
      const restored = restorableSave(save)
      const saved = restored.codes
      if (saved.facilitator !== null) {
        const hash = saved.facilitator
        if (facilitatorCode === undefined) {
          throw new CallRefusal(SAVE_CODE_REQUIRED, `"${name}" is a classroom game with a facilitator's code: only the facilitator can load it, with that code.`, ['facilitatorCode'])
        }
        ctx.saveCodes.check(FACILITATOR_SEAT, () => codeMatches(saved.salt, hash, facilitatorCode), `That is not the facilitator's code of "${name}".`, ['facilitatorCode'])
      }
      ctx.gameData.reload()
      const { rules, data: info, all } = ctx.gameData.data()
      const warnings = dataWarnings(save.data, info, new Map(all.mods.map((m) => [m.id, m.name])))
      // The saved state carries the rules it was played with; the save's data list stays its own.
      const playedWith = save.data.map((d) => ({ id: d.id, version: d.version, hash: d.hash }))
      const next = GameSession.restore({ rules, data: playedWith, scenarioId: save.scenarioId, seed: restored.seed, seats: restored.seats, ai: ctx.ai, codes: saved }, restored.state, restored.log)
      // Checked again: another window may have started a classroom game while the save was read.
      ctx.requireSessionControl(connection, 'load a game')
      return { game: ctx.replaceSession(next).info(), warnings }
    },

    listSaves: async () => {
      const result = await requireSaves().list()
      if (!result.ok) throw new CallRefusal(result.code, result.message)
      return result.value.filter((l) => l.ok).map(summary)
    },

    deleteSave: async ({ name }, connection) => {
      ctx.requireSessionControl(connection, 'delete a save')
      const result = await requireSaves().delete(name)
      if (!result.ok) throw new CallRefusal(result.code, result.message)
      return null
    },
  }
}

/** What differs between the data a save was played with and the data loaded now. */
export function dataWarnings(saved: readonly { id: string; version: string; hash: string }[], current: readonly DataInfo[], names: ReadonlyMap<string, string> = new Map()): string[] {
  /** `the mod "Crunch 2027" (scenario-2027)` when its name is known, else `the mod "scenario-2027"`. */
  const modName = (id: string): string => {
    const name = names.get(id)
    return name !== undefined && name !== id ? `"${name}" (${id})` : `"${id}"`
  }
  const warnings: string[] = []
  const now = new Map(current.map((d) => [d.id, d]))
  for (const d of saved) {
    const here = now.get(d.id)
    const what = d.id === 'base' ? 'the base game' : `the mod ${modName(d.id)}`
    if (here === undefined) {
      warnings.push(`This game was saved with ${what} ${d.version}, which is not active now. The game goes on with the rules it was saved with; enable the mod in Mods to play new games with it.`)
    } else if (here.version !== d.version) {
      warnings.push(`This game was saved with ${what} ${d.version}; ${here.version} is active now. The game goes on with the rules it was saved with.`)
    } else if (d.hash !== 'unknown' && here.hash !== d.hash) {
      warnings.push(`This game was saved with a different copy of ${what} (${d.version}); numbers may differ from what the save was played with.`)
    }
  }
  const savedIds = new Set(saved.map((d) => d.id))
  for (const d of current) {
    if (!savedIds.has(d.id)) warnings.push(`${d.id === 'base' ? 'The base game' : `The mod ${modName(d.id)}`} ${d.version} is active now but was not when this game was saved; this game goes on without it.`)
  }
  return warnings
}
