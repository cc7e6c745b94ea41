/**
 * A new game: the scenario (name, briefing, quarters), who plays each seat (a person or
 * the AI, name, difficulty, persona) and the seed. Problems are shown before Start; Start
 * creates the game, claims the first person's seat for this window and opens the game.
 */
import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GameApi, ScenarioSummary } from '../../../../app/protocol'
import { gameText } from '../../i18n/i18n'
import { ScreenHeader } from './ScreenHeader'
import { Button } from '../../ui/Button'
import { Panel } from '../../ui/Panel'
import { quarterText } from '../game/format'
import { loadGameTexts } from './game-texts'
import {
  DIFFICULTIES,
  NAME_MAX,
  defaultSeats,
  firstHumanSeat,
  playsHotSeat,
  parseSeed,
  personasFor,
  randomSeed,
  toSeatSetup,
  validateSetup,
  type Controller,
  type Difficulty,
  type LessonSetup,
  type SeatRow,
  type SetupProblem,
} from './seat-setup'
import { TableHead } from '../../ui/TableHead'
import { useFacilitatorGate } from '../classroom/FacilitatorGate'
import { useSessionStore } from '../../session/SessionContext'
import './menu.css'
import { CodeInput } from '../../ui/CodeInput'

interface Props {
  api: GameApi
  onBack: () => void
  /** The game started: the seat this window claimed (one person), or null for a hot-seat game (the hand-off screen comes first). */
  onStarted: (seat: string | null) => void
}

type Scenarios = { status: 'loading' } | { status: 'ready'; scenarios: ScenarioSummary[] } | { status: 'failed'; message: string }

const DIFFICULTY_KEYS: Record<Difficulty, 'menu.difficultyLevel.easy' | 'menu.difficultyLevel.normal' | 'menu.difficultyLevel.hard'> = {
  easy: 'menu.difficultyLevel.easy',
  normal: 'menu.difficultyLevel.normal',
  hard: 'menu.difficultyLevel.hard',
}

/** Turn timer choices (seconds); the facilitator can change it during the game. */
const TURN_CHOICES = [null, 10, 45, 60, 90, 120, 180, 300] as const

const factionName = (faction: string): string => gameText(`faction.${faction}.name`, faction)

function cryptoRandom(): number {
  const values = new Uint32Array(1)
  crypto.getRandomValues(values)
  return (values[0] ?? 0) / 2 ** 32
}

