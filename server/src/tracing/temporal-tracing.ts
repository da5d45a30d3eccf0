import { makeWorkflowExporter, OpenTelemetryActivityInboundInterceptor, OpenTelemetryActivityOutboundInterceptor, OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';
import type { ClientInterceptors } from '@temporalio/client';
import type { ActivityInterceptorsFactory, WorkerOptions } from '@temporalio/worker';
import type { Tracing } from './tracing';

/**
 * The workflow side of tracing, bundled into the workflow code: it continues the trace an Update or a start
 * carries in its headers, and passes it on to the activities the workflow schedules. Workflow code cannot
 * export, so its spans leave through a sink (workflowSinks) into the worker's span processor.
 */
export const WORKFLOW_TRACING_MODULE = require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors');

/** The client's interceptor: each start and Update gets a span and carries the trace to the workflow. */
export function clientTracing(tracing: Tracing | null): ClientInterceptors | undefined {
  return tracing ? { workflow: [new OpenTelemetryWorkflowClientInterceptor()] } : undefined;
}

/** Each activity runs in a span under the workflow's that scheduled it. */
export const activityTracing: ActivityInterceptorsFactory = (ctx) => ({
  inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
  outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
});

/** The sink through which the workflow's spans reach the exporter. */
export function workflowSinks(tracing: Tracing): WorkerOptions['sinks'] {
  return { exporter: makeWorkflowExporter(tracing.spanProcessor, tracing.resource) };
}
