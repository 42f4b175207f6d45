/**
 * Loaded into the tslab kernel process with `node --require` (by `labelnoise run`/`report` and by the installed
 * kernel spec). It adds what stock tslab lacks:
 * - an `execute_input` message carrying the execution count before each execution, which is where Jupyter
 *   clients (nbclient, nbconvert, JupyterLab) read the count from, so executed notebooks show In [n];
 * - sends that never throw or get lost: zeromq 6 refuses a send while a deferred one is pending, which made a
 *   kernel that had published 512 messages drop outputs and the final `idle` of a cell (queueBusySends), and its
 *   iopub socket dropped messages beyond 1,000 waiting for a busy client (unboundedIopub);
 * - when LABELNOISE_PARENT_PID is set (the headless runner sets it), the kernel exits as soon as that process is
 *   gone, so a runner killed with SIGKILL leaves no kernel behind.
 */
/* eslint-disable @typescript-eslint/no-require-imports */

interface ZmqMessageLike {
  content: { code?: string };
  createReply(): { header: { msg_type: string }; content: unknown; signAndSend(key: string, socket: unknown): void };
}

interface ZmqServerLike {
  connInfo: { key: string };
  iopub: unknown;
  handler: { execCount: number };
  handleExecute(sock: unknown, msg: ZmqMessageLike): Promise<void>;
}

function patchExecuteInput(): void {
  let jupyter: { ZmqServer?: { prototype: ZmqServerLike } };
  let tslabBin: string;
  try {
    // the entry script is …/tslab/bin/tslab: patch that very tslab's module (the one its main will load)
    const { dirname, join } = require('node:path') as typeof import('node:path');
    const { realpathSync } = require('node:fs') as typeof import('node:fs');
    tslabBin = dirname(realpathSync(process.argv[1]));
    jupyter = require(join(tslabBin, '..', 'dist', 'jupyter.js'));
  } catch {
    return; // not our tslab: leave it alone
  }
  const proto = jupyter.ZmqServer?.prototype;
  if (!proto || (proto as unknown as { labelnoisePatched?: boolean }).labelnoisePatched) return;
  try {
    // the zeromq that this tslab loads (resolved from its folder, so the same module instance)
    queueBusySends(require(require.resolve('zeromq', { paths: [tslabBin] })));
  } catch {
    // no zeromq where tslab looks: tslab will fail on its own with a clearer message
  }
  unboundedIopub(proto);
  const original = proto.handleExecute;
  proto.handleExecute = async function (this: ZmqServerLike, sock: unknown, msg: ZmqMessageLike) {
    try {
      const input = msg.createReply();
      input.header.msg_type = 'execute_input';
      // tslab runs executions one at a time and numbers them execCount + 1
      input.content = { code: msg.content.code ?? '', execution_count: (this.handler?.execCount ?? 0) + 1 };
      input.signAndSend(this.connInfo.key, this.iopub);
    } catch {
      // never let the extra message break an execution
    }
    return original.call(this, sock, msg);
  };
  (proto as unknown as { labelnoisePatched?: boolean }).labelnoisePatched = true;
}

interface SendingSocket {
  send(message: unknown): Promise<void>;
}

function isBusy(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === 'EBUSY';
}

/** Per socket: messages waiting for the deferred send to go, and the promise of the last send made. */
interface SendQueue {
  waiting: unknown[];
  last: Promise<void>;
}

/**
 * zeromq 6 allows one send in progress per socket, and after 512 sends that completed at once it defers the next one
 * to the event loop; a send made before that one has gone throws EBUSY synchronously. tslab sends without waiting,
 * so a kernel that has published 512 messages lost the next ones whenever two came together — typically the final
 * `idle` status of a cell (the client then waited for ever) or an output (the cell failed inside console.log). Here
 * every socket's send queues such a message and sends it, in order, as soon as the deferred one has gone. zeromq's
 * sockets are not extensible and their send is a read-only prototype method, so the prototype's method is wrapped.
 */
