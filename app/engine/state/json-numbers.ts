/**
 * The one rule for numbers shared by the two serialisers that write game data as JSON: the
 * state hash's `stableStringify` (hash-state.ts) and the saves' canonical JSON
 * (app/host/saves/canonical-json.ts). A non-finite number (NaN, Infinity, -Infinity) is an
 * error naming where it is: JSON cannot carry it (JSON.stringify would write null), so a state
 * holding one would not survive a save and load, and would hash differently afterwards.
 */

/** Throws a TypeError naming `where` (`$.factions.nvidia.cashBn`) when `value` is not finite. */
export function assertJsonNumber(value: number, where: string): void {
  if (!Number.isFinite(value)) throw new TypeError(`${where} is ${String(value)}, which JSON cannot carry`)
}
