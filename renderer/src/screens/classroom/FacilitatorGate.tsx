/**
 * The facilitator's code prompt for session-level calls (New game, Load, Continue, Quit, the
 * mods, a campaign chapter): `useFacilitatorGate()` gives `run(attempt)`, which calls, and when
 * the host answers that the facilitator is needed, opens this dialog, claims the facilitator's
 * role with the code typed (as the hand-off screen's desk button does, through the session store)
 * and calls again. The logic is in facilitator-gate.ts; this is only the dialog.
 */
import { useCallback, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CallResult } from '../../../../app/protocol/result'
import { useSessionStore } from '../../session/SessionContext'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { runAsFacilitator, type GatedAttempt } from './facilitator-gate'
import { codeComplete } from './hot-seat'
import { CodeInput } from '../../ui/CodeInput'

interface Prompt {
  problem: string | null
  answer(code: string | null): void
}

/** The gate: `run` a call through it and render `dialog` somewhere on the screen. */
export function useFacilitatorGate(): {
  run<T>(attempt: GatedAttempt<T>, options?: { release?: boolean }): Promise<CallResult<T> | null>
  dialog: React.JSX.Element
} {
  const { t } = useTranslation()
  const ids = useId()
  const session = useSessionStore()
  const [prompt, setPrompt] = useState<Prompt | null>(null)
  const [code, setCode] = useState('')
  const current = useRef<Prompt | null>(null)

  const ask = useCallback(
    (problem: string | null) =>
      new Promise<string | null>((resolve) => {
        const next: Prompt = {
          problem,
          answer: (value) => {
            current.current = null
            setPrompt(null)
            setCode('')
            resolve(value)
          },
        }
        current.current = next
        setCode('')
        setPrompt(next)
      }),
    [],
  )

  const run = useCallback(
    async <T,>(attempt: GatedAttempt<T>, options: { release?: boolean } = {}): Promise<CallResult<T> | null> => {
      const { result, claimed } = await runAsFacilitator(session, attempt, ask, { wrongCode: t('classroom.gate.wrongCode') })
      // A call that does not replace the game leaves the window as it was: it gives the desk back.
      if (claimed && options.release === true) await session.releaseSeat()
      return result
    },
    [session, ask, t],
  )

  const submit = (): void => {
    if (codeComplete(code)) current.current?.answer(code)
  }
  const dialog = (
    <Dialog
      open={prompt !== null}
      title={t('classroom.gate.title')}
      onClose={() => current.current?.answer(null)}
      footer={
        <>
          <Button variant="ghost" onClick={() => current.current?.answer(null)} data-testid="facilitator-gate-cancel">
            {t('classroom.gate.cancel')}
          </Button>
          <Button variant="primary" disabled={!codeComplete(code)} onClick={submit} data-testid="facilitator-gate-confirm">
            {t('classroom.gate.confirm')}
          </Button>
        </>
      }
    >
      <p>{t('classroom.gate.lead')}</p>
      <div className="ui-field">
        <label htmlFor={`${ids}-code`} className="ui-field__label">
          {t('classroom.handOff.facilitatorCode')}
        </label>
        <CodeInput
          id={`${ids}-code`}
          value={code}
          aria-invalid={prompt !== null && prompt.problem !== null}
          onDigits={setCode}
          onComplete={submit}
          data-testid="facilitator-gate-code"
        />
      </div>
      {prompt !== null && prompt.problem !== null && (
        <p className="ui-field__error" role="alert">
          {prompt.problem}
        </p>
      )}
    </Dialog>
  )
  return { run, dialog }
}
