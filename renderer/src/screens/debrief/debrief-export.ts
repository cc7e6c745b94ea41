/**
 * Getting the debrief into the page and out as files. The host answers the debrief as data
 * (`exportDebrief`); the page refreshes the running game's texts (its names may come from
 * mods), words it with i18next (`DebriefNames`) and, to export, renders the debrief screen's
 * own document to one offline HTML page (`debrief-page.tsx`, loaded on first use with
 * react-dom/server) and offers it and the data as JSON for download. Where files go is the
 * browser's (or Electron's) save dialog: nothing here names a path.
 */
import type { Debrief, DebriefExport, GameApi } from '../../../../app/protocol'
import { addGameTexts, GAME_NS, i18n } from '../../i18n/i18n'
import { downloadText } from '../classroom/download'
import debriefCss from './debrief.css?raw'
import { DebriefNames } from './debrief-names'

/** A game-data text from i18next's `game` namespace, or null. */
function gameTextOrNull(key: string): string | null {
  return i18n.exists(key, { ns: GAME_NS }) ? i18n.t(key, { ns: GAME_NS }) : null
}

/** The debrief's names and numbers in the interface's language. */
export function debriefNames(debrief: Debrief): DebriefNames {
  return new DebriefNames(debrief.texts, gameTextOrNull, i18n.getFixedT(i18n.language), i18n.language)
}

/** Asks the host for the debrief and the running game's texts; answers it, or the host's refusal. */
/** The two calls the debrief needs (its export and the game's texts): all a screen showing it holds. */
export type DebriefApi = Pick<GameApi, 'exportDebrief' | 'getTexts'>

export async function fetchDebrief(api: DebriefApi): Promise<{ ok: true; value: DebriefExport } | { ok: false; message: string }> {
  const [result, ...texts] = await Promise.all([api.exportDebrief({}), ...[...i18n.languages].reverse().map((language) => api.getTexts({ language }).then((r) => ({ language, r })))])
  for (const { language, r } of texts) if (r.ok) addGameTexts(language, r.value)
  if (!result.ok) return { ok: false, message: result.message }
  return { ok: true, value: result.value }
}

/** The debrief as its offline page and its JSON. */
export async function debriefFiles(exported: DebriefExport): Promise<{ html: string; json: string }> {
  const { debriefJson, renderDebriefPage } = await import('./debrief-page')
  return { html: renderDebriefPage(exported.debrief, debriefNames(exported.debrief), debriefCss), json: debriefJson(exported.debrief) }
}

/** Offers the exported debrief's page and JSON for download. */
export async function saveDebrief(exported: DebriefExport): Promise<void> {
  const files = await debriefFiles(exported)
  downloadText(exported.fileName, files.html, 'text/html')
  downloadText(exported.fileName.replace(/\.html$/, '.json'), files.json, 'application/json')
}

/** Exports the debrief and offers its HTML and JSON; answers the host's refusal, or null. */
export async function downloadDebrief(api: DebriefApi): Promise<string | null> {
  const fetched = await fetchDebrief(api)
  if (!fetched.ok) return fetched.message
  await saveDebrief(fetched.value)
  return null
}
