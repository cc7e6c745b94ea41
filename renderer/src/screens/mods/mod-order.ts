/**
 * The mod manager's list as data: moving a mod up, down or to where it was dropped,
 * enabling and disabling, and the `setMods` request the host keeps. Pure, so it is tested
 * without a browser.
 */
import type { ModInfo } from '../../../../app/protocol'

/** One row as the manager holds it between answers from the host. */
export interface ModRow {
  id: string
  enabled: boolean
}

/** The rows of a listMods answer, in the player's order. */
export function rowsOf(mods: readonly ModInfo[]): ModRow[] {
  const seen = new Set<string>()
  return [...mods]
    .sort((a, b) => a.position - b.position)
    .filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)))
    .map((m) => ({ id: m.id, enabled: m.enabled }))
}

/** Moves the row at `from` to `to` (indexes are clamped); answers a new list. */
export function moveRow(rows: readonly ModRow[], from: number, to: number): ModRow[] {
  if (from < 0 || from >= rows.length) return [...rows]
  const target = Math.max(0, Math.min(rows.length - 1, to))
  const next = [...rows]
  const [row] = next.splice(from, 1)
  if (row !== undefined) next.splice(target, 0, row)
  return next
}

/** Turns a mod on or off. */
export function setEnabled(rows: readonly ModRow[], id: string, enabled: boolean): ModRow[] {
  return rows.map((row) => (row.id === id ? { ...row, enabled } : row))
}

/** The dependencies of `mod` and what each is now: on, off or not installed. */
export function dependencyStates(mod: ModInfo, all: readonly ModInfo[]): { id: string; range: string; state: 'on' | 'off' | 'missing' }[] {
  return mod.dependencies.map((dep) => {
    const found = all.find((m) => m.id === dep.id)
    return { ...dep, state: found === undefined ? 'missing' : found.enabled && found.status !== 'error' ? 'on' : 'off' }
  })
}

/** The mods a mod depends on that are installed but off: enabling them with it helps the player. */
export function disabledDependencies(mod: ModInfo, all: readonly ModInfo[]): string[] {
  return dependencyStates(mod, all).filter((d) => d.state === 'off' && all.some((m) => m.id === d.id && !m.enabled)).map((d) => d.id)
}
