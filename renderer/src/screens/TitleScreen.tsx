/**
 * The title screen: the game's name over the living map, and what the engine answered,
 * so a player (and a bug report) can see which engine build the window is talking to.
 */
import { useCallback, useEffect, useState } from 'react'
import type { Application } from 'pixi.js'
import type { CallResponse, GameApi } from '../../../app/protocol'
import { PixiStage } from '../pixi/PixiStage'
import { TitleBackdrop } from '../pixi/TitleBackdrop'

type EngineInfo = CallResponse<'getEngineInfo'>

type EngineState =
  | { status: 'asking' }
  | { status: 'answered'; info: EngineInfo }
  | { status: 'failed'; message: string }

interface Props {
  api: GameApi
}

export function TitleScreen({ api }: Props): React.JSX.Element {
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

  const setup = useCallback((app: Application) => {
    const backdrop = new TitleBackdrop(app)
    return (width: number, height: number) => backdrop.resize(width, height)
  }, [])

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
        label="A map of the chip race: regions linked by flows of chips, split by a dashed curtain"
      />
      <div className="title-content">
        <h1 className="title-name">Silicon Curtain</h1>
        <p className="title-tagline">The AI chip race, one quarter at a time.</p>
        <section className="engine-card" aria-live="polite" aria-label="Engine status">
          {engine.status === 'asking' && <p>Asking the engine…</p>}
          {engine.status === 'answered' && (
            <dl data-testid="engine-info">
              <dt>Engine</dt>
              <dd data-testid="engine-name">{engine.info.name}</dd>
              <dt>Version</dt>
              <dd data-testid="engine-version">{engine.info.version}</dd>
              <dt>Build</dt>
              <dd data-testid="engine-build">{engine.info.build}</dd>
            </dl>
          )}
          {engine.status === 'failed' && (
            <p role="alert" className="engine-error">
              The engine did not answer: {engine.message}
            </p>
          )}
        </section>
      </div>
    </main>
  )
}
