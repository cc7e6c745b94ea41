/**
 * Load order: dependencies first, then `loadAfter` hints, then the player's order. A mod
 * is refused, with a message naming the mods involved, when it supports another game
 * version, needs a mod that is missing, disabled or of the wrong version, or sits in a
 * dependency cycle; a mod that needs a refused mod is refused too. Pure: no disk here.
 */
import semver from 'semver'
import type { ModManifest } from './mod-manifest'

/** Why a mod will not load. */
export interface ModRefusal {
  mod: string
  code: 'mod/incompatible_game' | 'mod/missing_dependency' | 'mod/dependency_version' | 'mod/cycle' | 'mod/dependency_refused' | 'mod/duplicate_id'
  message: string
  /** Where in the mod's mod.json the problem is (`/gameVersions`, `/dependencies/<id>`, `/id`). */
  pointer: string
}

/** The order to load the enabled mods in, and the ones refused. */
export interface LoadOrder {
  order: string[]
  refused: ModRefusal[]
}

/** The JSON pointer of a dependency in mod.json. */
function depPointer(dep: string): string {
  return `/dependencies/${dep.replace(/~/g, '~0').replace(/\//g, '~1')}`
}

/**
 * Orders the enabled mods. `manifests` are all mods found (enabled or not, so a message can
 * say "disabled" rather than "missing"); `enabled` is the player's order of enabled ids.
 */
export function resolveLoadOrder(manifests: readonly ModManifest[], enabled: readonly string[], gameVersion: string): LoadOrder {
  const refused: ModRefusal[] = []
  const refusedIds = new Set<string>()
  const refuse = (r: ModRefusal): void => {
    if (refusedIds.has(r.mod)) return
    refusedIds.add(r.mod)
    refused.push(r)
  }
  const byId = new Map<string, ModManifest>()
  for (const m of manifests) {
    if (byId.has(m.id)) refuse({ mod: m.id, code: 'mod/duplicate_id', message: `two mod folders use the id "${m.id}"; rename one`, pointer: '/id' })
    else byId.set(m.id, m)
  }
  const wanted = [...new Set(enabled)].filter((id) => byId.has(id))
  const rank = new Map(wanted.map((id, i) => [id, i]))

  for (const id of wanted) {
    const m = byId.get(id)!
    if (!semver.satisfies(gameVersion, m.gameVersions, { includePrerelease: true })) {
      refuse({ mod: id, code: 'mod/incompatible_game', message: `${id} ${m.version} supports game versions ${m.gameVersions}; this is ${gameVersion}`, pointer: '/gameVersions' })
      continue
    }
    for (const [dep, range] of Object.entries(m.dependencies)) {
      const d = byId.get(dep)
      if (d === undefined) refuse({ mod: id, code: 'mod/missing_dependency', message: `${id} needs ${dep} ${range}, which is not installed`, pointer: depPointer(dep) })
      else if (!rank.has(dep)) refuse({ mod: id, code: 'mod/missing_dependency', message: `${id} needs ${dep} ${range}, which is disabled`, pointer: depPointer(dep) })
      else if (!semver.satisfies(d.version, range, { includePrerelease: true })) {
        refuse({ mod: id, code: 'mod/dependency_version', message: `${id} needs ${dep} ${range}; ${dep} is ${d.version}`, pointer: depPointer(dep) })
      }
    }
  }

  // Cycles among dependencies (loadAfter is only a hint and never makes a cycle an error).
  const colour = new Map<string, 'grey' | 'black'>()
  const stack: string[] = []
  const visit = (id: string): void => {
    colour.set(id, 'grey')
    stack.push(id)
    for (const dep of Object.keys(byId.get(id)?.dependencies ?? {})) {
      if (!rank.has(dep)) continue
      if (colour.get(dep) === 'grey') {
        const cycle = stack.slice(stack.indexOf(dep))
        for (const member of cycle) {
          refuse({ mod: member, code: 'mod/cycle', message: `dependency cycle: ${[...cycle, dep].join(' → ')}`, pointer: depPointer(cycle[(cycle.indexOf(member) + 1) % cycle.length] ?? dep) })
        }
      } else if (!colour.has(dep)) visit(dep)
    }
    stack.pop()
    colour.set(id, 'black')
  }
  for (const id of wanted) if (!colour.has(id)) visit(id)

  // A mod that needs a refused mod cannot load either (to a fixed point).
  for (let changed = true; changed; ) {
    changed = false
    for (const id of wanted) {
      if (refusedIds.has(id)) continue
      const bad = Object.keys(byId.get(id)!.dependencies).find((dep) => refusedIds.has(dep))
      if (bad !== undefined) {
        refuse({ mod: id, code: 'mod/dependency_refused', message: `${id} needs ${bad}, which was refused`, pointer: depPointer(bad) })
        changed = true
      }
    }
  }

  // Kahn's algorithm; among the mods ready to load, the player's order decides.
  const live = wanted.filter((id) => !refusedIds.has(id))
  const liveSet = new Set(live)
  const before = new Map<string, Set<string>>()
  for (const id of live) {
    const m = byId.get(id)!
    const needs = [...Object.keys(m.dependencies), ...m.loadAfter].filter((d) => liveSet.has(d) && d !== id)
    before.set(id, new Set(needs))
  }
  const order: string[] = []
  const done = new Set<string>()
  while (order.length < live.length) {
    const ready = live.filter((id) => !done.has(id) && [...before.get(id)!].every((d) => done.has(d)))
    let next = ready.sort((a, b) => rank.get(a)! - rank.get(b)!)[0]
    if (next === undefined) {
      // Only loadAfter hints can block here (dependency cycles were refused): break the tie by player order.
      next = live.filter((id) => !done.has(id)).sort((a, b) => rank.get(a)! - rank.get(b)!)[0]!
    }
    done.add(next)
    order.push(next)
  }
  return { order, refused }
}
