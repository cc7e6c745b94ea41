/**
 * `npm run mod:check -- <dir> [--json]`: validates a data folder (the base game or a mod).
 * Arrives with the engine's data schemas and loader.
 */
process.stdout.write(
  'npm run mod:check -- <dir>: validates a data folder against the engine\'s schemas.\n' +
    'Not available yet: it arrives with the engine\'s data schemas and loader.\n',
)
process.exit(2)
