// A sandbox worker process: one realm, evaluations strictly in arrival order (the host relies on
// the order to know which job was running when it had to stop the process).
import { createRealm } from '../realm/create-realm.ts';
import type { WorkerJob, WorkerReply, WorkerStart } from './protocol.ts';

type Realm = ReturnType<typeof createRealm>;

if (!process.send) throw new Error('worker-main must run as a forked process with an IPC channel');
const send = process.send.bind(process);
let realm: Realm | undefined;

// The host going away ends the worker, whatever it was doing.
process.on('disconnect', () => process.exit(0));

process.on('message', (message: WorkerStart | WorkerJob) => {
  if ('sandboxBundle' in message) {
    realm = createRealm(message.sandboxBundle);
    send({ ready: true });
    return;
  }
  let reply: WorkerReply;
  try {
    if (!realm) throw new Error('the realm is not ready');
    reply = { id: message.id, outcome: realm.evaluate(message) };
  } catch (err) {
    reply = { id: message.id, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  }
  send(reply);
});
