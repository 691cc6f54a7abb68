// The DNS-rebinding guard: a page on a name that an attacker re-points at 127.0.0.1 sends its own name
// in Host, so only loopback names are served (by the Cognito gateway and GraphiQL's credentials endpoint).
const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);
const PORT_SUFFIX = /:\d{1,5}$/;

/** true for `127.0.0.1`, `localhost` and `[::1]`, with or without a port. */
export function isLoopbackHost(host: string | undefined): boolean {
  return LOOPBACK_NAMES.has((host ?? '').replace(PORT_SUFFIX, '').toLowerCase());
}
