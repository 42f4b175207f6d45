/**
 * Loaded into the tslab kernel process with `node --require` (by `labelnoise run`/`report` and by the installed
 * kernel spec). It adds what stock tslab lacks:
 * - an `execute_input` message carrying the execution count before each execution, which is where Jupyter
 *   clients (nbclient, nbconvert, JupyterLab) read the count from, so executed notebooks show In [n];
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
  try {
    // the entry script is …/tslab/bin/tslab: patch that very tslab's module (the one its main will load)
    const { dirname, join } = require('node:path') as typeof import('node:path');
    const { realpathSync } = require('node:fs') as typeof import('node:fs');
    jupyter = require(join(dirname(realpathSync(process.argv[1])), '..', 'dist', 'jupyter.js'));
  } catch {
    return; // not our tslab: leave it alone
  }
  const proto = jupyter.ZmqServer?.prototype;
  if (!proto || (proto as unknown as { labelnoisePatched?: boolean }).labelnoisePatched) return;
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
