/**
 * The debrief as one self-contained HTML page a teacher can open offline in any browser,
 * project or print: the debrief screen's own `DebriefDocument` rendered with
 * `renderToStaticMarkup`, inline CSS (`debrief.css`, passed in as text, and the page's rules
 * below), inline SVG charts, no script, no font, no image, nothing fetched (a
 * Content-Security-Policy meta forbids every load). React escapes every text (mods can put
 * anything in texts); source URLs become links only when they are plain http(s) addresses.
 */
import { renderToStaticMarkup } from 'react-dom/server'
import type { Debrief } from '../../../../app/protocol'
import { i18n } from '../../i18n/i18n'
import { DebriefDocument } from './DebriefDocument'
import { DebriefNames } from './debrief-names'

/** The page's Content-Security-Policy: nothing may load from anywhere. */
export const DEBRIEF_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

/** The page's own rules (the document's are in debrief.css, scoped under `.debrief`). */
const PAGE_CSS = `html{font-size:18px}
body{margin:0;background:#e9ecf0;color:#1b1f24}
@media (max-width:860px){html{font-size:16px}}
@media print{@page{size:A4;margin:14mm}html{font-size:11pt}body{background:#fff}}`

/** The debrief as pretty JSON (the same data as the page). */
export function debriefJson(debrief: Debrief): string {
  return `${JSON.stringify(debrief, null, 2)}\n`
}

/** The whole page, `<!doctype html>` first. `css`: the text of debrief.css. */
export function renderDebriefPage(debrief: Debrief, names: DebriefNames, css: string): string {
  const page = (
    <html lang={names.language}>
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={DEBRIEF_CSP} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{names.t('debrief.pageTitle', { scenario: names.name('scenario', debrief.scenario.id) })}</title>
        <style>{`${PAGE_CSS}\n${css}`}</style>
      </head>
      <body>
        <DebriefDocument debrief={debrief} names={names} />
      </body>
    </html>
  )
  return `<!doctype html>\n${renderToStaticMarkup(page)}\n`
}

/**
 * The page with names from a record of the game data's texts (text key → text) rather than
 * i18next's `game` namespace: for tests and `scripts/debrief.ts`, which have the rules at hand.
 */
export function renderDebriefPageWithTexts(debrief: Debrief, texts: Readonly<Record<string, string>>, css: string): string {
  const lookup = (key: string): string | null => (Object.prototype.hasOwnProperty.call(texts, key) ? (texts[key] ?? null) : null)
  return renderDebriefPage(debrief, new DebriefNames(debrief.texts, lookup, i18n.getFixedT(i18n.language), i18n.language), css)
}
