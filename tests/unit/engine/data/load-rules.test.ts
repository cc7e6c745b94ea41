import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadRules, type DataFile } from '../../../../app/engine'
import { readDataFolder } from '../../../../app/host/data/data-folder'

const fixture = (): DataFile[] => readDataFolder('tests/fixtures/rules').files

function errorsOf(files: DataFile[]) {
  const result = loadRules(files)
  return result.ok ? [] : result.errors.filter((e) => e.severity === 'error')
}

describe('loadRules', () => {
  it('loads the fixture ruleset without errors or warnings', () => {
    const result = loadRules(fixture())
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.warnings).toEqual([])
      expect(Object.keys(result.rules.scenarios)).toContain('fixture-long')
      expect(result.rules.constants.actionPointsPerQuarter).toBe(3)
    }
  })

  it('names the file, the pointer and what was expected for a bad field', () => {
    const files = [...fixture(), { file: 'mod/chips.json', data: { kind: 'chips', records: [{ id: 'x1', name: 'chip.x1.name', fictional: true, maker: 'nvidia', node: 'tsmc-n4', dieMm2: -3, true: {}, claimed: {}, workloads: 'gaming', readiness: 'volume', firstQuarter: '2023Q1', priceUsd: 1 }] } }]
    const errors = errorsOf(files)
    expect(errors.some((e) => e.file === 'mod/chips.json' && e.pointer === '/records/0/dieMm2')).toBe(true)
    const workloads = errors.find((e) => e.pointer === '/records/0/workloads')
    expect(workloads?.expected).toContain('training')
    expect(errors.some((e) => e.pointer === '/records/0/true/bf16Tflops')).toBe(true)
  })

  it('refuses kinds named like inherited properties as unknown, without an internal error', () => {
    for (const kind of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const errors = errorsOf([...fixture(), { file: 'mod/odd.json', data: { kind, records: [{ id: 'x' }] } }])
      expect(errors.length, kind).toBeGreaterThan(0)
      expect(errors.every((e) => !/internal/i.test(e.message)), kind).toBe(true)
      expect(errors.some((e) => e.file === 'mod/odd.json' && e.pointer === '/kind'), kind).toBe(true)
    }
  })

  it('reports a `records` that is not a list', () => {
    const errors = errorsOf([...fixture(), { file: 'mod/chips.json', data: { kind: 'chips', records: { id: 'x' } } }])
    expect(errors).toContainEqual(expect.objectContaining({ file: 'mod/chips.json', pointer: '/records' }))
  })

  it('reports an unknown cross-reference with the known ids', () => {
    const files = [...fixture(), { file: 'mod.json', data: { kind: 'chips', patch: [{ id: 'h800', merge: { node: 'n-plus-9' } }] } }]
    const errors = errorsOf(files)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ file: 'mod.json', pointer: '/patch/0/merge/node', found: '"n-plus-9"' })
    expect(errors[0]?.expected).toContain('tsmc-n4')
  })

  it('applies later documents over earlier ones: replace, patch and remove by id', () => {
    const files = [
      ...fixture(),
      { file: 'mod.json', data: { kind: 'chips', patch: [{ id: 'h20', merge: { priceUsd: 9999, claimed: { bf16Tflops: 200 } } }], remove: ['mi300x'] } },
      { file: 'mod2.json', data: { kind: 'events', remove: ['amd-launch'] } },
      { file: 'mod3.json', data: { kind: 'settings', patch: [{ id: 'model', merge: { actionPointsPerQuarter: 4 } }] } },
    ]
    const result = loadRules(files)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.rules.chips.h20?.priceUsd).toBe(9999)
    expect(result.rules.chips.h20?.claimed.bf16Tflops).toBe(200)
    expect(result.rules.chips.h20?.claimed.tpp).toBe(2370)
    expect(result.rules.chips.mi300x).toBeUndefined()
    expect(result.rules.constants.actionPointsPerQuarter).toBe(4)
  })

  it('refuses to patch or remove an id no earlier document defined', () => {
    const errors = errorsOf([...fixture(), { file: 'm.json', data: { kind: 'chips', patch: [{ id: 'nope', merge: {} }], remove: ['nada'] } }])
    expect(errors.map((e) => e.pointer).sort()).toEqual(['/patch/0/id', '/remove/0'])
  })

  it('reports a removal that leaves dangling references', () => {
    const errors = errorsOf([...fixture(), { file: 'm.json', data: { kind: 'nodes', remove: ['smic-n-plus-2'] } }])
    expect(errors.some((e) => e.file.endsWith('chips.json') && e.pointer.endsWith('/node'))).toBe(true)
  })

  it('reports unknown kinds and malformed documents without throwing', () => {
    const errors = errorsOf([{ file: 'a.json', data: { kind: 'dragons', records: [] } }, { file: 'b.json', data: 42 }, { file: 'c.json', data: { kind: 'chips', records: [null, { id: 3 }] } }])
    expect(errors.some((e) => e.file === 'a.json' && e.pointer === '/kind')).toBe(true)
    expect(errors.some((e) => e.file === 'b.json')).toBe(true)
    expect(errors.some((e) => e.file === 'c.json' && e.pointer === '/records/1/id')).toBe(true)
  })

  it('warns, or errs on request, about a real record that cites no source', () => {
    const files = [...fixture(), { file: 'm.json', data: { kind: 'regions', records: [{ id: 'mars', name: 'region.mars.name', alignment: 'neutral' }] } }]
    const soft = loadRules(files)
    expect(soft.ok && soft.warnings.some((w) => w.pointer === '/records/0/sources')).toBe(true)
    expect(loadRules(files, { sources: 'error' }).ok).toBe(false)
  })

  it('refuses a scenario program for another maker’s chip', () => {
    const files = [...fixture(), { file: 'm.json', data: { kind: 'scenarios', patch: [{ id: 'fixture-short', merge: { factions: [{ faction: 'usa', cashBn: 1, programs: [{ chip: 'h20', quartersLeft: 2 }] }], seats: ['usa'] } }] } }]
    const errors = errorsOf(files)
    expect(errors).toEqual([expect.objectContaining({ file: 'm.json', pointer: '/patch/0/merge/factions/0/programs/0/chip' })])
  })

  it('keeps a "__proto__" key a plain key', () => {
    const result = loadRules([...fixture(), { file: 'm.json', data: JSON.parse('{"kind":"chips","patch":[{"id":"h20","merge":{"__proto__":{"polluted":true}}}]}') as unknown }])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(result.ok).toBe(false)
  })

  it('never throws on arbitrary input', () => {
    const base = fixture()
    fc.assert(
      fc.property(fc.array(fc.record({ file: fc.string(), data: fc.oneof(fc.jsonValue(), fc.record({ kind: fc.constantFrom('chips', 'events', 'scenarios', 'policies'), records: fc.array(fc.jsonValue()), patch: fc.array(fc.record({ id: fc.constantFrom('h20', 'h100', 'x'), merge: fc.dictionary(fc.string(), fc.jsonValue()) })) })) }), { maxLength: 3 }), (extra) => {
        const result = loadRules([...base, ...extra])
        expect(typeof result.ok).toBe('boolean')
      }),
      { numRuns: 200 },
    )
  })
})
