/**
 * The campaign screen: each campaign's chapters as a path with their state (locked,
 * available, won, lost), the selected chapter's briefing with a picture the game draws,
 * Start / Retry / Continue, and after a chapter its debrief (objectives met or not with
 * their figures, what carries over, what it unlocked). Starting a chapter opens the normal
 * game screen, with the tutorial over it in the first chapter; leaving it comes back here.
 * Progress is the host's (a file in the user's data folder).
 */
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CampaignSummary, ChapterDebrief, ChapterSummary, GameApi } from '../../../../app/protocol'
import { gameText } from '../../i18n/i18n'
import { ScreenHeader } from '../menu/ScreenHeader'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { loadGameTexts } from '../menu/game-texts'
import { quarterText } from '../game/format'
import { useFacilitatorGate } from '../classroom/FacilitatorGate'
import { useSessionStore } from '../../session/SessionContext'
import { BriefingImage } from './BriefingImage'
import { carryLines, chapterAction, type CarryLine, initialChapter, objectiveFigure, sideRoads, tutorialRuns } from './campaign-model'
import { TutorialOverlay } from './TutorialOverlay'
import '../menu/menu.css'
import './campaign.css'

const GameScreen = lazy(() => import('../game/GameScreen').then((m) => ({ default: m.GameScreen })))

interface Props {
  api: GameApi
  onBack(): void
  /** Go straight back into the chapter the host is running (resumed or continued from the main menu). */
  resumeActive?: boolean
}

interface Listing {
  campaigns: CampaignSummary[]
  active: { campaign: string; chapter: string; seat: string; over: boolean } | null
  problem: string | null
}

type Mode = { kind: 'list' } | { kind: 'playing'; campaign: string; chapter: string; seat: string; tutorial: boolean; tutorialStep: number }

const SEED_MAX = 2 ** 31 - 1

/** A small padlock for locked chapters (drawn: not every font has the emoji). */
function Padlock(): React.JSX.Element {
  return (
    <svg className="campaign-padlock" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <rect x="3" y="7" width="10" height="7.5" rx="1.5" fill="currentColor" />
    </svg>
  )
}

