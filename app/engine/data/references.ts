/** Cross-references of every record kind: which fields name which other records. */
import type { CampaignCondition } from './campaign'
import type { Condition, Operation } from './operation'
import type { RecordKind, RecordOf } from './kinds'

/** A reference found in a record: where it is, what kinds it may name, and the id. */
export interface Reference {
  path: (string | number)[]
  kinds: RecordKind[]
  id: string
}

const OWNER: RecordKind[] = ['factions', 'actors']
const CAPACITY: RecordKind[] = ['nodes', 'packaging', 'hbm']

type Push = (path: (string | number)[], kinds: RecordKind[], id: string | undefined) => void

function listRefs(push: Push, base: (string | number)[], ids: readonly string[] | undefined, kinds: RecordKind[]): void {
  ids?.forEach((id, i) => push([...base, i], kinds, id))
}

function operationRefs(push: Push, base: (string | number)[], ops: readonly Operation[]): void {
  ops.forEach((op, i) => {
    const at = (field: string): (string | number)[] => [...base, i, field]
    if ('faction' in op) push(at('faction'), ['factions'], op.faction)
    switch (op.op) {
      case 'adjust-capacity': push(at('target'), CAPACITY, op.target); break
      case 'adjust-demand': push(at('pool'), ['demandPools'], op.pool); break
      case 'adjust-yield': push(at('node'), ['nodes'], op.node); break
      case 'adjust-power': push(at('region'), ['regions'], op.region); break
      case 'adjust-stock': push(at('item'), ['chips', 'hbm'], op.item); break
      case 'enact-policy': case 'repeal-policy': push(at('policy'), ['policies'], op.policy); break
      case 'reveal-chip': case 'launch-chip': push(at('chip'), ['chips'], op.chip); break
      default: break
    }
  })
}

function conditionRefs(push: Push, base: (string | number)[], conditions: readonly (Condition | CampaignCondition)[]): void {
  conditions.forEach((c, i) => conditionRef(push, [...base, i], c))
}

function conditionRef(push: Push, base: (string | number)[], c: Condition | CampaignCondition): void {
  const at = (field: string): (string | number)[] => [...base, field]
  switch (c.if) {
    case 'score': case 'winner': push(at('faction'), ['factions'], c.faction); break
    case 'objective-metric': push(at('objective'), ['objectives'], c.objective); push(at('faction'), ['factions'], c.faction); break
    case 'chip-readiness': case 'chip-revealed': case 'chip-installed': push(at('chip'), ['chips'], c.chip); break
    case 'policy-active': case 'policy-inactive': push(at('policy'), ['policies'], c.policy); break
    case 'chip-launched': push(at('chip'), ['chips'], c.chip); break
    case 'event-fired': push(at('event'), ['events'], c.event); break
    case 'seat-played': push(at('faction'), ['factions'], c.faction); break
    case 'metric': push(at('faction'), ['factions'], c.faction); break
    default: break
  }
}

