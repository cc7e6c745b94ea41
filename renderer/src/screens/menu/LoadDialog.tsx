/** The saved games, newest first: quarter, scenario, seats and date, each with a Load button. */
import { useTranslation } from 'react-i18next'
import type { SaveSummary } from '../../../../app/protocol'
import { gameText } from '../../i18n/i18n'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { TableHead } from '../../ui/TableHead'
import { quarterText } from '../game/format'

interface Props {
  open: boolean
  /** null while the list is being asked for. */
  saves: SaveSummary[] | null
  failure: string | null
  busy: boolean
  problem: string | null
  onLoad: (name: string) => void
  onClose: () => void
}

export function LoadDialog({ open, saves, failure, busy, problem, onLoad, onClose }: Props): React.JSX.Element | null {
  const { t, i18n } = useTranslation()
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  const when = (iso: string): string => {
    const parsed = new Date(iso)
    return Number.isNaN(parsed.getTime()) ? iso : date.format(parsed)
  }
  return (
    <Dialog
      open={open}
      title={t('menu.loadTitle')}
      onClose={onClose}
      footer={
        <Button variant="primary" onClick={onClose}>
          {t('ui.close')}
        </Button>
      }
    >
      {failure !== null && (
        <p role="alert" className="menu-error">
          {t('menu.savesFailed', { message: failure })}
        </p>
      )}
      {saves === null && failure === null && <p>{t('menu.savesLoading')}</p>}
      {saves !== null && saves.length === 0 && (
        <p className="menu-empty" data-testid="saves-empty">
          {t('menu.savesEmpty')}
        </p>
      )}
      {saves !== null && saves.length > 0 && (
        <table className="menu-table" data-testid="saves-table">
          <caption className="visually-hidden">{t('menu.loadTitle')}</caption>
          <TableHead columns={[{ label: t('menu.saveName') }, { label: t('menu.quarter') }, { label: t('menu.scenario') }, { label: t('menu.seats') }, { label: t('menu.savedAt') }, { label: <span className="visually-hidden">{t('menu.actions')}</span> }]} />
          <tbody>
            {saves.map((save) => (
              <tr key={save.name}>
                <th scope="row">{save.autosave ? t('menu.autosave', { name: save.name }) : save.name}</th>
                <td>{quarterText(save.quarter)}</td>
                <td>{gameText(`scenario.${save.scenarioId}.name`, save.scenarioId)}</td>
                <td>
                  {save.seats
                    .filter((seat) => seat.controller === 'human')
                    .map((seat) => `${seat.name} (${gameText(`faction.${seat.seat}.name`, seat.seat)})`)
                    .join(', ')}{' '}
                  <span className="muted">{t('menu.aiSeats', { count: save.seats.filter((s) => s.controller === 'ai').length })}</span>
                </td>
                <td>{when(save.savedAt)}</td>
                <td>
                  <Button onClick={() => onLoad(save.name)} disabled={busy} aria-label={t('menu.loadSave', { name: save.name })}>
                    {t('menu.loadButton')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {problem !== null && (
        <p role="alert" className="menu-error">
          {problem}
        </p>
      )}
    </Dialog>
  )
}
