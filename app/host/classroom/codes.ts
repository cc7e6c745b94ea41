/**
 * A classroom's seat and facilitator codes, kept only as salted scrypt hashes. The codes belong
 * to the running game (not to whoever holds a window): they are hashed when the game starts,
 * travel in its saves (`codes` in the save format, v4) and come back when it is loaded, so a
 * loaded classroom asks for the same codes. Neither codes nor hashes are ever sent to a window.
 *
 * Codes are four digits, so a hash alone would not resist a search of all 10,000; the real
 * protection is the lockout (`code-guard.ts`) and that no hash leaves the host. scrypt (with a
 * per-game random salt) keeps the codes out of save files in the clear.
 */
import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto'
import { CODE_HASH_SCHEME, type SavedCodes } from '../saves'

/** scrypt's cost parameters (they are named in CODE_HASH_SCHEME, which the save format checks). */
const SCRYPT = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const
const KEY_BYTES = 32

/** A game's codes, hashed: the salt, the facilitator's hash (or null) and each guarded seat's hash. */
export interface ClassroomCodes {
  readonly salt: string
  readonly facilitator: string | null
  readonly seats: ReadonlyMap<string, string>
}

/** A game without codes. */
export const NO_CODES: ClassroomCodes = { salt: '', facilitator: null, seats: new Map() }

/** Whether any code guards the game. */
export function hasAnyCode(codes: ClassroomCodes): boolean {
  return codes.facilitator !== null || codes.seats.size > 0
}

function hashAsync(salt: string, code: string): Promise<string> {
  return new Promise((resolve, reject) => {
    scrypt(code, Buffer.from(salt, 'hex'), KEY_BYTES, SCRYPT, (error, key) => (error === null ? resolve(key.toString('hex')) : reject(error)))
  })
}

/** Hashes one code with a game's salt (synchronously: code checks run one at a time, so the lockout counts every try). */
export function hashCode(salt: string, code: string): string {
  return scryptSync(code, Buffer.from(salt, 'hex'), KEY_BYTES, SCRYPT).toString('hex')
}

/** Whether `code` is the one `hash` was made from. */
export function codeMatches(salt: string, hash: string, code: string | undefined): boolean {
  if (code === undefined) return false
  const given = Buffer.from(hashCode(salt, code), 'hex')
  const expected = Buffer.from(hash, 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/**
 * Hashes a new game's codes with a fresh random salt (in parallel, off the main thread). The
 * plain codes are not kept anywhere. `salt` is for tests and fixtures only.
 */
export async function hashClassroomCodes(facilitator: string | undefined, seats: readonly { faction: string; code?: string | undefined }[], salt = randomBytes(16).toString('hex')): Promise<ClassroomCodes> {
  const guarded = seats.filter((s): s is { faction: string; code: string } => s.code !== undefined)
  if (facilitator === undefined && guarded.length === 0) return NO_CODES
  const [facilitatorHash, ...seatHashes] = await Promise.all([facilitator === undefined ? null : hashAsync(salt, facilitator), ...guarded.map((s) => hashAsync(salt, s.code))])
  return { salt, facilitator: facilitatorHash ?? null, seats: new Map(guarded.map((s, i) => [s.faction, seatHashes[i]!])) }
}

/** The codes as a save keeps them (null when there are none). */
export function codesToSave(codes: ClassroomCodes): SavedCodes | null {
  if (!hasAnyCode(codes)) return null
  return { scheme: CODE_HASH_SCHEME, salt: codes.salt, facilitator: codes.facilitator, seats: [...codes.seats].map(([seat, hash]) => ({ seat, hash })) }
}

/** The codes a save carries (none for a save without codes, or from before format v4). */
export function codesFromSave(saved: SavedCodes | null | undefined): ClassroomCodes {
  if (saved === null || saved === undefined) return NO_CODES
  return { salt: saved.salt, facilitator: saved.facilitator, seats: new Map(saved.seats.map((s) => [s.seat, s.hash])) }
}
