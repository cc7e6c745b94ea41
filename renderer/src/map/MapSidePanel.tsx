/**
 * The panel for the selected region, site or flow: what is there, who owns it, how much
 * (with its unit: wafers or chips a quarter, HBM stacks, MW, H100e), which flows enter and
 * leave, and which controls are in force. Read-only: orders are given in the planner.
 */
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { IconButton } from '../ui/IconButton'
import type { MapFlow, MapModel, MapTarget } from './map-model'
import { barrierName, flowAmountText, flowTitle, formatFigure, ownerName, regionName, siteCapacityText, siteName } from './map-texts'
import { type MapColours, ownerColour, toCssColour } from './palette'
import { RingIcon, WallIcon } from './RouteIcons'
import { SiteIcon } from './SiteIcon'
import { entryForMapTarget } from '../screens/encyclopedia/encyclopedia-model'
import { MoreLink } from '../screens/encyclopedia/MoreLink'

interface Props {
  model: MapModel
  target: MapTarget
  colours: MapColours
  onClose(): void
  onSelect(target: MapTarget): void
}

const LISTED_FLOWS = 6

export function MapSidePanel({ model, target, colours, onClose, onSelect }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const region = target.region
  useEffect(() => headingRef.current?.focus(), [target])

  const nameOf = (id: string): string => {
    const r = model.regions.find((x) => x.id === id)
    return r === undefined ? id : regionName(r)
  }
  const openFlow = (flow: MapFlow): void => {
    const from = model.regions.find((r) => r.id === flow.from)
    const to = model.regions.find((r) => r.id === flow.to)
    if (from !== undefined && to !== undefined) onSelect({ type: 'flow', region: from, to, flow })
  }
  const flowList = (flows: MapFlow[], other: (f: MapFlow) => string): React.JSX.Element =>
    flows.length === 0 ? (
      <p className="muted">{t('map.panel.none')}</p>
    ) : (
      <ul className="map-panel__flows">
        {flows.slice(0, LISTED_FLOWS).map((flow) => (
          <li key={flow.id}>
            <span className="swatch" style={{ background: toCssColour(ownerColour(colours, flow.owner)) }} />
            <button type="button" className="link-button map-panel__flow" onClick={() => openFlow(flow)}>
              {nameOf(other(flow))} — {t('map.panel.flowLine', { kind: t(`map.flowKind.${flow.kind}`), owner: ownerName(model, flow.owner), amount: flowAmountText(flow, t) })}
              {flow.grey && <em className="map-panel__grey"> ({t('map.panel.greyMarket')})</em>}
            </button>
          </li>
        ))}
        {flows.length > LISTED_FLOWS && <li className="muted">{t('map.panel.moreFlows', { count: flows.length - LISTED_FLOWS })}</li>}
      </ul>
    )

  const regionButton = (r: typeof region): React.JSX.Element => (
    <button type="button" className="link-button" onClick={() => onSelect({ type: 'region', region: r })}>
      {regionName(r)}
    </button>
  )
  const controls =
    target.type === 'control'
      ? []
      : target.type === 'flow'
      ? model.barriers.filter((b) => (b.from === target.flow.from && b.to === target.flow.to) || (b.from === target.flow.to && b.to === target.flow.from) || b.region === target.flow.to)
      : model.barriers.filter((b) => b.region === region.id || b.from === region.id || b.to === region.id)
  const title =
    target.type === 'region'
      ? regionName(region)
      : target.type === 'site'
        ? siteName(target.site)
        : target.type === 'flow'
          ? flowTitle(model, target.flow, t)
          : barrierName(target.barrier)
  const capacity = target.type === 'site' ? siteCapacityText(target.site, t) : null
  return (
    <aside className="ui-panel map-side-panel" aria-labelledby="map-side-panel-title" data-testid="map-side-panel">
      <header className="ui-panel__header">
        <h2 id="map-side-panel-title" ref={headingRef} tabIndex={-1} className="ui-panel__title">
          {title}
        </h2>
        <MoreLink entry={entryForMapTarget(target)} about={title} />
        <IconButton label={t('map.panel.close')} icon="×" onClick={onClose} />
      </header>
      <div className="ui-panel__body map-panel">
        {target.type === 'control' ? (
          <>
            <dl className="map-panel__facts">
              <dt>{t('map.panel.kind')}</dt>
              <dd>
                <WallIcon colour={toCssColour(colours.barrier)} /> {t('map.control.kind')}
              </dd>
              <dt>{t('map.panel.from')}</dt>
              <dd>{regionButton(target.region)}</dd>
              <dt>{t('map.panel.to')}</dt>
              <dd>{regionButton(target.to)}</dd>
              <dt>{t('map.panel.strengthLabel')}</dt>
              <dd>{t('map.control.strength', { value: target.barrier.strength })}</dd>
            </dl>
            <h3>{t('map.panel.flowsOnRoute')}</h3>
            {flowList(
              model.flows.filter((f) => (f.from === target.region.id && f.to === target.to.id) || (f.from === target.to.id && f.to === target.region.id)),
              (f) => f.to,
            )}
          </>
        ) : target.type === 'flow' ? (
          <dl className="map-panel__facts">
            <dt>{t('map.panel.kind')}</dt>
            <dd>
              {t(`map.flowKind.${target.flow.kind}`)}
              {target.flow.grey && <em className="map-panel__grey"> ({t('map.panel.greyMarket')})</em>}
            </dd>
            <dt>{t('map.panel.owner')}</dt>
            <dd>{ownerName(model, target.flow.owner)}</dd>
            <dt>{t('map.panel.from')}</dt>
            <dd>{regionButton(target.region)}</dd>
            <dt>{t('map.panel.to')}</dt>
            <dd>{regionButton(target.to)}</dd>
            <dt>{t('map.panel.amount')}</dt>
            <dd>{flowAmountText(target.flow, t)}</dd>
          </dl>
        ) : target.type === 'site' ? (
          <dl className="map-panel__facts">
            <dt>{t('map.panel.kind')}</dt>
            <dd>{t(`map.siteKind.${target.site.kind}`)}</dd>
            <dt>{t('map.panel.owner')}</dt>
            <dd>{ownerName(model, target.site.owner)}</dd>
            <dt>{t('map.panel.region')}</dt>
            <dd>{regionButton(region)}</dd>
            {target.site.detail !== undefined && (
              <>
                <dt>{t('map.panel.detail')}</dt>
                <dd>{target.site.detail}</dd>
              </>
            )}
            {capacity !== null && (
              <>
                <dt>{t('map.panel.capacity')}</dt>
                <dd>{capacity}</dd>
              </>
            )}
          </dl>
        ) : (
          <>
            <p className="map-panel__alignment">
              <span className="swatch swatch--round" style={{ background: toCssColour(colours.alignments[region.alignment]) }} />
              {t(`map.alignment.${region.alignment}`)}
            </p>
            <dl className="map-panel__facts">
              {region.computeDemand !== undefined && (
                <>
                  <dt>{t('map.panel.computeDemand')}</dt>
                  <dd>{t('map.unit.usdBnPerQuarter', { value: region.computeDemand.toLocaleString('en', { maximumFractionDigits: 1 }) })}</dd>
                </>
              )}
              {region.powerMw !== undefined && (
                <>
                  <dt>{t('map.panel.power')}</dt>
                  <dd>{t('map.unit.mw', { value: formatFigure(region.powerMw) })}</dd>
                </>
              )}
            </dl>
            <h3>{t('map.panel.sites')}</h3>
            {region.sites.length === 0 ? (
              <p className="muted">{t('map.panel.none')}</p>
            ) : (
              <ul className="map-panel__sites">
                {region.sites.map((site) => (
                  <li key={site.id}>
                    <button type="button" className="map-panel__site" onClick={() => onSelect({ type: 'site', region, site })}>
                      <SiteIcon kind={site.kind} colour={toCssColour(ownerColour(colours, site.owner))} />
                      <span>{siteName(site)}</span>
                      <span className="muted">
                        {[ownerName(model, site.owner), siteCapacityText(site, t)].filter((x) => x !== null).join(' · ')}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <h3>{t('map.panel.flowsIn')}</h3>
            {flowList(
              model.flows.filter((f) => f.to === region.id),
              (f) => f.from,
            )}
            <h3>{t('map.panel.flowsOut')}</h3>
            {flowList(
              model.flows.filter((f) => f.from === region.id),
              (f) => f.to,
            )}
          </>
        )}
        {target.type !== 'control' && (
          <>
            <h3>{t('map.panel.controls')}</h3>
            {controls.length === 0 ? (
              <p className="muted">{t('map.panel.none')}</p>
            ) : (
              <ul className="map-panel__controls">
                {controls.map((b) => {
                  const from = model.regions.find((r) => r.id === b.from)
                  const to = model.regions.find((r) => r.id === b.to)
                  const strength = <span className="muted">({t('map.panel.strength', { value: b.strength })})</span>
                  return (
                    <li key={b.id}>
                      {b.region === undefined ? <WallIcon colour={toCssColour(colours.barrier)} /> : <RingIcon colour={toCssColour(colours.barrier)} />}
                      {from !== undefined && to !== undefined ? (
                        <button type="button" className="link-button map-panel__flow" onClick={() => onSelect({ type: 'control', region: from, to, barrier: b })}>
                          {barrierName(b)} {strength}
                        </button>
                      ) : (
                        <span>
                          {barrierName(b)} {strength}
                        </span>
                      )}
                    </li>
                  )
                })}
              </ul>
            )}
          </>
        )}
      </div>
    </aside>
  )
}
