/** Names of map things for display, through i18next (game-data keys first, then labels). */
import type { TFunction } from 'i18next'
import { gameText } from '../i18n/i18n'
import type { MapBarrier, MapFlow, MapModel, MapOwner, MapRegion, MapSite, MapTarget } from './map-model'

export function regionName(region: MapRegion): string {
  return gameText(region.nameKey, region.label)
}

export function siteName(site: MapSite): string {
  return gameText(site.nameKey, site.label)
}

export function ownerName(model: MapModel, ownerId: string): string {
  const owner: MapOwner | undefined = model.owners.find((o) => o.id === ownerId)
  return owner === undefined ? ownerId : gameText(owner.nameKey, owner.label)
}

/** The owners with something on the map (a site or a flow), in the model's order: the legend lists only these. */
export function ownersOnMap(model: MapModel): MapOwner[] {
  const used = new Set<string>([...model.regions.flatMap((r) => r.sites.map((s) => s.owner)), ...model.flows.map((f) => f.owner)])
  return model.owners.filter((o) => used.has(o.id))
}

/** A figure for display: 12,000. */
export function formatFigure(value: number): string {
  return Math.round(value).toLocaleString('en')
}

/** A site's capacity with its unit (wafers a quarter, chips packaged, HBM stacks, MW), or null. */
export function siteCapacityText(site: MapSite, t: TFunction): string | null {
  if (site.capacity === undefined) return null
  const value = formatFigure(site.capacity)
  switch (site.kind) {
    case 'fab':
      return t('map.unit.wafersPerQuarter', { value })
    case 'packaging':
      return t('map.unit.chipsPackagedPerQuarter', { value })
    case 'hbm':
      return t('map.unit.stacksPerQuarter', { value })
    case 'datacentre':
      return t('map.unit.mw', { value })
  }
}

/** A flow's amount with its unit (wafers, chips, H100e), or its relative volume when the amount is unknown. */
export function flowAmountText(flow: MapFlow, t: TFunction): string {
  if (flow.amount === undefined) return t('map.flow.volume', { value: flow.volume })
  const value = formatFigure(flow.amount)
  switch (flow.kind) {
    case 'wafers':
      return t('map.unit.wafersPerQuarter', { value })
    case 'chips':
      return t('map.unit.chipsPerQuarter', { value })
    case 'compute':
      return t('map.unit.h100e', { value })
  }
}

/** "Chips: Taiwan → United States". */
export function flowTitle(model: MapModel, flow: MapFlow, t: TFunction): string {
  const name = (id: string): string => {
    const region = model.regions.find((r) => r.id === id)
    return region === undefined ? id : regionName(region)
  }
  return t('map.flow.title', { kind: t(`map.flowKind.${flow.kind}`), from: name(flow.from), to: name(flow.to) })
}

/** A control's name (game text first, then its label). */
export function barrierName(barrier: MapBarrier): string {
  return gameText(barrier.nameKey, barrier.label)
}

/** The tooltip's title and detail line for a target. */
export function describeTarget(model: MapModel, target: MapTarget, t: TFunction): { title: string; detail: string } {
  if (target.type === 'region') {
    return {
      title: regionName(target.region),
      detail: `${t(`map.alignment.${target.region.alignment}`)} · ${t('map.tooltip.sites', { count: target.region.sites.length })}`,
    }
  }
  if (target.type === 'control') {
    return {
      title: barrierName(target.barrier),
      detail: [
        t('map.control.kind'),
        t('map.control.route', { from: regionName(target.region), to: regionName(target.to) }),
        t('map.control.strength', { value: target.barrier.strength }),
      ].join(' · '),
    }
  }
  if (target.type === 'flow') {
    const parts = [ownerName(model, target.flow.owner), flowAmountText(target.flow, t)]
    if (target.flow.grey) parts.push(t('map.flow.grey'))
    return { title: flowTitle(model, target.flow, t), detail: parts.join(' · ') }
  }
  const capacity = siteCapacityText(target.site, t)
  return {
    title: siteName(target.site),
    detail: [t('map.tooltip.siteIn', { kind: t(`map.siteKind.${target.site.kind}`), region: regionName(target.region) }), ownerName(model, target.site.owner), ...(capacity === null ? [] : [capacity])].join(' · '),
  }
}

/** A stable id for comparing targets. */
export function targetKey(target: MapTarget | null): string {
  if (target === null) return ''
  if (target.type === 'flow') return `flow:${target.flow.id}`
  if (target.type === 'control') return `control:${target.barrier.id}`
  return target.type === 'region' ? `region:${target.region.id}` : `site:${target.region.id}:${target.site.id}`
}
