/** The one results table: measurement, worklog, baseline, ratio, target, verdict. */

/** One row. `pass` is undefined when there is nothing to judge (informational, or not measurable yet). */
export interface Row {
  measurement: string;
  worklogMs?: number;
  baselineMs?: number;
  /** Shown in the worklog column instead of a time (sizes, "n/a …"). */
  worklogText?: string;
  baselineText?: string;
  target: string;
  pass?: boolean;
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

/** Worklog / baseline, or "—". */
export function ratio(r: Row): string {
  return r.worklogMs !== undefined && r.baselineMs !== undefined && r.baselineMs > 0 ? `${(r.worklogMs / r.baselineMs).toFixed(2)}x` : '—';
}

/** The table as Markdown. */
export function renderTable(rows: readonly Row[]): string {
  const lines = ['| measurement | worklog (ms) | baseline (ms) | ratio | target | verdict |', '| --- | ---: | ---: | ---: | --- | --- |'];
  for (const r of rows) {
    const w = r.worklogText ?? (r.worklogMs !== undefined ? ms(r.worklogMs) : '—');
    const b = r.baselineText ?? (r.baselineMs !== undefined ? ms(r.baselineMs) : '—');
    const verdict = r.pass === undefined ? '—' : r.pass ? 'ok' : 'MISS';
    lines.push(`| ${r.measurement} | ${w} | ${b} | ${ratio(r)} | ${r.target} | ${verdict} |`);
  }
  return lines.join('\n') + '\n';
}
