/** The part of @doyensec/electronegativity's programmatic API the security test uses (it ships no types). */
declare module '@doyensec/electronegativity' {
  interface ElectronegativityFinding {
    id: string
    file: string
    location?: { line: number; column: number }
    sample?: string
    description: string
    severity: { name: string; value: number }
    confidence: { name: string; value: number }
    manualReview: boolean
  }
  interface ElectronegativityResult {
    globalChecks: number
    atomicChecks: number
    errors: { file: string; message: string; tolerable: boolean }[]
    issues: ElectronegativityFinding[]
  }
  /** Scans `input` (a folder, .js, .html or .asar) and resolves with its findings. */
  export default function run(options: {
    input: string
    output?: string
    isSarif?: boolean
    customScan?: string[]
    excludeFromScan?: string[]
    severitySet?: string
    confidenceSet?: string
    isRelative?: boolean
    electronUpgrade?: string
    electronVersionOverride?: string
    parserPlugins?: string[]
  }): Promise<ElectronegativityResult>
}
