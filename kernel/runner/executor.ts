import { JupyterMessage, KernelClient, TimeoutError } from './kernelClient';
import { Cell, cellSource, Notebook, Output } from './notebookFile';

export interface CellFailure {
  /** Index of the failing cell in the executed notebook (injected parameter cell included). */
  index: number;
  ename: string;
  evalue: string;
}

export interface ExecutionResult {
  notebook: Notebook;
  ok: boolean;
  failure?: CellFailure;
  seconds: number;
}

/** Accumulates one cell's outputs the way Jupyter front ends do (streams merged, display updates applied). */
class OutputCollector {
  readonly outputs: Output[] = [];
  private clearPending = false;

  constructor(private readonly displays: Map<string, Output[]>) {}

  private push(output: Output): void {
    if (this.clearPending) {
      this.outputs.length = 0;
      this.clearPending = false;
    }
    const last = this.outputs[this.outputs.length - 1];
    if (output.output_type === 'stream' && last?.output_type === 'stream' && last.name === output.name) last.text += output.text;
    else this.outputs.push(output);
  }

  handle(message: JupyterMessage): void {
    const c = message.content as Record<string, any>;
    switch (message.header.msg_type) {
      case 'stream':
        this.push({ output_type: 'stream', name: c.name, text: c.text });
        break;
      case 'display_data': {
        const output: Output = { output_type: 'display_data', data: c.data, metadata: c.metadata ?? {} };
        this.push(output);
        const id = c.transient?.display_id;
        if (id) this.displays.set(id, [...(this.displays.get(id) ?? []), output]);
        break;
      }
      case 'update_display_data':
        // updates may target a display made in an earlier cell, so the map is shared across cells
        for (const output of this.displays.get(c.transient?.display_id) ?? []) {
          if (output.output_type === 'display_data') {
            output.data = c.data;
            output.metadata = c.metadata ?? {};
          }
        }
        break;
      case 'execute_result':
        this.push({ output_type: 'execute_result', data: c.data, metadata: c.metadata ?? {}, execution_count: c.execution_count ?? null });
        break;
      case 'error':
        this.push({ output_type: 'error', ename: c.ename, evalue: c.evalue, traceback: c.traceback ?? [] });
        break;
      case 'clear_output':
        if (c.wait) this.clearPending = true;
        else this.outputs.length = 0;
        break;
      default:
        break; // execute_input and other messages carry no output
    }
  }
}

/**
 * Runs every code cell of `notebook` in a fresh tslab kernel started in `cwd` (the notebook's folder), in order,
 * stopping at the first failing cell; later cells keep no outputs. `cellTimeoutMs` bounds each cell.
 */
export async function executeNotebook(
  notebook: Notebook,
  options: { cwd: string; cellTimeoutMs: number; onCell?: (index: number, total: number) => void },
): Promise<ExecutionResult> {
  const started = Date.now();
  const cells: Cell[] = notebook.cells.map((cell) => (cell.cell_type === 'code' ? { ...cell, outputs: [], execution_count: null } : { ...cell }));
  const executed: Notebook = { ...notebook, cells };
  const kernel = await KernelClient.start({ cwd: options.cwd });
  const displays = new Map<string, Output[]>();
  let failure: CellFailure | undefined;
  let count = 0;
  try {
    for (let index = 0; index < cells.length; index++) {
      const cell = cells[index];
      if (cell.cell_type !== 'code') continue;
      options.onCell?.(index, cells.length);
      const collector = new OutputCollector(displays);
      cell.outputs = collector.outputs;
      const code = cellSource(cell);
      try {
        const reply = await kernel.execute(code, {
          timeoutMs: options.cellTimeoutMs,
          onMessage: (m) => collector.handle(m),
          onIdleMissing: (graceMs) =>
            collector.outputs.push({
              output_type: 'stream',
              name: 'stderr',
              text: `labelnoise: the kernel replied but its idle status did not follow within ${graceMs / 1000} s; outputs sent after the reply may be missing\n`,
            }),
        });
        cell.execution_count = typeof reply.execution_count === 'number' ? reply.execution_count : ++count;
        count = cell.execution_count;
        if (reply.status !== 'ok') {
          const error = collector.outputs.find((o) => o.output_type === 'error') as Extract<Output, { output_type: 'error' }> | undefined;
          failure = { index, ename: error?.ename ?? String(reply.ename ?? 'Error'), evalue: error?.evalue ?? String(reply.evalue ?? reply.status) };
          break;
        }
      } catch (e) {
        const ename = e instanceof TimeoutError ? 'TimeoutError' : 'KernelError';
        collector.outputs.push({ output_type: 'error', ename, evalue: (e as Error).message, traceback: [(e as Error).message] });
        failure = { index, ename, evalue: (e as Error).message };
        break;
      }
    }
  } finally {
    await kernel.shutdown();
  }
  return { notebook: executed, ok: failure === undefined, failure, seconds: (Date.now() - started) / 1000 };
}
