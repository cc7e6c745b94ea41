/**
 * The game data new games start with: the base game and the enabled mods that load, read
 * again whenever the menu or a new game needs them (mod folders may change on disk).
 */
import { ENGINE_VERSION, type Rules } from '../../engine'
import { CallRefusal, type ModList } from '../../protocol'
import { formatDataFolderError } from '../data/data-folder'
import type { DataInfo } from '../game/game-session'
import { loadGameData, type GameData } from './mod-loader'
import { memoryModSelectionStore, type ModSelectionStore } from './mod-selection'

export interface LoadedData {
  rules: Rules
  data: DataInfo[]
  /** The whole answer, mods' statuses included. */
  all: GameData
}

export interface GameDataSource {
  readonly modsDir: string | undefined
  readonly selection: ModSelectionStore
  /** Reads the base game and the enabled mods again (a mod with errors is left out, with its errors); null without a data folder. */
  reload(): GameData | null
  /** The data last read, or null when it did not load. */
  loaded(): LoadedData | null
  /** The data new games start with (read when not read yet), or `data/none` / `data/invalid`. */
  data(): LoadedData
  /** The mods as the mod manager lists them. */
  modList(all: GameData | null): ModList
}

export function createGameDataSource(options: { dataDir: string | undefined; modsDir: string | undefined; selection: ModSelectionStore | undefined; log: (line: string) => void }): GameDataSource {
  const selection = options.selection ?? memoryModSelectionStore()
  let loaded: LoadedData | null = null
  const reload = (): GameData | null => {
    loaded = null
    if (options.dataDir === undefined) return null
    const all = loadGameData({ baseDir: options.dataDir, modsDir: options.modsDir, selection: selection.get(), gameVersion: ENGINE_VERSION })
    if (all.ok && all.rules !== undefined) loaded = { rules: all.rules, data: all.data, all }
    for (const mod of all.mods) if (mod.status === 'error' && mod.enabled) options.log(`mod ${mod.id} disabled: ${mod.errors.length} error(s), first: ${mod.errors[0]?.file}:${mod.errors[0]?.line}:${mod.errors[0]?.column} ${mod.errors[0]?.message}`)
    return all
  }
  return {
    modsDir: options.modsDir,
    selection,
    reload,
    loaded: () => loaded,
    data() {
      if (loaded !== null) return loaded
      if (options.dataDir === undefined) throw new CallRefusal('data/none', 'This host was started without game data.')
      const all = reload()
      if (loaded === null) {
        const first = (all?.baseErrors ?? []).filter((e) => e.severity === 'error').slice(0, 3).map(formatDataFolderError)
        throw new CallRefusal('data/invalid', `The game data does not load: ${first.join('; ')}`)
      }
      return loaded
    },
    modList: (all) => ({
      folder: options.modsDir ?? null,
      problem: all === null ? null : all.ok ? all.modsProblem : 'The base game does not load, so no mod can.',
      mods: (all?.mods ?? []).map((m) => ({ ...m, errors: m.errors.map((e) => ({ ...e })), counts: { ...m.counts } })),
      active: all?.data.map((d) => ({ ...d })) ?? [],
    }),
  }
}
