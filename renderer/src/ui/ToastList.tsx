/**
 * Notifications in a polite live region, newest last; each can be dismissed by button.
 * Danger toasts use role="alert" so they are announced at once.
 */
import { useTranslation } from 'react-i18next'
import { IconButton } from './IconButton'
import type { Toast } from './use-toasts'

interface Props {
  toasts: readonly Toast[]
  onDismiss(id: number): void
}

export function ToastList({ toasts, onDismiss }: Props): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <section className="ui-toasts" aria-label={t('ui.notifications')} aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`ui-toast ui-toast--${toast.tone}`} role={toast.tone === 'danger' ? 'alert' : 'status'}>
          <span className="ui-toast__message">{toast.message}</span>
          <IconButton label={t('ui.dismiss')} icon="×" onClick={() => onDismiss(toast.id)} />
        </div>
      ))}
    </section>
  )
}
