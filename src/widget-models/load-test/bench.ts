/**
 * The same sweep against a real server: the `vllm bench serve` loop over the widget's rates and
 * the GuideLLM sweep command, with the workload's mean prompt and answer lengths and its
 * objectives. Commands follow vLLM 0.33.0's `vllm bench serve` flags and GuideLLM's `run` CLI
 * (v0.7; ../shared/reference/kserve-deploy-2026.md §7).
 */
import { generatePatternWorkload, type WorkloadId } from '../../sim/patterns/index.ts';
import { MODEL_CHOICES, sweepRates, type LoadTestSettings } from './settings.ts';

/** A workload's nominal mean prompt and output lengths, tokens (what a synthetic dataset can copy). */
export function nominalShape(workload: WorkloadId): { readonly promptTokens: number; readonly outputTokens: number } {
  const wl = generatePatternWorkload(workload, 1, 1, 1);
  return { promptTokens: Math.round(wl.meanPromptTokens), outputTokens: Math.round(wl.meanOutputTokens) };
}

/** `vllm bench serve`, once per rate with rate × seconds prompts, the workload's objectives as `--goodput` (ms). */
export function vllmBenchCommand(s: LoadTestSettings, slo: { ttftS: number; itlMs: number }): string {
  const { promptTokens, outputTokens } = nominalShape(s.workload);
  const model = MODEL_CHOICES.find((m) => m.id === s.model)?.hf ?? s.model;
  return [
    `for run in ${sweepRates(s).map((r) => `${r}:${Math.max(1, Math.round(r * s.durationS))}`).join(' ')}; do`,
    '  rate=${run%%:*}; prompts=${run##*:}',
    `  vllm bench serve --backend openai-chat --base-url http://$HOST --endpoint /v1/chat/completions \\`,
    `    --model ${model} --dataset-name random \\`,
    `    --random-input-len ${promptTokens} --random-output-len ${outputTokens} \\`,
    '    --request-rate $rate --num-prompts $prompts \\',
    '    --percentile-metrics ttft,tpot,itl --metric-percentiles 50,99 \\',
    `    --goodput ttft:${Math.round(slo.ttftS * 1000)} tpot:${slo.itlMs} \\`,
    `    --save-result --result-filename sweep-$rate.json`,
    'done',
  ].join('\n');
}

/** GuideLLM's sweep: it finds its own rates between a synchronous and a throughput run. */
export function guidellmSweepCommand(s: LoadTestSettings): string {
  const { promptTokens, outputTokens } = nominalShape(s.workload);
  return [
    'guidellm run --backend kind=openai_http,target=http://$HOST \\',
    '  --profile kind=sweep \\',
    `  --constraint kind=max_duration,seconds=${s.durationS} \\`,
    `  --data kind=synthetic_text,prompt_tokens=${promptTokens},output_tokens=${outputTokens}`,
  ].join('\n');
}
