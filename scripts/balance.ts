/**
 * `npm run balance -- --scenario <id> --games <n> [--seed s] [--json]`: plays many AI games
 * and prints win rates per faction. Arrives with the AI opponents.
 */
process.stdout.write(
  'npm run balance: plays many AI games and prints win rates, score spread and crisis share per faction.\n' +
    'Not available yet: it arrives with the AI opponents.\n',
)
process.exit(2)
