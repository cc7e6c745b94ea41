/** The shared tension track (0–100) as a meter with the thresholds where crises loom. */
import { useTranslation } from 'react-i18next'
import { Meter, meterLevel } from '../ui/Meter'

/** Where tension turns rising, high and crisis (the scenario will supply these later). */
export const TENSION_THRESHOLDS = [40, 70, 90] as const
const LEVELS = ['low', 'rising', 'high', 'crisis'] as const

export function TensionGauge({ tension }: { tension: number }): React.JSX.Element {
  const { t } = useTranslation()
  const level = LEVELS[meterLevel(tension, TENSION_THRESHOLDS)] ?? 'crisis'
  return (
    <Meter
      className="map-tension"
      label={t('map.tension.label')}
      value={tension}
      thresholds={TENSION_THRESHOLDS}
      valueText={`${Math.round(tension)} · ${t(`map.tension.${level}`)}`}
    />
  )
}
