/**
 * Saving a file made in the page (the debrief's page and its JSON): a Blob and a download link.
 * In Electron the download goes through the session's will-download handler; in a browser it
 * is an ordinary download. Nothing is fetched from the network.
 */

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
