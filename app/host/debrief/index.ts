/** The classroom debrief: built from a game's order log as data (`app/protocol/debrief.ts`); the renderer words and draws it. */
export { buildDebrief, CONTROL_INSTRUMENTS, HIGH_TENSION, isChinaMaker } from './build-debrief'
export type { DebriefInput } from './build-debrief'
export { DEBRIEF_FORMAT, DEBRIEF_VERSION } from '../../protocol/debrief'
export type * from '../../protocol/debrief'
