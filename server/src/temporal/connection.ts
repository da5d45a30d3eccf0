import { Client, Connection, type ClientInterceptors } from '@temporalio/client';

export interface TemporalSettings {
  address: string;
  namespace: string;
  taskQueue: string;
}

/** `interceptors`: tracing's, when on (tracing/temporal-tracing.ts). */
export async function connectTemporalClient(settings: TemporalSettings, interceptors?: ClientInterceptors): Promise<{ client: Client; connection: Connection }> {
  const connection = await Connection.connect({ address: settings.address });
  return { client: new Client({ connection, namespace: settings.namespace, interceptors }), connection };
}