function queueBusySends(zmq: { Publisher?: { prototype: object } }): void {
  let proto: object | null = zmq.Publisher?.prototype ?? null;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, 'send')) proto = Object.getPrototypeOf(proto);
  const descriptor = proto ? Object.getOwnPropertyDescriptor(proto, 'send') : undefined;
  if (!proto || typeof descriptor?.value !== 'function' || !descriptor.configurable) return;
  if ((descriptor.value as { labelnoiseQueued?: boolean }).labelnoiseQueued) return;
  const raw = descriptor.value as (this: SendingSocket, message: unknown) => Promise<void>;
  const queues = new WeakMap<SendingSocket, SendQueue>();
  const sendNow = (socket: SendingSocket, state: SendQueue, message: unknown) => {
    const sent = raw.call(socket, message);
    sent.catch(() => undefined); // a failed send is zeromq's to report; it must not stop the queue
    state.last = sent;
  };
  const drain = (socket: SendingSocket, state: SendQueue): void => {
    while (state.waiting.length > 0) {
      try {
        sendNow(socket, state, state.waiting[0]);
      } catch (e) {
        if (isBusy(e)) {
          state.last.then(
            () => drain(socket, state),
            () => drain(socket, state),
          );
          return;
        }
        // any other failure (a closed socket) drops this message, as tslab's own send would have
      }
      state.waiting.shift();
    }
  };
  const send = function (this: SendingSocket, message: unknown): Promise<void> {
    let state = queues.get(this);
    if (!state) {
      state = { waiting: [], last: Promise.resolve() };
      queues.set(this, state);
    }
    if (state.waiting.length > 0) {
      state.waiting.push(message);
      return state.last;
    }
    try {
      sendNow(this, state, message);
    } catch (e) {
      if (!isBusy(e)) throw e;
      state.waiting.push(message);
      const queued = state;
      state.last.then(
        () => drain(this, queued),
        () => drain(this, queued),
      );
    }
    return state.last;
  };
  (send as { labelnoiseQueued?: boolean }).labelnoiseQueued = true;
  Object.defineProperty(proto, 'send', { ...descriptor, value: send });
}

/**
 * A PUB socket drops messages once 1,000 wait for a slow subscriber (zeromq's default high-water mark), so a cell that
 * prints fast while the client is busy lost lines, and at worst its final `idle`. tslab creates its iopub socket in
 * `init` and binds it later: the high-water mark is lifted (0 = no limit) as the socket is assigned, before the bind.
 */
function unboundedIopub(proto: object): void {
  Object.defineProperty(proto, 'iopub', {
    configurable: true,
    get: () => undefined,
    set(this: object, socket: { sendHighWaterMark?: number }) {
      try {
        socket.sendHighWaterMark = 0;
      } catch {
        // not a zeromq socket: keep it as it is
      }
      Object.defineProperty(this, 'iopub', { value: socket, writable: true, configurable: true, enumerable: true });
    },
  });
}

/** The runner's private connection folder (it holds the HMAC key): removed when the kernel outlives its runner. */
function removeConnectionFolder(): void {
  const at = process.argv.indexOf('--config-path');
  if (at < 0 || !process.argv[at + 1]) return;
  const { basename, dirname } = require('node:path') as typeof import('node:path');
  const { rmSync } = require('node:fs') as typeof import('node:fs');
  const folder = dirname(process.argv[at + 1]);
  if (basename(folder).startsWith('labelnoise-kernel-')) rmSync(folder, { recursive: true, force: true });
}

function watchParent(): void {
  const parent = Number(process.env.LABELNOISE_PARENT_PID);
  if (!Number.isInteger(parent) || parent <= 1) return;
  const orphaned = () => {
    try {
      removeConnectionFolder();
    } finally {
      process.exit(137);
    }
  };
  const timer = setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      orphaned();
    }
    if (process.ppid !== parent) orphaned();
  }, 500);
  timer.unref();
}

watchParent();
patchExecuteInput();
