import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import type { MetricType, ParseProblem, ParseResult, Sample } from './types.ts';

/** Above this the paste is not a single server's /metrics; refusing keeps the page responsive. */
export const MAX_EXPOSITION_CHARS = 5_000_000;

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL = /^[+-]?(?:inf|nan)$/i;
const TYPES: readonly MetricType[] = ['counter', 'gauge', 'histogram', 'summary', 'untyped', 'info', 'stateset', 'gaugehistogram', 'unknown'];

class LineError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Parses the Prometheus text exposition format (what `curl …/metrics` prints) into samples by name.
 *
 * Each line's syntax is checked here, because parse-prometheus-text-format is lenient (it takes
 * `hello world` as a sample whose value is "world") and reports no line numbers. Label blocks are
 * then decoded by parse-prometheus-text-format one line at a time: fed a whole exposition it folds
 * every labelled series of a histogram into one and drops the last line when there is no trailing
 * newline, so grouping by family is done here instead.
 *
 * @returns the samples, or the first problem with its 1-based line number.
 * @example parseExposition('vllm:num_requests_waiting{engine="0",model_name="m"} 3.0\n')
 */
export function parseExposition(text: string): ParseResult {
  if (text.length > MAX_EXPOSITION_CHARS) {
    return { ok: false, problem: { line: null, message: `This text is ${(text.length / 1e6).toFixed(1)} MB; one server's /metrics is far smaller. Paste a single scrape.` } };
  }
  if (text.trim() === '') return { ok: false, problem: { line: null, message: 'Nothing to read yet: paste the output of curl http://<your-server>/metrics, or load a file.' } };
  const samples = new Map<string, Sample[]>();
  const types = new Map<string, MetricType>();
  const lines = text.split('\n');
  try {
    lines.forEach((raw, index) => {
      const line = raw.replace(/\r$/, '').trim();
      const number = index + 1;
      if (line === '') return;
      if (line.startsWith('#')) {
        readComment(line, number, types);
        return;
      }
      const sample = readSample(line, number);
      const list = samples.get(sample.name);
      if (list) list.push(sample);
      else samples.set(sample.name, [sample]);
    });
  } catch (error) {
    if (error instanceof LineError) return { ok: false, problem: { line: error.line, message: error.message } };
    throw error;
  }
  const bucketProblem = checkBuckets(samples, types);
  if (bucketProblem) return { ok: false, problem: bucketProblem };
  if (samples.size === 0) return { ok: false, problem: { line: null, message: 'The text has comments but no samples: a /metrics page has lines like vllm:num_requests_running{…} 2.0.' } };
  return { ok: true, exposition: { samples, types, lineCount: lines.length } };
}

/** A histogram bucket needs a numeric `le` label, or no percentile can be read from it. */
function checkBuckets(samples: ReadonlyMap<string, readonly Sample[]>, types: ReadonlyMap<string, MetricType>): ParseProblem | null {
  for (const [name, list] of samples) {
    if (!name.endsWith('_bucket') || types.get(name.slice(0, -'_bucket'.length)) !== 'histogram') continue;
    for (const sample of list) {
      const le = sample.labels.le;
      if (le === undefined) return { line: sample.line, message: `Line ${sample.line}: ${name} is a histogram bucket without an le="…" label.` };
      if (!/^\+?inf$/i.test(le) && !NUMBER.test(le)) return { line: sample.line, message: `Line ${sample.line}: the bucket bound le="${clip(le)}" is not a number.` };
    }
  }
  return null;
}

function readComment(line: string, number: number, types: Map<string, MetricType>): void {
  const match = /^#\s*(HELP|TYPE)\s+(\S+)\s*(.*)$/.exec(line);
  if (!match) return; // an ordinary comment
  const [, keyword, name = '', rest = ''] = match;
  if (!METRIC_NAME.test(name) || METRIC_NAME.exec(name)?.[0] !== name) {
    throw new LineError(number, `Line ${number}: "${name}" is not a valid metric name (letters, digits, _ and :, not starting with a digit).`);
  }
  if (keyword === 'TYPE') {
    const type = rest.trim().toLowerCase() as MetricType;
    if (!TYPES.includes(type)) throw new LineError(number, `Line ${number}: unknown metric type "${rest.trim()}" (expected counter, gauge, histogram, summary or untyped).`);
    types.set(name, type);
  }
}

function readSample(line: string, number: number): Sample {
  const nameMatch = METRIC_NAME.exec(line);
  if (!nameMatch) {
    throw new LineError(number, `Line ${number}: expected a metric name at the start of "${clip(line)}" (letters, digits, _ and :, not starting with a digit).`);
  }
  const name = nameMatch[0];
  let rest = line.slice(name.length);
  let labels: Record<string, string> = {};
  if (rest.startsWith('{')) {
    const close = closingBrace(rest);
    if (close < 0) throw new LineError(number, `Line ${number}: the label list opened with "{" is never closed.`);
    labels = decodeLabels(name, rest.slice(0, close + 1), number);
    rest = rest.slice(close + 1);
  } else if (rest !== '' && !/^\s/.test(rest)) {
    throw new LineError(number, `Line ${number}: "${clip(line)}" has a character after the name that is neither a space nor "{".`);
  }
  const fields = rest.trim().split(/\s+/).filter((f) => f !== '');
  if (fields.length === 0) throw new LineError(number, `Line ${number}: ${name} has no value.`);
  if (fields.length > 2) throw new LineError(number, `Line ${number}: expected a value and at most a timestamp after ${name}, found "${clip(fields.join(' '))}".`);
  const [valueText = '', timestamp] = fields;
  if (timestamp !== undefined && !NUMBER.test(timestamp)) throw new LineError(number, `Line ${number}: the timestamp "${clip(timestamp)}" is not a number.`);
  return { name, labels, value: readValue(valueText, name, number), line: number };
}

function readValue(text: string, name: string, number: number): number {
  if (SPECIAL.test(text)) {
    const lower = text.toLowerCase();
    if (lower.endsWith('nan')) return Number.NaN;
    return lower.startsWith('-') ? -Infinity : Infinity;
  }
  if (!NUMBER.test(text)) throw new LineError(number, `Line ${number}: the value of ${name} is "${clip(text)}", which is not a number.`);
  return Number(text);
}

/** Index of the `}` that closes the label block, skipping quoted values and their escapes; -1 if none. */
function closingBrace(text: string): number {
  let quoted = false;
  for (let i = 1; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '\\') i += 1;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '}') return i;
  }
  return -1;
}

function decodeLabels(name: string, block: string, number: number): Record<string, string> {
  const invalid = `Line ${number}: the labels ${clip(block)} are not valid; write them as name="value" pairs separated by commas.`;
  if (/^\{\s*\}$/.test(block)) return {};
  let labels: Record<string, string> | undefined;
  try {
    labels = parsePrometheusTextFormat(`${name}${block} 0\n`)[0]?.metrics[0]?.labels;
  } catch {
    throw new LineError(number, invalid);
  }
  if (!labels) throw new LineError(number, invalid);
  for (const key of Object.keys(labels)) {
    if (!LABEL_NAME.test(key)) throw new LineError(number, `Line ${number}: "${clip(key)}" is not a valid label name.`);
  }
  return labels;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
