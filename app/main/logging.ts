/**
 * Main's log: electron-log's file transport, writing `userData/logs/main.log`.
 *
 * We import `electron-log/node`, not `electron-log/main`: the main flavour registers an
 * IPC channel (`__ELECTRON_LOG__`) that any renderer could send to, and can inject a
 * preload into sessions. Main logging needs neither, and every IPC channel we open checks
 * its sender, so we do not open one we cannot check.
 */
import log from 'electron-log/node'
import path from 'node:path'

/** The logger main uses. */
export type MainLog = Pick<typeof log, 'info' | 'warn' | 'error'>

/** Points the file log at `logsDir/main.log` and returns the logger. */
export function setupLogging(logsDir: string): MainLog {
  log.transports.file.resolvePathFn = () => path.join(logsDir, 'main.log')
  log.transports.file.maxSize = 5 * 1024 * 1024
  log.errorHandler.startCatching({ showDialog: false })
  return log
}
