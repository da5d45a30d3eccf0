import { trace } from '@opentelemetry/api';
import pino, { type DestinationStream, type LevelWithSilent, type Logger } from 'pino';
import type PinoPretty from 'pino-pretty';
import { loadConfig, type Config } from '../config';
import { currentLogFields } from './log-context';
import { censorFields, maskEmailAddresses, onceSerialized } from './log-redaction';

/** The parts of LabelCycle that log; each line carries its part as `component`, so one can filter on it. */
export type Component = 'api' | 'worker' | 'temporal' | 'notify' | 'launcher' | 'migrate' | 'cli';

export interface LoggerSettings {
  /** Typed as pino's own levels, so that a level config.ts accepts but pino does not fails to compile. */
  level: LevelWithSilent;
  nodeEnv: Config['NODE_ENV'];
  /** Where lines go; standard output when not given. Tests pass a stream to read them back. */
  destination?: DestinationStream;
}

/**
 * A logger writing JSON lines, or in development readable lines when pino-pretty is installed. Every line
 * carries the request, user, cycle and workflow it concerns (common/log-context.ts); secrets and personal
 * data are censored (common/log-redaction.ts).
 */
export function createLogger({ level, nodeEnv, destination }: LoggerSettings): Logger {
  const options = {
    level,
    // The Temporal SDK and some libraries pass errors as `error`: give them the stack `err` gets, not `{}`.
    serializers: { err: serializeError, error: serializeError },
    // With tracing on, the trace ID too, so a line leads to its trace and a trace to its lines.
    mixin: () => {
      const span = trace.getActiveSpan();
      return span ? { ...currentLogFields(), traceId: span.spanContext().traceId } : { ...currentLogFields() };
    },
    // Each line's fields, before pino serializes them. A child logger's own fields are not passed through this
    // (pino formats them once, as given): the only child is a component's, whose one field is its name.
    formatters: { log: (fields: Record<string, unknown>) => censorFields(fields, pino.stdSerializers.err) },
  };
  const stream = (nodeEnv === 'development' ? prettyStream(destination) : null) ?? destination ?? stdout();
  return pino(options, masked(stream));
}

const serializeError = onceSerialized(pino.stdSerializers.err);

/** The stream with e-mail addresses masked in every finished line, whatever field or message they are in. */
function masked(stream: DestinationStream): DestinationStream {
  return { write: (line: string) => stream.write(maskEmailAddresses(line)) };
}

function prettyStream(destination: DestinationStream | undefined): DestinationStream | null {
  let pretty: typeof PinoPretty;
  try {
    // A devDependency, required only here: production (`npm ci --omit=dev`) never reaches it, and a
    // development install without it falls back to JSON.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    pretty = require('pino-pretty') as typeof PinoPretty;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return null;
    throw err;
  }
  // The formatter, not pino-pretty's stream: that one passes lines on a tick later, so the line logged just
  // before process.exit() (why the process stopped) would be lost.
  const format = pretty.prettyFactory({
    colorize: destination === undefined && pretty.isColorSupported,
    // `[api] listening on …`, as the lines read before pino; pid and host say nothing on one machine.
    messageFormat: '{if component}[{component}] {end}{msg}',
    ignore: 'pid,hostname,component',
    translateTime: 'SYS:HH:MM:ss.l',
  });
  const out = destination ?? stdout();
  return { write: (line: string) => out.write(format(line)) };
}

/** Synchronous, so that a line logged just before process.exit() is not lost. */
function stdout(): DestinationStream {
  return pino.destination({ dest: 1, sync: true });
}

let root: Logger | null = null;
const children = new Map<Component, Logger>();

/** The process's logger: LOG_LEVEL and NODE_ENV from the environment, written to standard output. */
function rootLogger(): Logger {
  root ??= createLogger(settingsFromEnvironment());
  return root;
}

/**
 * One logger per component, made once: a test can spy on the very object the code logs through.
 * Created on first use, so importing this module has no effect of its own.
 */
export function componentLogger(component: Component): Logger {
  let child = children.get(component);
  if (!child) {
    child = rootLogger().child({ component });
    children.set(component, child);
  }
  return child;
}

function settingsFromEnvironment(): LoggerSettings {
  try {
    const config = loadConfig();
    return { level: config.LOG_LEVEL, nodeEnv: config.NODE_ENV };
  } catch {
    // A bad environment is reported by the entry point's own loadConfig(), through this logger; it must exist.
    return { level: 'info', nodeEnv: process.env.NODE_ENV === 'production' ? 'production' : 'development' };
  }
}
