import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { decodeSave, encodeSave, encodeSaveFile } from '../../../../app/host/saves/save-codec'
import { CURRENT_FORMAT_VERSION, type SaveContent } from '../../../../app/host/saves/save-format'
import { sampleInput, sampleState, testHashState } from '../../../fixtures/saves/sample'

const options = { hashState: testHashState }

function decodeOk(bytes: Uint8Array): SaveContent {
  const result = decodeSave(bytes, options)
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`)
  return result.save
}

/** Splits a file into its header object and body bytes. */
function split(bytes: Buffer): { header: Record<string, unknown>; body: Buffer } {
  const nl = bytes.indexOf(0x0a)
  return { header: JSON.parse(bytes.subarray(0, nl).toString()) as Record<string, unknown>, body: bytes.subarray(nl + 1) }
}

describe('encodeSave / decodeSave', () => {
  it('round-trips the content and computes the state hash', () => {
    const input = sampleInput()
    const save = decodeOk(encodeSave(input, options))
    expect(save).toEqual({ ...input, stateHash: testHashState(input.state) })
  })

  it('writes a header line naming the format, version, encoding, length and checksum', () => {
    const { header, body } = split(encodeSave(sampleInput(), options))
    expect(header).toMatchObject({ format: 'silicon-curtain-save', formatVersion: CURRENT_FORMAT_VERSION, encoding: 'deflate', bodyBytes: body.length })
    expect(header.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('gives the same bytes for the same content, whatever the key order', () => {
    const input = sampleInput()
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
          : value
    const reordered = reversed(input) as typeof input
    expect(Object.keys(reordered)[0]).toBe('codes')
    expect(encodeSave(reordered, options).equals(encodeSave(input, options))).toBe(true)
  })

  it('save → load → save gives the same bytes and the same state hash', () => {
    const first = encodeSave(sampleInput(sampleState('x', 6)), options)
    const loaded = decodeOk(first)
    const second = encodeSave(loaded, options)
    expect(second.equals(first)).toBe(true)
    expect(decodeOk(second).stateHash).toBe(loaded.stateHash)
  })

  it('differs only in the timestamp (and so the checksum) when saved again later', () => {
    const first = encodeSave(sampleInput(), { ...options, encoding: 'json' })
    const loaded = decodeOk(first)
    const later = encodeSave({ ...loaded, meta: { ...loaded.meta, savedAt: '2027-01-01T00:00:00.000Z' } }, { ...options, encoding: 'json' })
    const a = split(first)
    const b = split(later)
    expect(b.body.toString().replace('2027-01-01T00:00:00.000Z', '2026-11-29T04:00:00.000Z')).toBe(a.body.toString())
    expect(decodeOk(later).stateHash).toBe(loaded.stateHash)
  })

  it('reads a body stored as JSON text too', () => {
    const input = sampleInput()
    expect(decodeOk(encodeSave(input, { ...options, encoding: 'json' })).state).toEqual(input.state)
  })

  it('throws, naming the field, when asked to save content outside the format', () => {
    const bad = { ...sampleInput(), meta: { ...sampleInput().meta, savedAt: 'yesterday' } }
    expect(() => encodeSave(bad, options)).toThrow(/meta\.savedAt/)
    expect(() => encodeSave({ ...sampleInput(), state: { when: new Date(0) } }, options)).toThrow(/Date/)
  })
})

describe('decodeSave refusals', () => {
  const good = encodeSave(sampleInput(sampleState('r', 8)), options)

  it('refuses every truncation with save/truncated (or not_a_save when nothing is left)', () => {
    const seen = new Set<string>()
    for (let length = 0; length < good.length; length += 7) {
      const result = decodeSave(good.subarray(0, length), options)
      expect(result.ok, `length ${length}`).toBe(false)
      if (!result.ok) {
        seen.add(result.code)
        expect(result.code, `length ${length}`).toBe('save/truncated')
        expect(result.message).toMatch(/truncated|empty/)
      }
    }
    expect(seen).toEqual(new Set(['save/truncated']))
  })

  it('refuses a body whose bytes were edited (checksum or decompression)', () => {
    const { body } = split(good)
    const headerLength = good.length - body.length
    for (const offset of [0, 5, Math.floor(body.length / 2), body.length - 1]) {
      const edited = Buffer.from(good)
      edited[headerLength + offset] = (edited[headerLength + offset] ?? 0) ^ 0x40
      const result = decodeSave(edited, options)
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(['save/checksum', 'save/corrupt']).toContain(result.code)
        expect(result.message).toMatch(/checksum|decompressed/)
      }
    }
  })

  it('refuses an edit to the game state in a text body with save/checksum', () => {
    const text = encodeSave(sampleInput(), { ...options, encoding: 'json' })
    const edited = Buffer.from(text.toString().replace('"marker":"a"', '"marker":"b"'))
    expect(decodeSave(edited, options)).toMatchObject({ ok: false, code: 'save/checksum', message: expect.stringMatching(/edited or damaged/) })
  })

  it('refuses a file with bytes appended', () => {
    expect(decodeSave(Buffer.concat([good, Buffer.from('x')]), options)).toMatchObject({ ok: false, code: 'save/corrupt', message: expect.stringMatching(/1 unexpected bytes/) })
  })

  it('refuses files that are not saves', () => {
    for (const bytes of [Buffer.from('hello world'), Buffer.from('{"format":"other"}\n{}'), Buffer.from('[1,2]\n'), Buffer.alloc(5000, 0x41), Buffer.from([0x89, 0x50, 0x4e, 0x47])]) {
      expect(decodeSave(bytes, options)).toMatchObject({ ok: false, code: 'save/not_a_save' })
    }
  })

  it('refuses a save from a newer format version, saying to update', () => {
    const future = encodeSaveFile({ anything: true }, CURRENT_FORMAT_VERSION + 1, 'json')
    expect(decodeSave(future, options)).toMatchObject({ ok: false, code: 'save/too_new', message: expect.stringMatching(/Update the game/) })
  })

  it('refuses a save from a version with no reader', () => {
    expect(decodeSave(encodeSaveFile({}, 0, 'json'), options)).toMatchObject({ ok: false, code: 'save/corrupt' })
  })

  it('refuses content outside the schema with the path of the problem', () => {
    const content = { ...sampleInput(), stateHash: testHashState(sampleInput().state) }
    const bad = { ...content, data: [{ id: 'base', version: '1.0.0', hash: 'not-a-hash' }] }
    const result = decodeSave(encodeSaveFile(bad, CURRENT_FORMAT_VERSION, 'deflate'), options)
    expect(result).toMatchObject({ ok: false, code: 'save/schema', path: ['data', 0, 'hash'] })
    if (!result.ok) expect(result.message).toMatch(/at data\.0\.hash/)
  })

  it('refuses a state that does not match its state hash', () => {
    const content = { ...sampleInput(), stateHash: 'f'.repeat(64) }
    expect(decodeSave(encodeSaveFile(content, CURRENT_FORMAT_VERSION, 'deflate'), options)).toMatchObject({ ok: false, code: 'save/state_hash' })
    // Without a hash function the envelope alone is checked.
    expect(decodeSave(encodeSaveFile(content, CURRENT_FORMAT_VERSION, 'deflate')).ok).toBe(true)
  })

  it('refuses a body that inflates past the size limit instead of exhausting memory', () => {
    const bomb = deflateSync(Buffer.alloc(4 * 1024 * 1024, 0x20))
    const header = `{"bodyBytes":${bomb.length},"encoding":"deflate","format":"silicon-curtain-save","formatVersion":2,"sha256":"${'0'.repeat(64)}"}\n`
    expect(decodeSave(Buffer.concat([Buffer.from(header), bomb]), { ...options, maxBodyBytes: 1024 * 1024 })).toMatchObject({ ok: false, code: 'save/corrupt' })
  })
})
