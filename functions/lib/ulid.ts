// A ULID (https://github.com/ulid/spec): 48 bits of milliseconds then 80 random bits, in Crockford's
// base 32, so image keys sort by upload time like every other id of the shop. `ulid` on npm is only a
// transitive dependency here, so the few lines are ours.
import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function ulid(now: number = Date.now()): string {
  let time = '';
  let rest = Math.floor(now);
  for (let i = 0; i < 10; i += 1) {
    time = CROCKFORD[rest % 32] + time;
    rest = Math.floor(rest / 32);
  }
  // 256 is a multiple of 32, so the low 5 bits of a random byte are uniform.
  const random = Array.from(randomBytes(16), (byte) => CROCKFORD[byte & 31]).join('');
  return time + random;
}
