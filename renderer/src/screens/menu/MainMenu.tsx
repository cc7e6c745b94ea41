/**
 * The main menu over the title screen: New game, Continue (the latest autosave), Load,
 * Mods, Settings and Quit.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GameApi, GameInfo, SaveSummary } from '../../../../app/protocol'
import type { SessionStore } from '../../session/session-store'
import { useSessionStore, useSession } from '../../session/SessionContext'
import { SettingsDialog } from '../../settings/SettingsDialog'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { TitleScreen } from '../TitleScreen'
import { useEncyclopedia } from '../encyclopedia/EncyclopediaContext'
import { useFacilitatorGate } from '../classroom/FacilitatorGate'
import { isHotSeat } from '../classroom/hot-seat'
import { quarterLabel, quarterText } from '../game/format'
import { LoadDialog } from './LoadDialog'
import { firstHumanSeat } from './seat-setup'
import './menu.css'

interface Props {
  api: GameApi
  onNewGame: () => void
  /** Opens the mod manager. */
  onMods?: () => void
  /** Opens the campaigns. */
  onCampaigns?: () => void
  /** Plays the host's game: this window's seat, or null for a hot-seat game (the hand-off screen asks who is next). */
  onPlay: (seat: string | null) => void
  /** Open the Load list at once (the application menu's Load). */
  openLoad?: boolean
  /** Goes back to the game the host is running (after a reload, or from the menu). */
  onResume?: () => void
}

type Saves = { status: 'loading' } | { status: 'ready'; saves: SaveSummary[] } | { status: 'failed'; message: string }

