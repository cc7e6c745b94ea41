/**
 * A web host in its own process, for tests that must see whether a request can stop it
 * (an uncaught exception ends this process; the test watches its exit). Prints one line of
 * JSON, `{ "port", "token" }`, once it listens; serves a one-file renderer from a temp folder.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createSessionHost, startWebHost } from '../../../../app/host'

const renderer = mkdtempSync(path.join(os.tmpdir(), 'sc-renderer-child-'))
writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>child</title>')
void startWebHost({ rendererDir: renderer, handlers: createSessionHost(), maxPayloadBytes: 64 * 1024 }).then((host) => {
  process.stdout.write(`${JSON.stringify({ port: host.port, token: host.token })}\n`)
})
