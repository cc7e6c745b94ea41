/**
 * The map's key and a keyboard route into it: a "Legend" tab (owners, flow kinds, trade
 * and grey-market lines, controls in force, site kinds, alignments) and a "Regions" tab listing every region as a
 * button that opens its panel.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Panel } from '../ui/Panel'
import { Tabs } from '../ui/Tabs'
import type { Alignment, FlowKind, MapModel, MapRegion, SiteKind } from './map-model'
import { ownerName, ownersOnMap, regionName } from './map-texts'
import { type MapColours, ownerColour, toCssColour } from './palette'
import { RingIcon, RouteIcon, WallIcon } from './RouteIcons'
import { SiteIcon } from './SiteIcon'

const FLOW_KINDS: readonly FlowKind[] = ['wafers', 'chips', 'compute']
const SITE_KINDS: readonly SiteKind[] = ['fab', 'packaging', 'hbm', 'datacentre']
const ALIGNMENTS: readonly Alignment[] = ['us', 'china', 'neutral', 'contested']

interface Props {
  model: MapModel
  colours: MapColours
  onOpenRegion(region: MapRegion): void
}

function FlowKindIcon({ kind }: { kind: FlowKind }): React.JSX.Element {
  return (
    <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" fill="currentColor">
      {kind === 'wafers' && <circle cx="6" cy="6" r="4" />}
      {kind === 'chips' && <rect x="2.2" y="2.2" width="7.6" height="7.6" rx="1" />}
      {kind === 'compute' && <path d="M6 1.2L10.8 6L6 10.8L1.2 6z" />}
    </svg>
  )
}

export function MapLegend({ model, colours, onOpenRegion }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const [tab, setTab] = useState('legend')
  const [open, setOpen] = useState(true)
  const legend = (
    <div className="map-legend" data-testid="map-legend">
      <h3>{t('map.legend.owners')}</h3>
      <ul className="map-legend__grid">
        {ownersOnMap(model).map((owner) => (
          <li key={owner.id}>
            <span className="swatch" data-testid={`swatch-${owner.id}`} data-colour={toCssColour(ownerColour(colours, owner.id))} style={{ background: toCssColour(ownerColour(colours, owner.id)) }} />
            {ownerName(model, owner.id)}
          </li>
        ))}
      </ul>
      <h3>{t('map.legend.flows')}</h3>
      <ul className="map-legend__row">
        {FLOW_KINDS.map((kind) => (
          <li key={kind}>
            <FlowKindIcon kind={kind} /> {t(`map.flowKind.${kind}`)}
          </li>
        ))}
      </ul>
      <ul className="map-legend__column">
        <li>
          <RouteIcon dashed={false} /> {t('map.legend.trade')}
        </li>
        <li>
          <RouteIcon dashed /> {t('map.legend.grey')}
        </li>
        <li>
          <WallIcon colour={toCssColour(colours.barrier)} /> {t('map.legend.barrier')}
        </li>
        {model.barriers.some((b) => b.region !== undefined) && (
          <li>
            <RingIcon colour={toCssColour(colours.barrier)} /> {t('map.legend.regionControl')}
          </li>
        )}
      </ul>
      <h3>{t('map.legend.sites')}</h3>
      <ul className="map-legend__row">
        {SITE_KINDS.map((kind) => (
          <li key={kind}>
            <SiteIcon kind={kind} colour="#cfd6ea" /> {t(`map.siteKind.${kind}`)}
          </li>
        ))}
      </ul>
      <h3>{t('map.legend.alignments')}</h3>
      <ul className="map-legend__row">
        {ALIGNMENTS.map((alignment) => (
          <li key={alignment}>
            <span className="swatch swatch--round" style={{ background: toCssColour(colours.alignments[alignment]) }} /> {t(`map.alignment.${alignment}`)}
          </li>
        ))}
      </ul>
    </div>
  )
  const regions = (
    <ul className="map-regions">
      {model.regions.map((region) => (
        <li key={region.id}>
          <button type="button" className="map-regions__button" onClick={() => onOpenRegion(region)}>
            <span className="swatch swatch--round" style={{ background: toCssColour(colours.alignments[region.alignment]) }} />
            {regionName(region)}
          </button>
        </li>
      ))}
    </ul>
  )
  return (
    <Panel
      as="aside"
      className={`map-legend-panel${open ? '' : ' map-legend-panel--closed'}`}
      title={t('map.legend.title')}
      level={2}
      actions={
        <button type="button" className="ui-button ui-button--ghost map-legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('map.legend.hide') : t('map.legend.show')}
        </button>
      }
    >
      {open && (
        <Tabs
          label={t('map.legend.title')}
          active={tab}
          onChange={setTab}
          tabs={[
            { id: 'legend', label: t('map.legend.title'), content: legend },
            { id: 'regions', label: t('map.regions'), content: regions },
          ]}
        />
      )}
    </Panel>
  )
}
