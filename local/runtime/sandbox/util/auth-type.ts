// util.authType(): the authorization mode of the current request, as the host tells it
// (the host's names for each mode are in contracts/auth-modes.ts).
import { currentState } from '../state.ts';

export function authType(): string {
  return currentState().authType;
}