export function NewGameScreen({ api, onBack, onStarted }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const ids = useId()
  const gate = useFacilitatorGate()
  const session = useSessionStore()
  const [scenarios, setScenarios] = useState<Scenarios>({ status: 'loading' })
  const [scenarioId, setScenarioId] = useState<string | null>(null)
  const [seats, setSeats] = useState<SeatRow[]>([])
  const [seedText, setSeedText] = useState(() => String(randomSeed(cryptoRandom)))
  const [lesson, setLesson] = useState<LessonSetup>({ facilitatorCode: '', turnSeconds: null })
  const [starting, setStarting] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    void Promise.all([api.listScenarios({}), loadGameTexts(api)]).then(([result]) => {
      if (!live) return
      if (!result.ok) return setScenarios({ status: 'failed', message: result.message })
      setScenarios({ status: 'ready', scenarios: result.value })
      const first = result.value[0]
      if (first !== undefined) {
        setScenarioId(first.id)
        setSeats(defaultSeats(first, factionName))
      }
    })
    return () => {
      live = false
    }
  }, [api])

  useEffect(() => {
    if (scenarios.status !== 'loading') document.documentElement.dataset.ready = 'new-game'
  }, [scenarios.status])

  const list = scenarios.status === 'ready' ? scenarios.scenarios : []
  const scenario = list.find((s) => s.id === scenarioId) ?? null
  const problems = validateSetup(seats, seedText, lesson)
  const humanFaction = firstHumanSeat(seats)
  const yourSeat = scenario?.seats.find((seat) => seat.faction === humanFaction) ?? null

  const pickScenario = (next: ScenarioSummary): void => {
    setScenarioId(next.id)
    setSeats(defaultSeats(next, factionName))
  }
  const editSeat = (faction: string, patch: Partial<SeatRow>): void =>
    setSeats((rows) => rows.map((row) => (row.faction === faction ? { ...row, ...patch } : row)))

  const problemText = (p: SetupProblem): string => {
    switch (p.code) {
      case 'no_person':
        return t('menu.problem.noPerson')
      case 'name_empty':
        return t('menu.problem.nameEmpty', { faction: factionName(p.seat) })
      case 'name_too_long':
        return t('menu.problem.nameTooLong', { faction: factionName(p.seat), max: p.max })
      case 'seed_invalid':
        return t('menu.problem.seed', { max: p.max })
      case 'code_invalid':
        return `${factionName(p.seat)}: ${t('classroom.setup.codeInvalid')}`
      case 'facilitator_code_invalid':
        return `${t('classroom.setup.facilitatorCode')}: ${t('classroom.setup.codeInvalid')}`
    }
  }

  const start = async (): Promise<void> => {
    const seed = parseSeed(seedText)
    const seat = firstHumanSeat(seats)
    if (scenario === null || problems.length > 0 || seed === null || seat === null) return
    setStarting(true)
    setFailure(null)
    try {
      // While a classroom game with a facilitator's code runs, a new game is the facilitator's: the gate asks for the running game's code.
      const created = await gate.run(() =>
        session.newGame({
          scenarioId: scenario.id,
          seats: toSeatSetup(seats),
          seed,
          ...(lesson.facilitatorCode !== '' && { facilitatorCode: lesson.facilitatorCode }),
          turnSeconds: lesson.turnSeconds,
        }),
      )
      if (created === null) return
      if (!created.ok) return setFailure(t('menu.startFailed', { message: created.message }))
      if (playsHotSeat(seats, lesson)) return onStarted(null)
      const claimed = await session.claimSeat({ seat })
      if (!claimed.ok) return setFailure(t('menu.startFailed', { message: claimed.message }))
      onStarted(seat)
    } finally {
      setStarting(false)
    }
  }

  const problemsId = `${ids}-problems`
  return (
    <main className="menu-screen" data-testid="new-game">
      <ScreenHeader title={t('menu.newGameTitle')} onBack={onBack} />
      {scenarios.status === 'loading' && <p>{t('menu.scenariosLoading')}</p>}
      {scenarios.status === 'failed' && (
        <p role="alert" className="menu-error">
          {t('menu.scenariosFailed', { message: scenarios.message })}
        </p>
      )}
      {scenarios.status === 'ready' && (
        <form
          className="menu-new-game"
          onSubmit={(event) => {
            event.preventDefault()
            void start()
          }}
        >
          <Panel title={t('menu.scenario')} className="menu-new-game__scenarios">
            <fieldset className="ui-fieldset menu-scenarios">
              <legend className="visually-hidden">{t('menu.scenario')}</legend>
              {list.map((s) => (
                <label key={s.id} className={`menu-scenario${s.id === scenarioId ? ' menu-scenario--active' : ''}`}>
                  <input type="radio" name="scenario" value={s.id} checked={s.id === scenarioId} onChange={() => pickScenario(s)} />
                  <span className="menu-scenario__name">{gameText(s.name, s.id)}</span>
                  <span className="menu-scenario__quarters">{t('menu.quarters', { start: quarterText(s.start), end: quarterText(s.end) })}</span>
                </label>
              ))}
            </fieldset>
          </Panel>
          {scenario !== null && (
            <Panel title={gameText(scenario.name, scenario.id)} className="menu-new-game__briefing">
              <p className="menu-quarters" data-testid="scenario-quarters">
                {t('menu.quartersLong', { start: quarterText(scenario.start), end: quarterText(scenario.end) })}
              </p>
              <p className="menu-briefing" data-testid="scenario-briefing">
                {gameText(scenario.briefing, '')}
              </p>
              {yourSeat !== null && yourSeat.briefing !== null && (
                <>
                  <h3 className="menu-briefing__seat">{t('menu.yourSeat', { faction: factionName(yourSeat.faction) })}</h3>
                  <p className="menu-briefing" data-testid="seat-briefing">
                    {gameText(yourSeat.briefing, '')}
                  </p>
                </>
              )}
            </Panel>
          )}
          {scenario !== null && (
            <Panel title={t('menu.seatSetup')} className="menu-new-game__seats">
              <table className="menu-table menu-seats">
                <caption className="visually-hidden">{t('menu.seatSetup')}</caption>
                <TableHead columns={[{ label: t('menu.faction') }, { label: t('menu.player') }, { label: t('menu.name') }, { label: t('menu.difficulty') }, { label: t('menu.persona') }, { label: t('classroom.setup.code') }]} />
                <tbody>
                  {seats.map((seat) => {
                    const faction = factionName(seat.faction)
                    const nameInvalid = problems.some((p) => 'seat' in p && p.seat === seat.faction)
                    return (
                      <tr key={seat.faction} data-testid={`seat-row-${seat.faction}`}>
                        <th scope="row">{faction}</th>
                        <td>
                          <select
                            className="ui-input"
                            aria-label={t('menu.playerOf', { faction })}
                            value={seat.controller}
                            onChange={(e) => editSeat(seat.faction, { controller: e.target.value as Controller })}
                          >
                            <option value="human">{t('menu.person')}</option>
                            <option value="ai">{t('menu.ai')}</option>
                            <option value="out">{t('menu.sitsOut')}</option>
                          </select>
                        </td>
                        <td>
                          <input
                            className="ui-input menu-seats__name"
                            aria-label={t('menu.nameOf', { faction })}
                            aria-invalid={nameInvalid}
                            aria-describedby={nameInvalid ? problemsId : undefined}
                            value={seat.name}
                            maxLength={NAME_MAX + 10}
                            onChange={(e) => editSeat(seat.faction, { name: e.target.value })}
                          />
                        </td>
                        <td>
                          <select
                            className="ui-input"
                            aria-label={t('menu.difficultyOf', { faction })}
                            value={seat.difficulty}
                            disabled={seat.controller !== 'ai'}
                            onChange={(e) => editSeat(seat.faction, { difficulty: e.target.value as Difficulty })}
                          >
                            {DIFFICULTIES.map((d) => (
                              <option key={d} value={d}>
                                {t(DIFFICULTY_KEYS[d])}
                              </option>
                            ))}
                          </select>
                        </td>
                        <td>
                          <select
                            className="ui-input menu-seats__persona"
                            aria-label={t('menu.personaOf', { faction })}
                            value={seat.persona}
                            disabled={seat.controller !== 'ai'}
                            onChange={(e) => editSeat(seat.faction, { persona: e.target.value })}
                          >
                            {personasFor(scenario, seat.faction).map((p) => (
                              <option key={p.id} value={p.id}>
                                {gameText(p.name, p.id)}
                              </option>
                            ))}
                            {seat.persona === '' && <option value="">{t('menu.personaDefault')}</option>}
                          </select>
                        </td>
                        <td>
                          {seat.controller === 'human' && (
                            <CodeInput
                              className="ui-input menu-seats__code"
                              aria-label={t('classroom.setup.codeOf', { faction })}
                              aria-invalid={problems.some((p) => p.code === 'code_invalid' && p.seat === seat.faction)}
                              value={seat.code}
                              onDigits={(code) => editSeat(seat.faction, { code })}
                            />
                          )}
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
              <div className="menu-seed">
                <label className="ui-field">
                  <span className="ui-field__label">{t('menu.seed')}</span>
                  <input
                    className="ui-input"
                    inputMode="numeric"
                    value={seedText}
                    aria-invalid={parseSeed(seedText) === null}
                    onChange={(e) => setSeedText(e.target.value)}
                  />
                </label>
                <Button variant="ghost" onClick={() => setSeedText(String(randomSeed(cryptoRandom)))}>
                  {t('menu.seedRandom')}
                </Button>
                <p className="ui-field__help">{t('menu.seedHelp')}</p>
              </div>
              <fieldset className="ui-fieldset menu-lesson">
                <legend>{t('classroom.setup.classroom')}</legend>
                <label className="ui-field">
                  <span className="ui-field__label">{t('classroom.setup.facilitatorCode')}</span>
                  <CodeInput
                    value={lesson.facilitatorCode}
                    aria-invalid={problems.some((p) => p.code === 'facilitator_code_invalid')}
                    onDigits={(facilitatorCode) => setLesson((l) => ({ ...l, facilitatorCode }))}
                  />
                  <span className="ui-field__help">{t('classroom.setup.facilitatorCodeHelp')}</span>
                </label>
                <label className="ui-field">
                  <span className="ui-field__label">{t('classroom.timer.label')}</span>
                  <select
                    className="ui-input"
                    value={lesson.turnSeconds ?? ''}
                    onChange={(e) => setLesson((l) => ({ ...l, turnSeconds: e.target.value === '' ? null : Number(e.target.value) }))}
                  >
                    {TURN_CHOICES.map((s) => (
                      <option key={s ?? 'off'} value={s ?? ''}>
                        {s === null ? t('classroom.timer.off') : t('classroom.timer.seconds', { count: s })}
                      </option>
                    ))}
                  </select>
                </label>
                <p className="ui-field__help">{t('classroom.setup.codeHelp')}</p>
              </fieldset>
            </Panel>
          )}
          <footer className="menu-new-game__footer">
            <div id={problemsId} aria-live="polite">
              {problems.length > 0 && (
                <ul className="menu-problems" data-testid="setup-problems">
                  {problems.map((p) => (
                    <li key={`${p.code}-${'seat' in p ? p.seat : ''}`}>{problemText(p)}</li>
                  ))}
                </ul>
              )}
              {failure !== null && (
                <p role="alert" className="menu-error">
                  {failure}
                </p>
              )}
            </div>
            <Button
              type="submit"
              variant="primary"
              disabled={scenario === null || problems.length > 0 || starting}
              aria-describedby={problems.length > 0 ? problemsId : undefined}
            >
              {starting ? t('menu.starting') : t('menu.start')}
            </Button>
          </footer>
        </form>
      )}
      {gate.dialog}
    </main>
  )
}
