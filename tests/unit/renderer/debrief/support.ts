/** Debriefs of small games, worded as the renderer words them (English, the base game's texts). */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { buildDebrief, type Debrief } from '../../../../app/host/debrief'
import { i18n } from '../../../../renderer/src/i18n/i18n'
import { DebriefNames } from '../../../../renderer/src/screens/debrief/debrief-names'
import { baseRules, playSteps, textsOf, type Step } from '../../host/debrief/support'

export { baseRules, playSteps, textsOf, type Step }

export const GENERATED = '2026-11-29T08:00:00.000Z'

/** The text of debrief.css, as the app inlines it. */
export const DEBRIEF_CSS = readFileSync(path.resolve(__dirname, '../../../../renderer/src/screens/debrief/debrief.css'), 'utf8')

export function debriefOf(steps: readonly Step[], rules = baseRules, seed = 3): Debrief {
  const game = playSteps(steps, { rules, seed })
  return buildDebrief({ scenarioId: 'classroom', seed, seats: game.seats, orderLog: game.orderLog, finalState: game.finalState, generatedAt: GENERATED })
}

/** Names over a ruleset's English texts. */
export function namesOf(debrief: Debrief, rules = baseRules): DebriefNames {
  const texts = textsOf(rules)
  return new DebriefNames(debrief.texts, (key) => (Object.prototype.hasOwnProperty.call(texts, key) ? (texts[key] ?? null) : null), i18n.getFixedT('en'), 'en')
}
