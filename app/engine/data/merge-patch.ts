/** JSON Merge Patch (RFC 7386), without mutating its inputs and without touching prototypes. */

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Applies `patch` to `target`: objects merge, `null` deletes a key, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return patch
  const result: Record<string, unknown> = {}
  if (isPlainObject(target)) {
    for (const key of Object.keys(target)) define(result, key, target[key])
  }
  for (const key of Object.keys(patch)) {
    const value = patch[key]
    if (value === null) delete result[key]
    else define(result, key, mergePatch(result[key], value))
  }
  return result
}

// defineProperty, not assignment: a "__proto__" key from JSON must stay a plain key.
function define(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true })
}
