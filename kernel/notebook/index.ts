/**
 * labelnoise/notebook — display helpers for code running inside a tslab kernel: plotly.js figures that work
 * offline, tables (danfojs-node DataFrames or records), bound-check verdicts and in-place progress. Outside a
 * kernel each helper prints a text form instead.
 */
export {
  plot,
  figureBundle,
  figureHtmlBundle,
  table,
  verdict,
  verdictText,
  progress,
  show,
  inKernel,
  PLOTLY_MIME,
  VERDICT_MIME,
  type PlotlyFigure,
  type TableInput,
  type ProgressDisplay,
  type MimeBundle,
} from './display';
