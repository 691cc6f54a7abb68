// A free TCP port on loopback (for listeners that must be given a number up front).
export { freePort } from '../../local/engines/index.ts';
