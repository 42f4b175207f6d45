#!/usr/bin/env node
import { ValidationError } from '../core/errors';
import { GD_HELP, gdCommand } from './gdCommand';
import { SIGMA_HELP, sigmaCommand } from './sigmaCommand';
import { SPECTRUM_HELP, spectrumCommand } from './spectrumCommand';
import {
  COMPARE_HELP,
  compareCommand,
  FIGURES_HELP,
  figuresCommand,
  KERNEL_HELP,
  kernelCommand,
  REPORT_HELP,
  reportCommand,
  RUN_HELP,
  runCommand,
  VERDICTS_HELP,
  verdictsCommand,
} from './notebookCommands';
import { versionText } from './version';
import { SWEEP_HELP, sweepCommand } from './sweepCommand';

const HELP = `Usage: labelnoise <command> [options]

Commands:
  gd        run gradient descent on corrupted clusterable data (labelnoise gd --help)
  sigma     Σ(C), λ(C) and κ(C) of a set of cluster centers (labelnoise sigma --help)
  spectrum  Jacobian spectra, signal/noise subspaces and Assumption-1 constants (labelnoise spectrum --help)
  run       execute a notebook headlessly into .ipynb and HTML (labelnoise run --help)
  report    run every notebook and write reports/index.html with all bound checks (labelnoise report --help)
  compare   list the verdicts and numbers that changed between two report summaries (labelnoise compare --help)
  verdicts  pin a report's verdicts to a file, or check a report against the pinned file (labelnoise verdicts --help)
  figures   export the figures of an executed notebook as SVG and standalone HTML (labelnoise figures --help)
  kernel    register the Jupyter kernel spec (labelnoise kernel install)
  sweep     run a notebook over a grid × seeds, locally or on Slurm, and aggregate its verdicts (labelnoise sweep --help)
  help      this text

  --version prints the package version, the Node.js version and the linear-algebra backend

Every command accepts --help.`;

/** A command returns its exit code, or nothing for 0. */
const COMMANDS: Record<string, { help: string; run: (argv: string[]) => void | number | Promise<number> }> = {
  gd: { help: GD_HELP, run: gdCommand },
  sigma: { help: SIGMA_HELP, run: sigmaCommand },
  spectrum: { help: SPECTRUM_HELP, run: spectrumCommand },
  run: { help: RUN_HELP, run: runCommand },
  report: { help: REPORT_HELP, run: reportCommand },
  compare: { help: COMPARE_HELP, run: compareCommand },
  verdicts: { help: VERDICTS_HELP, run: verdictsCommand },
  figures: { help: FIGURES_HELP, run: figuresCommand },
  kernel: { help: KERNEL_HELP, run: kernelCommand },
  sweep: { help: SWEEP_HELP, run: sweepCommand },
};

/** Returns the process exit code: 0 success, 2 bad input, 1 any other failure. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    console.log(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v' || command === 'version') {
    console.log(versionText());
    return 0;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    console.error(`labelnoise: unknown command "${command}"\n\n${HELP}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(entry.help);
    return 0;
  }
  try {
    return (await entry.run(rest)) ?? 0;
  } catch (e) {
    if (e instanceof ValidationError) {
      console.error(`labelnoise ${command}: ${e.message}`);
      return 2;
    }
    console.error(`labelnoise ${command}: ${(e as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    // nothing should keep the process alive now; if something does (a socket of a dead kernel), do not hang
    setTimeout(() => process.exit(code), 3000).unref();
  });
}
