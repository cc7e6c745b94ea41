/**
 * Hosts a Pixi v8 Application inside React. `init` is async, so the effect guards against
 * StrictMode's double run: if cleanup happened first, the app is destroyed as soon as it
 * is ready. The canvas follows its container's size and the screen's pixel ratio.
 */
import { Application } from 'pixi.js'
import { useEffect, useRef } from 'react'

/** Called once the app is ready; may return a resize callback. */
export type PixiSetup = (app: Application) => ((width: number, height: number) => void) | void

interface Props {
  setup: PixiSetup
  onReady?: (renderer: string) => void
  className?: string
  label: string
  /**
   * Multisampling on the canvas (default on). Off where the scene antialiases its own
   * cached layers: multisampling every frame is the dearest part of a frame under
   * software WebGL (SwiftShader), several times the rest.
   */
  antialias?: boolean
}

export function PixiStage({ setup, onReady, className, label, antialias = true }: Props): React.JSX.Element {
  const hostRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const host = hostRef.current
    if (host === null) return
    let cancelled = false
    let ready = false
    let observer: ResizeObserver | undefined
    const app = new Application()
    void app
      .init({
        resizeTo: host,
        antialias,
        autoDensity: true,
        resolution: window.devicePixelRatio || 1,
        backgroundAlpha: 0,
        preference: 'webgl',
      })
      .then(() => {
        if (cancelled) {
          app.destroy(true, { children: true })
          return
        }
        ready = true
        app.canvas.setAttribute('aria-hidden', 'true')
        host.appendChild(app.canvas)
        const onResize = setup(app)
        if (onResize) {
          observer = new ResizeObserver(() => {
            app.resize()
            onResize(app.screen.width, app.screen.height)
          })
          observer.observe(host)
        }
        onReady?.(app.renderer.name)
      })
    return () => {
      cancelled = true
      observer?.disconnect()
      if (ready) app.destroy(true, { children: true })
    }
  }, [setup, onReady, antialias])

  return <div ref={hostRef} className={className} role="img" aria-label={label} />
}
