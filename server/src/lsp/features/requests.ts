// Typed registration of Copydesk's own requests (protocol.ts).
import type { RequestDef } from '../protocol';
import type { ServerContext } from '../context';

export function onRequest<P, R>(ctx: ServerContext, def: RequestDef<P, R>, handler: (params: P | undefined) => Promise<R>): void {
  ctx.connection.onRequest(def.method, (params: P | undefined) => handler(params));
}
