import { ChildProcess, spawn } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dealer, Subscriber } from 'zeromq';
import { requireOptional, resolveOptional } from '../../src/core/optional';

/**
 * A client of one Jupyter kernel over the Jupyter messaging protocol (v5.3): zeromq sockets, HMAC-SHA256
 * signed multipart frames. It starts the project's own tslab (`tslab kernel --config-path FILE`), so no
 * Python and no global install are needed.
 */

export interface JupyterMessage {
  header: { msg_id: string; msg_type: string; session: string; username: string; date: string; version: string };
  parent_header: { msg_id?: string };
  metadata: Record<string, unknown>;
  content: Record<string, unknown>;
}

const DELIMITER = '<IDS|MSG>';

/** How long after a cell's execute_reply its idle status may still arrive before the cell is taken as finished. */
export const IDLE_GRACE_MS = 10_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The command that starts a tslab kernel: this package's own tslab, run by the current Node, with the preload
 * that adds execution counts (execute_input) and the parent watchdog (see kernelPreload.ts).
 */
export function tslabKernelCommand(): string[] {
  // next to this file when built; from the sources (tests under tsx) the built copy in dist/
  const preload = [join(__dirname, 'kernelPreload.js'), join(__dirname, '..', '..', 'dist', 'kernel', 'runner', 'kernelPreload.js')].find((p) => existsSync(p));
  return [
    process.execPath,
    ...(preload ? ['--require', preload] : []),
    resolveOptional('tslab/bin/tslab', 'tslab', 'Running notebooks', [__dirname, process.cwd()]),
    'kernel',
  ];
}

/** Kernels started by this process and not yet shut down: killed on exit and on SIGINT/SIGTERM/SIGHUP. */
const liveKernels = new Set<KernelClient>();

/**
 * Kills every kernel this process started (its whole process group) and removes their connection folders, which
 * hold the HMAC key. Synchronous, so it can run in an 'exit' handler or a signal handler.
 */
export function killAllKernels(): number {
  let killed = 0;
  for (const kernel of [...liveKernels]) {
    kernel.killNow();
    killed++;
  }
  return killed;
}

let exitHooksInstalled = false;

/**
 * Makes the CLI end promptly and cleanly under faults: SIGINT, SIGTERM and SIGHUP kill every kernel and exit
 * with 128 + the signal number; a broken pipe on stdout or stderr (\`labelnoise run … | head\`) does the same
 * with exit 1; and any exit (including an uncaught exception) kills the kernels left.
 */
export function installExitHooks(): void {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', () => killAllKernels());
  const signals: [NodeJS.Signals, number][] = [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ];
  for (const [signal, code] of signals) {
    process.on(signal, () => {
      killAllKernels();
      try {
        process.stderr.write(`labelnoise: stopped by ${signal}; kernels killed\n`);
      } catch {
        // stderr may be the broken pipe
      }
      process.exit(code);
    });
  }
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', () => {
      // EPIPE (the reader went away) or any other write failure: nobody sees the run any more
      killAllKernels();
      process.exit(1);
    });
  }
}

export class KernelClient {
  private readonly session = randomUUID();
  private readonly pending = new Map<string, (message: JupyterMessage, channel: 'shell' | 'iopub') => void>();
  private closed = false;
  private stderrTail = '';
  private exitListeners: ((reason: string) => void)[] = [];
  private exitReason: string | null = null;

