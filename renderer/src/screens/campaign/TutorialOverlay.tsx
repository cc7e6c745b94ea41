/**
 * The tutorial over the game screen: it outlines the control a step points at (its
 * `data-testid`), dims the rest and explains it in a callout with Next and Skip. A step that
 * waits for a click ends when that control is clicked (the click still reaches the game).
 * The rest of the screen stays usable: the dimming lets clicks through.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChapterSummary } from '../../../../app/protocol'
import { gameText } from '../../i18n/i18n'
import { Button } from '../../ui/Button'

type Step = ChapterSummary['tutorial'][number]

interface Props {
  steps: readonly Step[]
  /** The step to begin at (a tutorial left half-way resumes). */
  start: number
  onStep(index: number): void
  onDone(): void
  onSkip(): void
}

interface Box {
  x: number
  y: number
  width: number
  height: number
}

const PAD = 6

function targetOf(step: Step | undefined): HTMLElement | null {
  if (step?.target === null || step?.target === undefined) return null
  const all = document.querySelectorAll<HTMLElement>(`[data-testid="${CSS.escape(step.target)}"]`)
  for (const el of all) {
    const r = el.getBoundingClientRect()
    if (r.width > 0 && r.height > 0) return el
  }
  return null
}

export function TutorialOverlay({ steps, start, onStep, onDone, onSkip }: Props): React.JSX.Element | null {
  const { t } = useTranslation()
  const [index, setIndex] = useState(Math.min(start, Math.max(0, steps.length - 1)))
  const [box, setBox] = useState<Box | null>(null)
  const callout = useRef<HTMLDivElement>(null)
  const [calloutPos, setCalloutPos] = useState<{ left: number; top: number } | null>(null)
  const step = steps[index]

  const at = useRef(index)
  const advance = useCallback(() => {
    const next = at.current + 1
    if (next >= steps.length) return onDone()
    at.current = next
    setIndex(next)
    onStep(next)
  }, [steps.length, onDone, onStep])

  // Follow the target: it may appear later (a panel opening), move or resize.
  useEffect(() => {
    let frame = 0
    const measure = (): void => {
      const el = targetOf(step)
      const r = el?.getBoundingClientRect()
      setBox((old) => {
        if (r === undefined) return old === null ? old : null
        const next = { x: r.left - PAD, y: r.top - PAD, width: r.width + 2 * PAD, height: r.height + 2 * PAD }
        return old !== null && Math.abs(old.x - next.x) < 0.5 && Math.abs(old.y - next.y) < 0.5 && Math.abs(old.width - next.width) < 0.5 && Math.abs(old.height - next.height) < 0.5 ? old : next
      })
    }
    measure()
    const timer = window.setInterval(() => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(measure)
    }, 200)
    window.addEventListener('resize', measure)
    return () => {
      window.clearInterval(timer)
      cancelAnimationFrame(frame)
      window.removeEventListener('resize', measure)
    }
  }, [step])

  // A click on the target ends a click step (after the game has handled the click).
  useEffect(() => {
    if (step?.advance !== 'click' || step.target === null) return
    const target = step.target
    const onClick = (event: MouseEvent): void => {
      const hit = (event.target as Element | null)?.closest?.(`[data-testid="${CSS.escape(target)}"]`)
      if (hit !== null && hit !== undefined) window.setTimeout(advance, 0)
    }
    document.addEventListener('click', onClick, true)
    return () => document.removeEventListener('click', onClick, true)
  }, [step, advance])

  // Place the callout beside the highlight: below it, else above, else to its side; kept on screen.
  useLayoutEffect(() => {
    const el = callout.current
    if (el === null) return
    const w = el.offsetWidth
    const h = el.offsetHeight
    const vw = window.innerWidth
    const vh = window.innerHeight
    if (box === null) {
      setCalloutPos({ left: (vw - w) / 2, top: Math.max(16, vh * 0.3 - h / 2) })
      return
    }
    const clampX = (x: number): number => Math.min(vw - w - 12, Math.max(12, x))
    const clampY = (y: number): number => Math.min(vh - h - 12, Math.max(12, y))
    if (box.y + box.height + 12 + h < vh) setCalloutPos({ left: clampX(box.x + box.width / 2 - w / 2), top: box.y + box.height + 12 })
    else if (box.y - 12 - h > 0) setCalloutPos({ left: clampX(box.x + box.width / 2 - w / 2), top: box.y - 12 - h })
    else if (box.x - 12 - w > 0) setCalloutPos({ left: box.x - 12 - w, top: clampY(box.y + box.height / 2 - h / 2) })
    else setCalloutPos({ left: clampX(box.x + box.width + 12), top: clampY(box.y + box.height / 2 - h / 2) })
  }, [box, index])

  if (step === undefined) return null
  const waiting = step.advance === 'click'
  const last = index === steps.length - 1
  return (
    <div className="tutorial" data-testid="tutorial" data-step={step.id} data-target={step.target ?? ''}>
      {box === null ? (
        <div className="tutorial__dim" />
      ) : (
        <>
          <div className="tutorial__shade" style={{ left: 0, top: 0, right: 0, height: Math.max(0, box.y) }} />
          <div className="tutorial__shade" style={{ left: 0, top: box.y + box.height, right: 0, bottom: 0 }} />
          <div className="tutorial__shade" style={{ left: 0, top: box.y, width: Math.max(0, box.x), height: box.height }} />
          <div className="tutorial__shade" style={{ left: box.x + box.width, top: box.y, right: 0, height: box.height }} />
          <div
            className={`tutorial__highlight${waiting ? ' tutorial__highlight--click' : ''}`}
            data-testid="tutorial-highlight"
            style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
          />
        </>
      )}
      <div
        ref={callout}
        className="tutorial__callout"
        role="dialog"
        aria-modal="false"
        aria-labelledby="tutorial-title"
        data-testid="tutorial-callout"
        style={calloutPos === null ? { visibility: 'hidden' } : { left: calloutPos.left, top: calloutPos.top }}
      >
        <p id="tutorial-title" className="tutorial__count">
          {t('campaign.tutorial.step', { n: index + 1, of: steps.length })}
        </p>
        <p className="tutorial__text">{gameText(step.text, step.text)}</p>
        {waiting && <p className="tutorial__hint">{box === null ? t('campaign.tutorial.waitingFor') : t('campaign.tutorial.clickIt')}</p>}
        <div className="tutorial__actions">
          <Button variant="ghost" onClick={onSkip} data-testid="tutorial-skip">
            {t('campaign.tutorial.skip')}
          </Button>
          {(!waiting || box === null) && (
            <Button variant="primary" onClick={advance} data-testid="tutorial-next">
              {last ? t('campaign.tutorial.finish') : t('campaign.tutorial.next')}
            </Button>
          )}
        </div>
      </div>
    </div>
  )
}
