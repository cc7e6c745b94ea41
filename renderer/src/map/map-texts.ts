/** Names of map things for display, through i18next (game-data keys first, then labels). */
import type { TFunction } from 'i18next'
import { gameText } from '../i18n/i18n'
import type { MapModel, MapOwner, MapRegion, MapSite, MapTarget } from './map-model'

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

/** The tooltip's title and detail line for a target. */
export function describeTarget(model: MapModel, target: MapTarget, t: TFunction): { title: string; detail: string } {
  if (target.type === 'region') {
    return {
      title: regionName(target.region),
      detail: `${t(`map.alignment.${target.region.alignment}`)} · ${t('map.tooltip.sites', { count: target.region.sites.length })}`,
    }
  }
  return {
    title: siteName(target.site),
    detail: `${t('map.tooltip.siteIn', { kind: t(`map.siteKind.${target.site.kind}`), region: regionName(target.region) })} · ${ownerName(model, target.site.owner)}`,
  }
}

/** A stable id for comparing targets. */
export function targetKey(target: MapTarget | null): string {
  if (target === null) return ''
  return target.type === 'region' ? `region:${target.region.id}` : `site:${target.region.id}:${target.site.id}`
}