  private constructor(
    private readonly child: ChildProcess,
    private readonly key: string,
    private readonly shell: Dealer,
    private readonly control: Dealer,
    private readonly iopub: Subscriber,
    private readonly connectionDir: string,
  ) {
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString()).slice(-4000);
    });
    child.on('exit', (code, signal) => {
      const reason = `the kernel exited (${signal ? `signal ${signal}` : `code ${code}`})${this.stderrTail.trim() ? `: ${this.stderrTail.trim().slice(-800)}` : ''}`;
      this.exitReason = reason;
      for (const listener of [...this.exitListeners]) listener(reason);
    });
    liveKernels.add(this);
    void this.pump(shell, 'shell');
    void this.pump(iopub, 'iopub');
  }

  /** Starts a kernel with working directory `cwd` and waits until its shell and iopub channels both answer. */
  static async start(options: { cwd: string; startupTimeoutMs?: number }): Promise<KernelClient> {
    const ports = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
    const key = randomUUID();
    const connection = {
      shell_port: ports[0],
      iopub_port: ports[1],
      stdin_port: ports[2],
      control_port: ports[3],
      hb_port: ports[4],
      ip: '127.0.0.1',
      key,
      transport: 'tcp',
      signature_scheme: 'hmac-sha256',
      kernel_name: 'labelnoise',
    };
    const connectionDir = mkdtempSync(join(tmpdir(), 'labelnoise-kernel-'));
    const connectionFile = join(connectionDir, 'connection.json');
    writeFileSync(connectionFile, JSON.stringify(connection));
    const [command, ...args] = tslabKernelCommand();
    const zmq = requireOptional<typeof import('zeromq')>('zeromq', 'Talking to a Jupyter kernel');
    // detached: the kernel leads its own process group, so killing the group also ends anything it started;
    // LABELNOISE_PARENT_PID makes the kernel exit by itself if this process dies without cleaning up
    const child = spawn(command, [...args, '--config-path', connectionFile], {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: { ...process.env, LABELNOISE_PARENT_PID: String(process.pid) },
    });
    child.stdout?.resume(); // tslab logs to stdout; outputs travel over iopub
    const url = (port: number) => `tcp://127.0.0.1:${port}`;
    // linger 0: unsent messages to a dead kernel are dropped at close instead of keeping the process alive
    const shell = new zmq.Dealer({ linger: 0 });
    const control = new zmq.Dealer({ linger: 0 });
    // no high-water mark on iopub: a burst of outputs waits in the queue instead of being dropped
    const iopub = new zmq.Subscriber({ linger: 0, receiveHighWaterMark: 0 });
    shell.connect(url(connection.shell_port));
    control.connect(url(connection.control_port));
    iopub.connect(url(connection.iopub_port));
    iopub.subscribe();
    const client = new KernelClient(child, key, shell, control, iopub, connectionDir);
    try {
      await client.waitReady(options.startupTimeoutMs ?? 60_000);
    } catch (e) {
      await client.shutdown();
      throw e;
    }
    return client;
  }

  private sign(parts: string[]): string {
    const hmac = createHmac('sha256', this.key);
    for (const part of parts) hmac.update(part);
    return hmac.digest('hex');
  }

  private async pump(socket: Dealer | Subscriber, channel: 'shell' | 'iopub'): Promise<void> {
    try {
      for await (const frames of socket) {
        const strings = frames.map((f) => f.toString('utf8'));
        const at = strings.indexOf(DELIMITER);
        if (at < 0 || strings.length < at + 6) continue;
        const [signature, header, parent, metadata, content] = strings.slice(at + 1, at + 6);
        if (signature !== this.sign([header, parent, metadata, content])) continue; // not from our kernel
        const message: JupyterMessage = {
          header: JSON.parse(header),
          parent_header: JSON.parse(parent),
          metadata: JSON.parse(metadata),
          content: JSON.parse(content),
        };
        const parentId = message.parent_header.msg_id;
        if (parentId) this.pending.get(parentId)?.(message, channel);
      }
    } catch (e) {
      if (!this.closed) throw e;
    }
  }

  private async send(socket: Dealer, msgType: string, content: Record<string, unknown>): Promise<string> {
    const header = { msg_id: randomUUID(), msg_type: msgType, session: this.session, username: 'labelnoise', date: new Date().toISOString(), version: '5.3' };
    const parts = [JSON.stringify(header), '{}', '{}', JSON.stringify(content)];
    await socket.send([DELIMITER, this.sign(parts), ...parts]);
    return header.msg_id;
  }

  /** Resolves once kernel_info has been answered on shell and its status seen on iopub (iopub may join late). */
  private async waitReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.exitReason) throw new Error(`the tslab kernel did not start: ${this.exitReason}`);
      let shellOk = false;
      let iopubOk = false;
      const id = await this.send(this.shell, 'kernel_info_request', {});
      const ready = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 1000);
        this.pending.set(id, (message, channel) => {
          if (channel === 'shell' && message.header.msg_type === 'kernel_info_reply') shellOk = true;
          if (channel === 'iopub' && message.header.msg_type === 'status') iopubOk = true;
          if (shellOk && iopubOk) {
            clearTimeout(timer);
            resolve(true);
          }
        });
      });
      this.pending.delete(id);
      if (ready) return;
    }
    throw new Error(`the tslab kernel did not answer within ${timeoutMs / 1000} s${this.stderrTail ? `: ${this.stderrTail.trim()}` : ''}`);
  }

  /**
   * Executes code and streams every iopub message of this request to `onMessage`. Resolves with the
   * execute_reply content when the reply has arrived and the kernel is idle again, or `idleGraceMs` (default
   * IDLE_GRACE_MS) after the reply if the idle never comes (then `onIdleMissing` is told). After `timeoutMs` the
   * kernel is interrupted (SIGINT, which tslab turns into an interrupt) and the promise rejects, saying what the kernel
   * was seen doing.
   */
  async execute(
    code: string,
    options: { timeoutMs: number; onMessage: (message: JupyterMessage) => void; onIdleMissing?: (graceMs: number) => void; idleGraceMs?: number },
  ): Promise<Record<string, unknown>> {
    if (this.closed) throw new Error('the kernel is shut down');
    if (this.exitReason) throw new Error(this.exitReason);
    const id = await this.send(this.shell, 'execute_request', {
      code,
      silent: false,
      store_history: true,
      user_expressions: {},
      allow_stdin: false,
      stop_on_error: true,
    });
    return new Promise((resolve, reject) => {
      let reply: Record<string, unknown> | null = null;
      let idle = false;
      let busySeen = false;
      let lastIopub = '';
      let lastIopubAt = Date.now();
      let grace: NodeJS.Timeout | undefined;
      const finish = (error: Error | null) => {
        clearTimeout(timer);
        clearTimeout(grace);
        this.pending.delete(id);
        this.exitListeners = this.exitListeners.filter((l) => l !== onExit);
        if (error) reject(error);
        else resolve(reply as Record<string, unknown>);
      };
      const onExit = (reason: string) => finish(new Error(reason));
      this.exitListeners.push(onExit);
      const timer = setTimeout(() => {
        this.signal('SIGINT');
        // what the kernel was seen doing tells a hung computation from a lost message
        const seen = !busySeen
          ? 'the kernel never reported busy for this cell'
          : `execute_reply ${reply ? 'received' : 'not received'}, idle ${idle ? 'received' : 'not received'}; last iopub message ${((Date.now() - lastIopubAt) / 1000).toFixed(0)} s before the limit, last output ${lastIopub || 'none'}`;
        finish(new TimeoutError(options.timeoutMs, seen));
      }, options.timeoutMs);
      this.pending.set(id, (message, channel) => {
        if (channel === 'shell' && message.header.msg_type === 'execute_reply') reply = message.content;
        if (channel === 'iopub') {
          lastIopubAt = Date.now();
          if (message.header.msg_type === 'status') {
            idle = message.content.execution_state === 'idle';
            busySeen ||= message.content.execution_state === 'busy';
          } else {
            lastIopub = message.header.msg_type;
            options.onMessage(message);
          }
        }
        if (reply && idle) finish(null);
        else if (reply && grace === undefined) {
          // Jupyter clients wait a bounded time for the idle that follows a reply (nbclient: iopub_timeout); a kernel
          // that lost it would otherwise hold the run until the cell limit
          const graceMs = options.idleGraceMs ?? IDLE_GRACE_MS;
          grace = setTimeout(() => {
            options.onIdleMissing?.(graceMs);
            finish(null);
          }, graceMs);
        }
      });
    });
  }

  private signal(name: NodeJS.Signals): void {
    if (this.child.exitCode !== null || this.child.signalCode !== null || this.child.pid === undefined) return;
    try {
      process.kill(-this.child.pid, name); // the whole process group
    } catch {
      try {
        this.child.kill(name);
      } catch {
        // already gone
      }
    }
  }

  /** Synchronously kills the kernel's process group, closes the sockets and removes the connection folder. */
  killNow(): void {
    this.closed = true;
    liveKernels.delete(this);
    if (this.child.pid !== undefined) {
      try {
        process.kill(-this.child.pid, 'SIGKILL'); // the group, even when its leader has already exited
      } catch {
        // nothing left in the group
      }
    }
    for (const socket of [this.shell, this.control, this.iopub]) {
      try {
        socket.close();
      } catch {
        // already closed
      }
    }
    rmSync(this.connectionDir, { recursive: true, force: true });
  }

  /** Asks the kernel to shut down (up to 1 s), then kills what is left and removes the connection folder. */
  async shutdown(): Promise<void> {
    if (this.closed) return;
    const exited = new Promise<void>((resolve) => {
      if (this.exitReason || this.child.exitCode !== null || this.child.signalCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    if (!this.exitReason) {
      try {
        await Promise.race([this.send(this.control, 'shutdown_request', { restart: false }), new Promise((r) => setTimeout(r, 300))]);
      } catch {
        // the kernel may already be gone
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 1000))]);
    }
    this.killNow();
  }
}

export class TimeoutError extends Error {
  constructor(
    readonly timeoutMs: number,
    readonly seen = '',
  ) {
    super(`cell timed out after ${timeoutMs / 1000} s${seen ? ` (${seen})` : ''}`);
    this.name = 'TimeoutError';
  }
}
