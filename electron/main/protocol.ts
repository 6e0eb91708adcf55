// Serves dist/renderer on socle://app/ with the CSP in the response itself.
import { readFile as fsReadFile } from 'node:fs/promises';
import { contentType, resolveAppFile } from './app-url';
import { CONTENT_SECURITY_POLICY } from './security';

export type ReadFile = (path: string) => Promise<Uint8Array>;

const text = (status: number, body: string): Response =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * The handler given to protocol.handle: a plain (Request) => Response function, so it runs in
 * Node's own fetch types under test. The CSP is set here because webRequest does not reliably see
 * responses of a custom protocol.
 */
export function createAppProtocolHandler(rendererRoot: string, readFile: ReadFile = fsReadFile) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed');
    const file = resolveAppFile(request.url, rendererRoot);
    if (!file) return text(403, 'Forbidden');
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return text(404, 'Not found');
    }
    const headers = {
      'Content-Type': contentType(file),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    };
    // A copy typed on a plain ArrayBuffer, which is what BodyInit accepts.
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
