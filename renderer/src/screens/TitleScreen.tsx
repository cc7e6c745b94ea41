/**
 * The title screen: the game's name over the living map, the main menu (children), and
 * what the engine answered, so a player (and a bug report) can see which engine build the
 * window is talking to.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Application } from 'pixi.js'
import type { CallResponse, GameApi } from '../../../app/protocol'
import { PixiStage } from '../pixi/PixiStage'
import { TitleBackdrop } from '../pixi/TitleBackdrop'
import { useSettings } from '../settings/SettingsContext'

type EngineInfo = CallResponse<'getEngineInfo'>

type EngineState =
  | { status: 'asking' }
  | { status: 'answered'; info: EngineInfo }
  | { status: 'failed'; message: string }

interface Props {
  api: GameApi
  /** The main menu, under the tagline. */
  children?: React.ReactNode
}

export function TitleScreen({ api, children }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const [engine, setEngine] = useState<EngineState>({ status: 'asking' })
  const [renderer, setRenderer] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    void api.getEngineInfo({}).then((result) => {
      if (!live) return
      setEngine(result.ok ? { status: 'answered', info: result.value } : { status: 'failed', message: result.message })
    })
    return () => {
      live = false
    }
  }, [api])

  const { motion } = useSettings()
  const speed = useRef(motion.speed)
  speed.current = motion.speed
  const backdrop = useRef<TitleBackdrop | null>(null)
  const setup = useCallback((app: Application) => {
    const drawn = new TitleBackdrop(app, speed.current)
    backdrop.current = drawn
    return (width: number, height: number) => drawn.resize(width, height)
  }, [])
  useEffect(() => backdrop.current?.setSpeed(motion.speed), [motion.speed])
  useEffect(() => () => void (backdrop.current = null), [])

  const ready = engine.status !== 'asking' && renderer !== null
  useEffect(() => {
    if (ready) document.documentElement.dataset.ready = 'title'
  }, [ready])

  return (
    <main className="title-screen" data-testid="title-screen" data-renderer={renderer ?? ''}>
      <PixiStage
        className="title-backdrop"
        setup={setup}
        onReady={setRenderer}
        label={t('title.backdropLabel')}
      />
      <div className="title-content">
        <h1 className="title-name">{t('app.title')}</h1>
        <p className="title-tagline">{t('title.tagline')}</p>
        {children}
        <section className="engine-card" aria-live="polite" aria-label={t('title.engineStatus')}>
          {engine.status === 'asking' && <p>{t('title.asking')}</p>}
          {engine.status === 'answered' && (
            <dl data-testid="engine-info">
              <dt>{t('title.engine')}</dt>
              <dd data-testid="engine-name">{engine.info.name}</dd>
              <dt>{t('title.version')}</dt>
              <dd data-testid="engine-version">{engine.info.version}</dd>
              <dt>{t('title.build')}</dt>
              <dd data-testid="engine-build">{engine.info.build}</dd>
            </dl>
          )}
          {engine.status === 'failed' && (
            <p role="alert" className="engine-error">
              {t('title.engineFailed', { message: engine.message })}
            </p>
          )}
        </section>
      </div>
    </main>
  )
}
