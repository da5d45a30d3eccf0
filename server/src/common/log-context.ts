import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What a log line says about the work it belongs to: the request (its ID, who sent it, the GraphQL
 * operation) or the activity, and the cycle and workflow concerned. Every logger adds them (common/logger.ts).
 */
export interface LogFields {
  requestId?: string;
  userId?: string;
  operationName?: string;
  cycleId?: string;
  workflowId?: string;
  activityType?: string;
}

// One object per request or activity execution, shared by everything that runs on its behalf; fields
// learnt on the way (the user once the session is read, the cycle once a command names it) are added to it.
const storage = new AsyncLocalStorage<LogFields>();

/** Runs `work` with these fields on every line logged while it (and what it awaits) runs. */
export function runWithLogFields<T>(fields: LogFields, work: () => T): T {
  return storage.run({ ...fields }, work);
}

/** Adds fields to the work under way; outside a request or activity there is nothing to add them to. */
export function addLogFields(fields: LogFields): void {
  const current = storage.getStore();
  if (current) Object.assign(current, fields);
}

/** The fields of the work under way, or none. */
export function currentLogFields(): Readonly<LogFields> {
  return storage.getStore() ?? {};
}
