/**
 * Developer/test harness (`#…&view=panels-demo&quarters=N`): starts a classroom game on
 * the host (Alibaba played here, every other seat by the AI, seed 7), ends N turns (or
 * plays to the end with `quarters=end`), then shows the chip dossier, the charts panel and,
 * once the game is over, the end screen, so they can be looked at and tested before the
 * in-game screen wires them in. Sets the ready flag to `panels` when they can be opened.
 */
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GameApi } from '../../../../app/protocol/contract'
import { connectGameApi } from '../../api/connect'
import { ChartsPanel } from '../../charts/ChartsPanel'
import { createSessionStore, type SessionStore } from '../../session/session-store'
import { SettingsProvider } from '../../settings/SettingsContext'
import { hostSettingsStore } from '../../settings/settings-store'
import { Button } from '../../ui/Button'
import { DossierPanel } from '../game/dossier/DossierPanel'
import { quarterLabel } from '../game/format'
import type { QuarterReport, Rules, ViewBody } from '../game/game-types'
import { GameOverPanel } from '../game/GameOverPanel'
import '../game/game.css'
import './panels-demo.css'

const SEAT = 'alibaba'

interface Loaded {
  api: GameApi
  view: ViewBody
  rules: Rules
  texts: Record<string, string>
  report: QuarterReport | null
}

/** Ends the seat's turn and waits for the session to hear the quarter resolve. */
function playQuarter(session: SessionStore): Promise<void> {
  const before = session.state.getState().seat?.resolved ?? 0
  return new Promise((resolve, reject) => {
    const off = session.state.subscribe((state) => {
      if ((state.seat?.resolved ?? 0) <= before) return
      off()
      resolve()
    })
    void session.endTurn().then((r) => {
      if (r.ok) return
      off()
      reject(new Error(r.message))
    })
  })
}

/** Plays the quarters through a session store of its own, as the game screen would. */
async function startGame(quarters: number, onProgress: (text: string) => void): Promise<Loaded> {
  const api = await connectGameApi()
  const session = createSessionStore(api)
  const stop = session.start()
  try {
    const scenarios = await api.listScenarios({})
    if (!scenarios.ok) throw new Error(scenarios.message)
    const classroom = scenarios.value.find((s) => s.id === 'classroom')
    if (classroom === undefined) throw new Error('no classroom scenario')
    const seats = classroom.seats.map((s) => ({ faction: s.faction, controller: s.faction === SEAT ? ('human' as const) : ('ai' as const), name: s.faction }))
    const created = await session.newGame({ scenarioId: 'classroom', seats, seed: 7 })
    if (!created.ok) throw new Error(created.message)
    const claimed = await session.claimSeat({ seat: SEAT })
    if (!claimed.ok) throw new Error(claimed.message)
    await session.follow(SEAT, { plays: true })
    for (let i = 0; i < quarters; i++) {
      if (session.state.getState().game?.over === true) break
      onProgress(`quarter ${i + 1}/${quarters}`)
      await playQuarter(session)
    }
    const { seat, texts } = session.state.getState()
    if (seat === null || seat.view === null || seat.rules === null) throw new Error(seat?.failure ?? 'the seat was not read')
    return { api, view: seat.view, rules: seat.rules, texts, report: seat.report }
  } finally {
    stop()
  }
}

export function PanelsDemoScreen({ quarters }: { quarters: number }): React.JSX.Element {
  const { t } = useTranslation()
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [status, setStatus] = useState('starting a game')
  const [open, setOpen] = useState<'dossier' | 'charts' | null>(null)
  const [overShown, setOverShown] = useState(true)

  useEffect(() => {
    let live = true
    startGame(quarters, (text) => live && setStatus(text)).then(
      (l) => {
        if (!live) return
        setLoaded(l)
        document.documentElement.dataset.ready = 'panels'
      },
      (e: unknown) => live && setStatus(`failed: ${e instanceof Error ? e.message : String(e)}`),
    )
    return () => {
      live = false
    }
  }, [quarters])

  const store = useMemo(() => (loaded === null ? null : hostSettingsStore(loaded.api)), [loaded])
  if (loaded === null || store === null) {
    return (
      <main className="game-screen game-screen--message" aria-busy="true">
        <p role="status">{status}</p>
      </main>
    )
  }
  return (
    <SettingsProvider store={store}>
      <main className="game-screen panels-demo" data-testid="panels-demo" data-quarter={loaded.view.quarter}>
        <nav className="panels-demo__bar ui-panel">
          <Button aria-pressed={open === 'dossier'} onClick={() => setOpen(open === 'dossier' ? null : 'dossier')}>
            {t('dossier.title')}
          </Button>
          <Button aria-pressed={open === 'charts'} onClick={() => setOpen(open === 'charts' ? null : 'charts')}>
            {t('charts.title')}
          </Button>
          {loaded.view.over !== null && <Button onClick={() => setOverShown(true)}>{t('game.over.title')}</Button>}
        </nav>
        {open === 'dossier' && <DossierPanel view={loaded.view} rules={loaded.rules} texts={loaded.texts} seat={SEAT} onClose={() => setOpen(null)} focusChip="ascend-910b" />}
        {open === 'charts' && <ChartsPanel history={loaded.view.history} rules={loaded.rules} texts={loaded.texts} seat={SEAT} quarterLabel={quarterLabel} onClose={() => setOpen(null)} />}
        {loaded.view.over !== null && overShown && <GameOverPanel view={loaded.view} report={loaded.report} rules={loaded.rules} texts={loaded.texts} seat={SEAT} onExit={() => setOverShown(false)} />}
      </main>
    </SettingsProvider>
  )
}
