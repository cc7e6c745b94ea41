/**
 * The header of a full-screen menu page (new game, campaigns, mods): Back, and the page's title,
 * which takes the focus when the page opens so the keyboard and screen readers start there.
 */
import { useEffect, useRef, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../ui/Button'

interface Props {
  title: string
  onBack(): void
  /** The title's element, for a page that moves the focus back to it later. */
  headingRef?: RefObject<HTMLHeadingElement | null>
}

export function ScreenHeader({ title, onBack, headingRef }: Props) {
  const { t } = useTranslation()
  const own = useRef<HTMLHeadingElement>(null)
  const ref = headingRef ?? own
  useEffect(() => ref.current?.focus(), [ref])
  return (
    <header className="menu-screen__header">
      <Button variant="ghost" onClick={onBack}>
        {t('menu.back')}
      </Button>
      <h1 ref={ref} tabIndex={-1} className="menu-screen__title">
        {title}
      </h1>
    </header>
  )
}
