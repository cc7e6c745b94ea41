/**
 * `<MoreLink entry="chip:h800" />`: a small "More" link that opens the encyclopedia at an
 * entry (an entry id, or a bare record id such as an owner's). Shows nothing outside an
 * `EncyclopediaProvider` or without an entry.
 */
import { useTranslation } from 'react-i18next'
import { useEncyclopedia } from './EncyclopediaContext'
import './more-link.css'

interface Props {
  entry: string | null | undefined
  /** The visible text (default "More"). */
  label?: string
  /** What it is about, for the accessible name ("More about H800 in the encyclopedia"). */
  about?: string
  className?: string
}

export function MoreLink({ entry, label, about, className }: Props): React.JSX.Element | null {
  const { t } = useTranslation()
  const encyclopedia = useEncyclopedia()
  if (encyclopedia === null || entry === null || entry === undefined) return null
  return (
    <button
      type="button"
      className={`encyclopedia-more${className === undefined ? '' : ` ${className}`}`}
      aria-label={about === undefined ? t('encyclopedia.moreLabel') : t('encyclopedia.moreAbout', { name: about })}
      data-entry={entry}
      onClick={() => encyclopedia.open(entry)}
    >
      <span aria-hidden="true" className="encyclopedia-more__icon">
        ▤
      </span>
      {label ?? t('encyclopedia.more')}
    </button>
  )
}
