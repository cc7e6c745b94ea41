/**
 * `npm run sim -- --scenario <id> --seed <n> [--quarters k] [--json]`: plays a game
 * headless. The engine core (issue 3) brings the rules it plays; until then this says so.
 */
process.stdout.write(
  'npm run sim: plays whole games headless with the random-legal-orders bot or the AI.\n' +
    'Not available yet: it arrives with the engine core (quarter resolution).\n',
)
process.exit(2)
