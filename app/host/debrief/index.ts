/** The classroom debrief: built from a game's order log, rendered as one offline HTML page or JSON. */
export { buildDebrief, CONTROL_INSTRUMENTS, HIGH_TENSION, isChinaMaker } from './build-debrief'
export type { DebriefInput } from './build-debrief'
export { debriefJson, renderDebriefHtml } from './render-html'
export { DEBRIEF_FORMAT, DEBRIEF_VERSION } from './debrief-types'
export type * from './debrief-types'