export function MainMenu({ api, onNewGame, onMods, onCampaigns, onPlay, openLoad = false, onResume }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const continueHelpId = useId()
  const [saves, setSaves] = useState<Saves>({ status: 'loading' })
  const [dialog, setDialog] = useState<'load' | 'settings' | null>(openLoad ? 'load' : null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [warnings, setWarnings] = useState<{ warnings: string[]; seat: string | null } | null>(null)
  const [quit, setQuit] = useState(false)
  const navRef = useRef<HTMLElement>(null)
  const session = useSessionStore()
  // The game the host is running (read afresh here; the session keeps it current), to resume.
  const [read, setRead] = useState(false)
  const game = useSession((s) => s.game)
  const running = read && game !== null && !game.over ? game : null
  useEffect(() => {
    let live = true
    void session.refreshGame().then((r) => live && r.ok && setRead(true))
    return () => {
      live = false
    }
  }, [session])
  const encyclopedia = useEncyclopedia()
  // New game, Load, Continue and Quit are the facilitator's while a classroom game with a facilitator's code runs.
  const gate = useFacilitatorGate()

  // Keyboard players start on New game (and land there again when they come back).
  useEffect(() => {
    if (!openLoad) navRef.current?.querySelector('button')?.focus()
  }, [openLoad])

  const refresh = useCallback(() => {
    void api.listSaves({}).then((result) =>
      setSaves(result.ok ? { status: 'ready', saves: result.value } : { status: 'failed', message: result.message }),
    )
  }, [api])
  useEffect(refresh, [refresh])

  const latest = saves.status === 'ready' ? (saves.saves.find((save) => save.autosave) ?? null) : null

  /**
   * Loads a save (asking for the facilitator's code when it is a classroom's) and plays it (after
   * showing any warnings): a one-person game on its person's seat, a hot-seat game from the hand-off.
   */
  const load = async (name: string): Promise<void> => {
    setBusy(true)
    setProblem(null)
    try {
      const loaded = await gate.run((facilitatorCode) => session.loadGame(facilitatorCode === undefined ? { name } : { name, facilitatorCode }))
      if (loaded === null) return
      if (!loaded.ok) return setProblem(t('menu.loadFailed', { message: loaded.message }))
      let seat: string | null = null
      if (!isHotSeat(loaded.value.game)) {
        const claimed = await claimFirstHuman(session, loaded.value.game, t('menu.noPersonInSave'))
        if (!claimed.ok) return setProblem(claimed.message)
        seat = claimed.seat
      }
      setDialog(null)
      if (loaded.value.warnings.length > 0) setWarnings({ warnings: loaded.value.warnings, seat })
      else onPlay(seat)
    } finally {
      setBusy(false)
    }
  }

  const onQuit = async (): Promise<void> => {
    setProblem(null)
    const result = await gate.run(() => api.quit({}))
    if (result === null) return
    if (!result.ok) return setProblem(result.message)
    setQuit(true)
  }

  const continueHelp =
    saves.status === 'loading'
      ? t('menu.continueLooking')
      : latest === null
        ? t('menu.continueNone')
        : t('menu.continueFrom', { quarter: quarterText(latest.quarter) })

  return (
    <TitleScreen api={api}>
      <nav ref={navRef} className="menu-main" aria-label={t('menu.label')}>
        {running !== null && onResume !== undefined && (
          <Button variant="primary" className="menu-main__item" onClick={onResume} disabled={busy || quit} data-testid="menu-resume">
            {t('menu.resume', { quarter: quarterLabel(running.quarter) })}
          </Button>
        )}
        <Button variant="primary" className="menu-main__item" onClick={onNewGame} disabled={busy || quit}>
          {t('menu.newGame')}
        </Button>
        {onCampaigns !== undefined && (
          <Button className="menu-main__item" onClick={onCampaigns} disabled={busy || quit} data-testid="menu-campaigns">
            {t('campaign.menuEntry')}
          </Button>
        )}
        <Button
          className="menu-main__item"
          onClick={() => latest !== null && void load(latest.name)}
          disabled={latest === null || busy || quit}
          aria-describedby={continueHelpId}
        >
          {t('menu.continue')}
        </Button>
        <p id={continueHelpId} className="menu-main__hint" data-testid="continue-hint">
          {continueHelp}
        </p>
        <Button className="menu-main__item" onClick={() => setDialog('load')} disabled={busy || quit}>
          {t('menu.load')}
        </Button>
        {onMods !== undefined && (
          <Button className="menu-main__item" onClick={onMods} disabled={busy || quit}>
            {t('mods.menuEntry')}
          </Button>
        )}
        {encyclopedia !== null && (
          <Button className="menu-main__item" onClick={() => encyclopedia.open()} disabled={quit}>
            {t('encyclopedia.menuEntry')}
          </Button>
        )}
        <Button className="menu-main__item" onClick={() => setDialog('settings')} disabled={quit}>
          {t('menu.settings')}
        </Button>
        <Button variant="ghost" className="menu-main__item" onClick={() => void onQuit()} disabled={quit}>
          {t('menu.quit')}
        </Button>
        {problem !== null && (
          <p role="alert" className="menu-error">
            {problem}
          </p>
        )}
        {quit && (
          <p role="status" className="menu-main__hint">
            {t('menu.quitDone')}
          </p>
        )}
      </nav>
      <LoadDialog
        open={dialog === 'load'}
        saves={saves.status === 'ready' ? saves.saves : null}
        failure={saves.status === 'failed' ? saves.message : null}
        busy={busy}
        problem={problem}
        onLoad={(name) => void load(name)}
        onClose={() => setDialog(null)}
      />
      <SettingsDialog open={dialog === 'settings'} onClose={() => setDialog(null)} />
      {gate.dialog}
      <Dialog
        open={warnings !== null}
        title={t('menu.warningsTitle')}
        onClose={() => setWarnings(null)}
        footer={
          <Button variant="primary" onClick={() => warnings !== null && onPlay(warnings.seat)}>
            {t('menu.play')}
          </Button>
        }
      >
        <ul className="menu-warnings" data-testid="load-warnings">
          {warnings?.warnings.map((warning) => <li key={warning}>{warning}</li>)}
        </ul>
      </Dialog>
    </TitleScreen>
  )
}

/** Claims the first seat a person plays in `game` for this window. */
export async function claimFirstHuman(
  session: Pick<SessionStore, 'claimSeat'>,
  game: GameInfo,
  noPerson: string,
): Promise<{ ok: true; seat: string } | { ok: false; message: string }> {
  const seat = firstHumanSeat(game.seats)
  if (seat === null) return { ok: false, message: noPerson }
  const claimed = await session.claimSeat({ seat })
  return claimed.ok ? { ok: true, seat } : { ok: false, message: claimed.message }
}