export function CampaignScreen({ api, onBack, resumeActive = false }: Props): React.JSX.Element {
  const { t } = useTranslation()
  // A chapter replaces the running game: while a classroom game with a facilitator's code runs, that is the facilitator's call.
  const gate = useFacilitatorGate()
  const session = useSessionStore()
  const [listing, setListing] = useState<Listing | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [campaignId, setCampaignId] = useState<string | null>(null)
  const [chapterId, setChapterId] = useState<string | null>(null)
  const [mode, setMode] = useState<Mode>({ kind: 'list' })
  const [debrief, setDebrief] = useState<ChapterDebrief | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [confirmReset, setConfirmReset] = useState(false)
  const [seed, setSeed] = useState('')
  const titleRef = useRef<HTMLHeadingElement>(null)
  const seedId = useId()

  /** Reads the campaigns (the host judges a finished chapter first); shows its debrief when one was just played. */
  const refresh = useCallback(
    async (fromGame: { campaign: string; chapter: string } | null): Promise<void> => {
      await loadGameTexts(api)
      const result = await api.listCampaigns({})
      if (!result.ok) return setFailure(result.message)
      const value = result.value
      setListing(value)
      const active = value.active
      const wanted = fromGame ?? (active === null ? null : { campaign: active.campaign, chapter: active.chapter })
      const campaign = value.campaigns.find((c) => c.id === wanted?.campaign) ?? value.campaigns[0] ?? null
      setCampaignId((old) => (wanted !== null ? (campaign?.id ?? null) : (old ?? campaign?.id ?? null)))
      if (wanted !== null && campaign !== null) {
        setChapterId(wanted.chapter)
        const played = campaign.chapters.find((c) => c.id === wanted.chapter)
        if (fromGame !== null && active?.over === true && played?.debrief !== null && played?.debrief !== undefined) setDebrief(played.debrief)
      }
    },
    [api],
  )

  useEffect(() => {
    void refresh(null)
  }, [refresh])

  useEffect(() => {
    if (mode.kind !== 'list' || listing === null) return
    document.documentElement.dataset.ready = 'campaign'
    titleRef.current?.focus()
    return () => {
      if (document.documentElement.dataset.ready === 'campaign') delete document.documentElement.dataset.ready
    }
  }, [mode.kind, listing])

  const campaign = listing?.campaigns.find((c) => c.id === campaignId) ?? listing?.campaigns[0] ?? null
  const chapter = useMemo(() => {
    if (campaign === null) return null
    return campaign.chapters.find((c) => c.id === chapterId) ?? initialChapter(campaign, null)
  }, [campaign, chapterId])
  const side = useMemo(() => (campaign === null ? new Set<string>() : sideRoads(campaign)), [campaign])
  const stateText = (state: ChapterSummary['state']): string =>
    state === 'won' ? t('campaign.state.won') : state === 'lost' ? t('campaign.state.lost') : state === 'locked' ? t('campaign.state.locked') : t('campaign.state.available')
  const carryText = (key: CarryLine['key']): string => {
    switch (key) {
      case 'cash': return t('campaign.carry.cash')
      case 'reputation': return t('campaign.carry.reputation')
      case 'ecosystem': return t('campaign.carry.ecosystem')
      case 'politicalCapital': return t('campaign.carry.politicalCapital')
      case 'tension': return t('campaign.carry.tension')
      case 'chips': return t('campaign.carry.chips')
      case 'programs': return t('campaign.carry.programs')
      case 'policies': return t('campaign.carry.policies')
    }
  }
  const carryKindText = (kind: string): string => {
    switch (kind) {
      case 'cash': return t('campaign.carryKind.cash')
      case 'reputation': return t('campaign.carryKind.reputation')
      case 'ecosystem': return t('campaign.carryKind.ecosystem')
      case 'political-capital': return t('campaign.carryKind.politicalCapital')
      case 'tension': return t('campaign.carryKind.tension')
      case 'programs': return t('campaign.carryKind.programs')
      case 'policies': return t('campaign.carryKind.policies')
      default: return kind
    }
  }
  const chapterName = (id: string | null): string => {
    const c = campaign?.chapters.find((x) => x.id === id)
    return c === undefined ? (id ?? '') : gameText(c.name, c.id)
  }

  const start = async (target: ChapterSummary): Promise<void> => {
    if (campaign === null) return
    setBusy(true)
    setProblem(null)
    try {
      const trimmed = seed.trim()
      const seedValue = trimmed === '' ? undefined : Number(trimmed)
      if (seedValue !== undefined && (!Number.isInteger(seedValue) || seedValue < 0 || seedValue > SEED_MAX)) return setProblem(t('campaign.seedProblem', { max: SEED_MAX }))
      const started = await gate.run(() => session.startChapter(seedValue === undefined ? { campaign: campaign.id, chapter: target.id } : { campaign: campaign.id, chapter: target.id, seed: seedValue }))
      if (started === null) return
      if (!started.ok) return setProblem(t('campaign.startFailed', { message: started.message }))
      const claimed = await session.claimSeat({ seat: started.value.seat })
      if (!claimed.ok) return setProblem(t('campaign.startFailed', { message: claimed.message }))
      const tutorial = tutorialRuns(campaign, target)
      setDebrief(null)
      setMode({ kind: 'playing', campaign: campaign.id, chapter: target.id, seat: started.value.seat, tutorial, tutorialStep: campaign.tutorial.status === 'running' ? campaign.tutorial.step : 0 })
    } finally {
      setBusy(false)
    }
  }

  /** Goes back to the running chapter (left with the Menu button). */
  const resume = async (): Promise<void> => {
    const active = listing?.active
    if (active === null || active === undefined || campaign === null) return
    const claimed = await session.claimSeat({ seat: active.seat })
    if (!claimed.ok) return setProblem(claimed.message)
    const target = campaign.chapters.find((c) => c.id === active.chapter)
    setMode({ kind: 'playing', campaign: active.campaign, chapter: active.chapter, seat: active.seat, tutorial: target !== undefined && tutorialRuns(campaign, target), tutorialStep: campaign.tutorial.step })
  }

  // Resumed from the main menu: once the listing is in, go back into the running chapter (once).
  const resumed = useRef(false)
  useEffect(() => {
    if (!resumeActive || resumed.current || listing === null || listing.active === null || listing.active.over) return
    resumed.current = true
    void resume()
  })

  const backFromGame = useCallback((): void => {
    const played = mode.kind === 'playing' ? { campaign: mode.campaign, chapter: mode.chapter } : null
    setMode({ kind: 'list' })
    void refresh(played)
  }, [mode, refresh])

  const setTutorial = useCallback(
    (status: 'new' | 'running' | 'done' | 'skipped', step = 0): void => {
      if (mode.kind !== 'playing') return
      void api.setTutorial({ campaign: mode.campaign, status, step })
      if (status === 'done' || status === 'skipped') setMode((m) => (m.kind === 'playing' ? { ...m, tutorial: false } : m))
    },
    [api, mode],
  )

  const replayTutorial = async (): Promise<void> => {
    if (campaign === null) return
    await api.setTutorial({ campaign: campaign.id, status: 'new', step: 0 })
    await refresh(null)
  }

  const reset = async (): Promise<void> => {
    if (campaign === null) return
    setConfirmReset(false)
    const result = await api.resetCampaign({ campaign: campaign.id })
    if (!result.ok) return setProblem(result.message)
    setDebrief(null)
    setChapterId(null)
    await refresh(null)
  }

  if (mode.kind === 'playing') {
    const steps = campaign?.chapters.find((c) => c.id === mode.chapter)?.tutorial ?? []
    return (
      <Suspense fallback={null}>
        <GameScreen
          seat={mode.seat}
          onExit={backFromGame}
          exitLabel={t('campaign.backToCampaign')}
          overlay={
            mode.tutorial && steps.length > 0 ? (
              <TutorialOverlay
                steps={steps}
                start={mode.tutorialStep}
                onStep={(i) => setTutorial('running', i)}
                onDone={() => setTutorial('done', steps.length)}
                onSkip={() => setTutorial('skipped', 0)}
              />
            ) : null
          }
        />
      </Suspense>
    )
  }

  if (failure !== null) {
    return (
      <main className="menu-screen">
        <p role="alert">{t('campaign.loadFailed', { message: failure })}</p>
        <Button onClick={onBack}>{t('menu.back')}</Button>
      </main>
    )
  }
  if (listing === null) return <main className="menu-screen" aria-busy="true" />

  const action = chapter === null ? null : chapterAction(chapter)
  const activeHere = listing.active !== null && listing.active.campaign === campaign?.id && listing.active.chapter === chapter?.id && !listing.active.over
  const name = (kind: 'chip' | 'policy', id: string): string => gameText(`${kind}.${id}.name`, id)
  const lastResults = new Map((chapter?.debrief?.objectives ?? []).map((o) => [o.id, o]))

  return (
    <main className="menu-screen campaign-screen" data-testid="campaign-screen">
      <ScreenHeader title={t('campaign.title')} onBack={onBack} headingRef={titleRef} />
      {listing.problem !== null && (
        <p role="alert" className="campaign-warning" data-testid="campaign-problem">
          {listing.problem}
        </p>
      )}
      {listing.campaigns.length === 0 && <p className="menu-empty">{t('campaign.none')}</p>}
      {campaign !== null && (
        <div className="campaign-layout">
          <nav className="campaign-nav" aria-label={t('campaign.campaigns')}>
            <ul className="campaign-tabs">
              {listing.campaigns.map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    className={`campaign-tab${c.id === campaign.id ? ' campaign-tab--active' : ''}`}
                    aria-pressed={c.id === campaign.id}
                    data-testid={`campaign-${c.id}`}
                    onClick={() => {
                      setCampaignId(c.id)
                      setChapterId(null)
                    }}
                  >
                    <span className="campaign-tab__name">{gameText(c.name, c.id)}</span>
                    <span className="campaign-tab__meta">
                      {t('campaign.asFaction', { faction: gameText(`faction.${c.faction}.name`, c.faction) })} · {t('campaign.progress', { won: c.chapters.filter((x) => x.state === 'won').length, all: c.chapters.length })}
                      {c.complete ? ` · ${t('campaign.complete')}` : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            {campaign.description !== null && <p className="campaign-description">{gameText(campaign.description, '')}</p>}
            <h2 className="campaign-nav__heading">{t('campaign.chapters')}</h2>
            <ol className="campaign-path" data-testid="chapter-path">
              {campaign.chapters.map((c, i) => (
                <li key={c.id} className={`campaign-path__item campaign-path__item--${c.state}${side.has(c.id) ? ' campaign-path__item--branch' : ''}`}>
                  <button
                    type="button"
                    className={`campaign-chapter${c.id === chapter?.id ? ' campaign-chapter--selected' : ''}`}
                    aria-current={c.id === chapter?.id ? 'step' : undefined}
                    data-testid={`chapter-${c.id}`}
                    data-state={c.state}
                    onClick={() => setChapterId(c.id)}
                  >
                    <span className="campaign-chapter__marker" aria-hidden="true">
                      {c.state === 'won' ? '✓' : c.state === 'lost' ? '✗' : c.state === 'locked' ? <Padlock /> : i + 1}
                    </span>
                    <span className="campaign-chapter__text">
                      <span className="campaign-chapter__name">{c.state === 'locked' ? t('campaign.lockedName', { n: i + 1 }) : gameText(c.name, c.id)}</span>
                      <span className="campaign-chapter__state">
                        {stateText(c.state)}
                        {side.has(c.id) ? ` · ${t('campaign.branch')}` : ''}
                      </span>
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </nav>

          {chapter !== null && (
            <section className="campaign-briefing ui-panel" aria-labelledby="chapter-title" data-testid="chapter-briefing" data-chapter={chapter.id}>
              {chapter.state === 'locked' ? (
                <div className="campaign-locked">
                  <h2 id="chapter-title">{t('campaign.lockedName', { n: campaign.chapters.indexOf(chapter) + 1 })}</h2>
                  <p>{t('campaign.lockedHelp')}</p>
                </div>
              ) : (
                <>
                  <div className="campaign-briefing__image">
                    <BriefingImage image={chapter.image} faction={chapter.faction} />
                  </div>
                  <div className="campaign-briefing__body">
                    <h2 id="chapter-title" className="campaign-briefing__title">
                      {gameText(chapter.name, chapter.id)}
                    </h2>
                    <p className="campaign-briefing__meta">
                      {t('campaign.meta', {
                        faction: gameText(chapter.factionName, chapter.faction),
                        start: quarterText(chapter.start),
                        end: quarterText(chapter.end),
                        count: chapter.quarters,
                        difficulty: chapter.difficulty === 'easy' ? t('menu.difficultyLevel.easy') : chapter.difficulty === 'hard' ? t('menu.difficultyLevel.hard') : t('menu.difficultyLevel.normal'),
                      })}
                    </p>
                    <p className="campaign-briefing__text" data-testid="chapter-briefing-text">
                      {gameText(chapter.briefing, chapter.briefing)}
                    </p>
                    <h3>{t('campaign.objectives')}</h3>
                    <ul className="campaign-objectives">
                      {chapter.objectives.map((o) => {
                        const last = lastResults.get(o.id)
                        return (
                          <li key={o.id} className={last === undefined ? undefined : last.met ? 'campaign-objective--met' : 'campaign-objective--missed'}>
                            <span aria-hidden="true">{last === undefined ? '◇' : last.met ? '✓' : '✗'}</span> {gameText(o.text, o.id)}
                            {!o.required && <span className="muted"> ({t('campaign.bonus')})</span>}
                          </li>
                        )
                      })}
                    </ul>
                    {chapter.carriedIn !== null && carryLines(chapter.carriedIn, name).length > 0 && (
                      <>
                        <h3>{t('campaign.carriedIn')}</h3>
                        <ul className="campaign-carry" data-testid="carried-in">
                          {carryLines(chapter.carriedIn, name).map((l) => (
                            <li key={l.key}>
                              {carryText(l.key)}: <strong>{l.value}</strong>
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                    {chapter.carry.length > 0 && <p className="campaign-note">{t('campaign.carriesOver', { what: chapter.carry.map(carryKindText).join(', ') })}</p>}
                    <p className="campaign-note">
                      {chapter.next.won === null ? t('campaign.nextWonEnd') : t('campaign.nextWon', { chapter: chapterName(chapter.next.won) })}{' '}
                      {chapter.next.lost === null ? t('campaign.nextLostRetry') : t('campaign.nextLost', { chapter: chapterName(chapter.next.lost) })}
                    </p>
                    {chapter.next.special.map((sp) => (
                      <p key={sp.chapter + sp.text} className="campaign-note" data-testid="chapter-special">
                        {t('campaign.nextSpecial', { chapter: chapterName(sp.chapter) })}
                      </p>
                    ))}
                    {problem !== null && (
                      <p role="alert" className="menu-error">
                        {problem}
                      </p>
                    )}
                    <div className="campaign-actions">
                      {activeHere && (
                        <Button variant="primary" onClick={() => void resume()} data-testid="chapter-continue">
                          {t('campaign.continue')}
                        </Button>
                      )}
                      {action !== null && (
                        <Button variant={activeHere ? 'secondary' : 'primary'} disabled={busy} onClick={() => void start(chapter)} data-testid="chapter-start">
                          {busy ? t('campaign.starting') : action === 'start' ? t('campaign.action.start') : action === 'retry' ? t('campaign.action.retry') : t('campaign.action.replay')}
                        </Button>
                      )}
                      {chapter.debrief !== null && (
                        <Button variant="ghost" onClick={() => setDebrief(chapter.debrief)} data-testid="chapter-debrief">
                          {t('campaign.lastDebrief')}
                        </Button>
                      )}
                      {chapter.tutorial.length > 0 && !tutorialRuns(campaign, chapter) && (
                        <Button variant="ghost" onClick={() => void replayTutorial()} data-testid="tutorial-replay">
                          {t('campaign.replayTutorial')}
                        </Button>
                      )}
                    </div>
                    <details className="campaign-seed">
                      <summary>{t('campaign.advanced')}</summary>
                      <label htmlFor={seedId}>{t('menu.seed')}</label>{' '}
                      <input id={seedId} inputMode="numeric" value={seed} onChange={(e) => setSeed(e.target.value)} placeholder={t('campaign.seedRandom')} data-testid="chapter-seed" />
                      <p className="muted">{t('menu.seedHelp')}</p>
                    </details>
                  </div>
                </>
              )}
            </section>
          )}
        </div>
      )}
      {campaign !== null && (
        <footer className="campaign-footer">
          <Button variant="danger" onClick={() => setConfirmReset(true)} data-testid="campaign-reset">
            {t('campaign.reset')}
          </Button>
        </footer>
      )}
      <Dialog
        open={confirmReset}
        title={t('campaign.resetTitle')}
        onClose={() => setConfirmReset(false)}
        footer={
          <>
            <Button onClick={() => setConfirmReset(false)}>{t('campaign.cancel')}</Button>
            <Button variant="danger" onClick={() => void reset()} data-testid="campaign-reset-confirm">
              {t('campaign.reset')}
            </Button>
          </>
        }
      >
        <p>{t('campaign.resetHelp', { campaign: campaign === null ? '' : gameText(campaign.name, campaign.id) })}</p>
      </Dialog>
      {debrief !== null && (
        <Dialog
          open
          title={t(debrief.outcome === 'won' ? 'campaign.debrief.won' : 'campaign.debrief.lost', { chapter: chapterName(debrief.chapter) })}
          onClose={() => setDebrief(null)}
          footer={
            <>
              {(debrief.outcome === 'lost' || debrief.next === null) && (
                <Button
                  onClick={() => {
                    setDebrief(null)
                    setChapterId(debrief.chapter)
                  }}
                >
                  {t('campaign.debrief.close')}
                </Button>
              )}
              {debrief.next !== null && (
                <Button
                  variant="primary"
                  data-testid="debrief-next"
                  onClick={() => {
                    setDebrief(null)
                    setChapterId(debrief.next)
                  }}
                >
                  {t('campaign.debrief.toNext', { chapter: chapterName(debrief.next) })}
                </Button>
              )}
            </>
          }
        >
          <div className="campaign-debrief" data-testid="debrief" data-outcome={debrief.outcome} data-next={debrief.next ?? ''}>
            <p className="campaign-debrief__summary">{t('campaign.debrief.summary', { quarter: quarterText(debrief.quarter), score: debrief.score.toFixed(1), seed: debrief.seed })}</p>
            {debrief.specialText !== null && <p className="campaign-debrief__special">{gameText(debrief.specialText, debrief.specialText)}</p>}
            <h3>{t('campaign.objectives')}</h3>
            <ul className="campaign-objectives" data-testid="debrief-objectives">
              {debrief.objectives.map((o) => {
                const figure = objectiveFigure(o)
                return (
                  <li key={o.id} className={o.met ? 'campaign-objective--met' : 'campaign-objective--missed'} data-met={o.met}>
                    <span aria-hidden="true">{o.met ? '✓' : '✗'}</span> {gameText(o.text, o.id)}
                    {figure !== null && <span className="campaign-figure"> {figure}</span>}
                    <span className="visually-hidden"> {o.met ? t('campaign.met') : t('campaign.missed')}</span>
                    {!o.required && <span className="muted"> ({t('campaign.bonus')})</span>}
                  </li>
                )
              })}
            </ul>
            {carryLines(debrief.carried, name).length > 0 && debrief.next !== null && (
              <>
                <h3>{t('campaign.debrief.carries')}</h3>
                <ul className="campaign-carry" data-testid="debrief-carry">
                  {carryLines(debrief.carried, name).map((l) => (
                    <li key={l.key}>
                      {carryText(l.key)}: <strong>{l.value}</strong>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p className="campaign-debrief__next" data-testid="debrief-unlocked">
              {debrief.next !== null
                ? t('campaign.debrief.unlocked', { chapter: chapterName(debrief.next) })
                : debrief.outcome === 'won'
                  ? t('campaign.debrief.storyEnds')
                  : t('campaign.debrief.tryAgain')}
            </p>
          </div>
        </Dialog>
      )}
      {gate.dialog}
    </main>
  )
}
