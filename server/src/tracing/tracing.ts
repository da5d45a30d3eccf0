import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

export interface Tracing {
  /** Where finished spans go: the worker hands its workflows' spans here too (they cannot export themselves). */
  spanProcessor: SpanProcessor;
  resource: Resource;
  /** Sends what is still buffered; called as the process stops. */
  shutdown(): Promise<void>;
}

let started: Tracing | null = null;

/**
 * OpenTelemetry tracing for this process, exported over OTLP/HTTP (JSON) to `<endpoint>/v1/traces`; nothing
 * at all when no endpoint is configured. Registered as the process's tracer provider, with context kept
 * across awaits (AsyncLocalStorage) and W3C trace context read from and written to headers. Once per
 * process: a second call (the api and a worker in one test process) gets the first one's.
 */
export function startTracing(endpoint: string | undefined, serviceName: 'labelcycle-api' | 'labelcycle-worker'): Tracing | null {
  if (!endpoint) return null;
  if (started) return started;
  const resource = new Resource({ [ATTR_SERVICE_NAME]: serviceName });
  const exporter = new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` });
  const spanProcessor = new BatchSpanProcessor(exporter);
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  provider.register();
  started = { spanProcessor, resource, shutdown: () => provider.shutdown() };
  return started;
}
