/**
 * Network off for every test: any attempt to reach an address that is not this machine throws and is
 * recorded, so a test (tests/contract/no-network.test.ts) can assert that nothing tried.
 */
import net from 'node:net';
import http from 'node:http';
import https from 'node:https';

export const blockedRequests: string[] = [];
(globalThis as Record<string, unknown>).__datapakkerBlockedRequests = blockedRequests;

const LOCAL = /^(localhost|127\.\d+\.\d+\.\d+|::1|\[::1\])$/;

function guard(target: string, host: string | undefined | null): void {
  if (host && !LOCAL.test(host)) {
    blockedRequests.push(target);
    throw new Error(`Network is off in tests: attempted ${target}`);
  }
}

const realFetch = globalThis.fetch;
globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  if (url.protocol === 'http:' || url.protocol === 'https:') guard(url.href, url.hostname);
  return realFetch(input, init);
}) as typeof fetch;

const realConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function patchedConnect(this: net.Socket, ...args: unknown[]) {
  const first = args[0] as { host?: string; path?: string } | number | string;
  if (typeof first === 'object' && first && !first.path) guard(`tcp://${first.host ?? 'localhost'}`, first.host ?? 'localhost');
  if (typeof first === 'number') guard(`tcp://${String(args[1] ?? 'localhost')}:${first}`, String(args[1] ?? 'localhost'));
  return (realConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

for (const mod of [http, https]) {
  const realRequest = mod.request;
  const patched = ((...args: unknown[]) => {
    const first = args[0] as string | URL | { hostname?: string; host?: string };
    const host = typeof first === 'string' ? new URL(first).hostname : first instanceof URL ? first.hostname : (first.hostname ?? first.host);
    guard(String(typeof first === 'object' && !(first instanceof URL) ? host : first), host);
    return (realRequest as (...a: unknown[]) => unknown)(...args);
  }) as typeof http.request;
  mod.request = patched;
  mod.get = ((...args: Parameters<typeof http.get>) => {
    const req = patched(...(args as Parameters<typeof http.request>));
    req.end();
    return req;
  }) as typeof http.get;
}