/** Lists the references a validated record makes. */
export function referencesOf<K extends RecordKind>(kind: K, record: RecordOf<K>): Reference[] {
  const refs: Reference[] = []
  const push: Push = (path, kinds, id) => {
    if (id !== undefined) refs.push({ path, kinds, id })
  }
  const r = record as RecordOf<RecordKind>
  switch (kind) {
    case 'factions': {
      const f = r as RecordOf<'factions'>
      push(['region'], ['regions'], f.region)
      listRefs(push, ['governs'], f.governs, ['regions'])
      break
    }
    case 'actors': push(['region'], ['regions'], (r as RecordOf<'actors'>).region); break
    case 'demandPools': {
      const p = r as RecordOf<'demandPools'>
      push(['region'], ['regions'], p.region)
      listRefs(push, ['members'], p.members, OWNER)
      break
    }
    case 'chips': {
      const c = r as RecordOf<'chips'>
      push(['maker'], OWNER, c.maker)
      push(['node'], ['nodes'], c.node)
      push(['hbm'], ['hbm'], c.hbm)
      push(['variantOf'], ['chips'], c.variantOf)
      break
    }
    case 'nodes': {
      const n = r as RecordOf<'nodes'>
      push(['foundry'], ['foundries'], n.foundry)
      push(['requires'], ['nodes'], n.requires)
      break
    }
    case 'foundries': case 'packaging': case 'hbm': {
      const o = r as RecordOf<'foundries'>
      push(['owner'], OWNER, o.owner)
      push(['region'], ['regions'], o.region)
      break
    }
    case 'policies': {
      const p = r as RecordOf<'policies'>
      push(['owner'], ['factions'], p.owner)
      listRefs(push, ['params', 'destinations'], p.params.destinations, ['regions'])
      listRefs(push, ['params', 'entities'], p.params.entities, OWNER)
      listRefs(push, ['params', 'fabRegions'], p.params.fabRegions, ['regions'])
      listRefs(push, ['params', 'bannedChips'], p.params.bannedChips, ['chips'])
      push(['params', 'pool'], ['demandPools'], p.params.pool)
      listRefs(push, ['params', 'pools'], p.params.pools, ['demandPools'])
      listRefs(push, ['supersedes'], p.supersedes, ['policies'])
      operationRefs(push, ['effects'], p.effects)
      operationRefs(push, ['repealEffects'], p.repealEffects)
      break
    }
    case 'events': {
      const e = r as RecordOf<'events'>
      push(['target'], ['factions'], e.target)
      conditionRefs(push, ['trigger', 'all'], e.trigger.all)
      operationRefs(push, ['effects'], e.effects)
      e.choices.forEach((c, i) => operationRefs(push, ['choices', i, 'effects'], c.effects))
      break
    }
    case 'personas': {
      const p = r as RecordOf<'personas'>
      for (const id of Object.keys(p.weights)) push(['weights', id], ['objectives'], id)
      break
    }
    case 'objectives': {
      const o = r as RecordOf<'objectives'>
      listRefs(push, ['regions'], o.regions, ['regions'])
      listRefs(push, ['rivalRegions'], o.rivalRegions, ['regions'])
      break
    }
    case 'scenarios': {
      const s = r as RecordOf<'scenarios'>
      listRefs(push, ['seats'], s.seats, ['factions'])
      listRefs(push, ['policies'], s.policies, ['policies'])
      listRefs(push, ['chips'], s.chips, ['chips'])
      listRefs(push, ['events'], s.events, ['events'])
      listRefs(push, ['excludeEvents'], s.excludeEvents, ['events'])
      for (const id of Object.keys(s.seatBriefings)) push(['seatBriefings', id], ['factions'], id)
      s.poolInstalled.forEach((p, i) => {
        push(['poolInstalled', i, 'pool'], ['demandPools'], p.pool)
        push(['poolInstalled', i, 'chip'], ['chips'], p.chip)
      })
      s.factions.forEach((f, i) => {
        const at = (...rest: (string | number)[]): (string | number)[] => ['factions', i, ...rest]
        push(at('faction'), ['factions'], f.faction)
        push(at('persona'), ['personas'], f.persona)
        f.objectives.forEach((o, j) => push(at('objectives', j, 'objective'), ['objectives'], o.objective))
        f.inventory.forEach((o, j) => push(at('inventory', j, 'item'), ['chips', 'hbm'], o.item))
        f.installed.forEach((o, j) => {
          push(at('installed', j, 'region'), ['regions'], o.region)
          push(at('installed', j, 'chip'), ['chips'], o.chip)
        })
        f.datacenterMw.forEach((o, j) => push(at('datacenterMw', j, 'region'), ['regions'], o.region))
        f.programs.forEach((o, j) => push(at('programs', j, 'chip'), ['chips'], o.chip))
        f.bookings.forEach((o, j) => push(at('bookings', j, 'chip'), ['chips'], o.chip))
        f.chipPrices.forEach((o, j) => push(at('chipPrices', j, 'chip'), ['chips'], o.chip))
      })
      break
    }
    case 'campaigns': {
      const c = r as RecordOf<'campaigns'>
      push(['faction'], ['factions'], c.faction)
      c.chapters.forEach((ch, i) => {
        const at = (...rest: (string | number)[]): (string | number)[] => ['chapters', i, ...rest]
        push(at('scenario'), ['scenarios'], ch.scenario)
        push(at('faction'), ['factions'], ch.faction)
        listRefs(push, at('seats'), ch.seats, ['factions'])
        if (ch.image.kind === 'map') {
          listRefs(push, at('image', 'regions'), ch.image.regions, ['regions'])
          push(at('image', 'focus'), ['regions'], ch.image.focus)
        } else push(at('image', 'chip'), ['chips'], ch.image.chip)
        ch.objectives.forEach((o, j) => conditionRef(push, at('objectives', j, 'condition'), o.condition))
        ch.next.special.forEach((s, j) => conditionRefs(push, at('next', 'special', j, 'all'), s.all))
      })
      break
    }
    default: break
  }
  return refs
}
