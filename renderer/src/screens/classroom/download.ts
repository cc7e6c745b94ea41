/**
 * Saving a file the host produced (the debrief) from the page: a Blob and a download link.
 * In Electron the download goes through the session's will-download handler; in a browser it
 * is an ordinary download. Nothing is fetched from the network.
 */
import type { GameApi } from '../../../../app/protocol/contract'

/** Offers `text` for download as `fileName`. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Let the download start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Exports the debrief and offers its HTML and JSON; answers the host's refusal, or null. */
export async function downloadDebrief(api: Pick<GameApi, 'exportDebrief'>): Promise<string | null> {
  const result = await api.exportDebrief({})
  if (!result.ok) return result.message
  downloadText(result.value.fileName, result.value.html, 'text/html')
  downloadText(result.value.fileName.replace(/\.html$/, '.json'), result.value.json, 'application/json')
  return null
}
