/** The settings dialog: interface scale, colour palette, animation speed and sound. */
import { useTranslation } from 'react-i18next'
import { Button } from '../ui/Button'
import { Dialog } from '../ui/Dialog'
import { NumberField } from '../ui/NumberField'
import { PALETTE_NAMES, type PaletteName } from '../map/palette'
import { ANIMATION_SPEED, UI_SCALE } from './settings-model'
import { useSettings } from './SettingsContext'

interface Props {
  open: boolean
  onClose(): void
}

const PALETTE_KEYS: Record<PaletteName, 'settings.paletteDefault' | 'settings.paletteColourBlind'> = {
  default: 'settings.paletteDefault',
  'colour-blind': 'settings.paletteColourBlind',
}

export function SettingsDialog({ open, onClose }: Props): React.JSX.Element | null {
  const { t } = useTranslation()
  const { settings, update, reset, motion } = useSettings()
  return (
    <Dialog
      open={open}
      title={t('settings.title')}
      onClose={onClose}
      footer={
        <>
          <Button variant="ghost" onClick={reset}>
            {t('settings.reset')}
          </Button>
          <Button variant="primary" onClick={onClose}>
            {t('ui.close')}
          </Button>
        </>
      }
    >
      <NumberField
        label={t('settings.uiScale')}
        help={t('settings.uiScaleHelp')}
        value={settings.uiScale}
        min={UI_SCALE.min}
        max={UI_SCALE.max}
        step={UI_SCALE.step}
        unit="×"
        onChange={(uiScale) => update({ uiScale })}
      />
      <fieldset className="ui-fieldset">
        <legend>{t('settings.palette')}</legend>
        {PALETTE_NAMES.map((palette) => (
          <label key={palette} className="ui-choice">
            <input type="radio" name="palette" value={palette} checked={settings.palette === palette} onChange={() => update({ palette })} />
            {t(PALETTE_KEYS[palette])}
          </label>
        ))}
      </fieldset>
      <NumberField
        label={t('settings.animationSpeed')}
        help={motion.reduced ? t('settings.animationReducedHelp') : t('settings.animationSpeedHelp')}
        value={settings.animationSpeed}
        min={ANIMATION_SPEED.min}
        max={ANIMATION_SPEED.max}
        step={ANIMATION_SPEED.step}
        unit="×"
        onChange={(animationSpeed) => update({ animationSpeed })}
      />
      <label className="ui-choice">
        <input type="checkbox" checked={settings.sound} onChange={(e) => update({ sound: e.target.checked })} />
        {t('settings.sound')}
      </label>
    </Dialog>
  )
}
