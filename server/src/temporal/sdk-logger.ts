import type { Logger as TemporalLogger, LogLevel, LogMetadata } from '@temporalio/worker';
import type { Level, LevelWithSilent, Logger } from 'pino';

const TO_PINO: Record<LogLevel, Level> = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' };

const FROM_PINO: Partial<Record<LevelWithSilent, LogLevel>> = { trace: 'TRACE', debug: 'DEBUG', info: 'INFO', warn: 'WARN' };

/** The least severe Temporal level that pino's `level` lets through; pino drops the rest itself (fatal, silent). */
export function temporalLevel(level: string): LogLevel {
  return FROM_PINO[level as LevelWithSilent] ?? 'ERROR';
}

/**
 * The Temporal SDK's logger interface over pino, so the worker's own lines, activity and workflow context
 * logs and (when forwarded) the native core's lines come out in the same format, filtered by LOG_LEVEL.
 * The SDK's metadata (sdkComponent, taskQueue, workflowId…) becomes fields of the line.
 */
export function temporalLogger(log: Logger): TemporalLogger {
  const write = (level: LogLevel, message: string, meta?: LogMetadata) => {
    // A level a later SDK might add is not dropped: it is logged at info.
    const method = TO_PINO[level] ?? 'info';
    // Symbol keys in the metadata (the SDK's own timestamp) are not fields and pino leaves them out.
    if (meta) log[method](meta, message);
    else log[method](message);
  };
  return {
    log: write,
    trace: (message, meta) => write('TRACE', message, meta),
    debug: (message, meta) => write('DEBUG', message, meta),
    info: (message, meta) => write('INFO', message, meta),
    warn: (message, meta) => write('WARN', message, meta),
    error: (message, meta) => write('ERROR', message, meta),
  };
}
