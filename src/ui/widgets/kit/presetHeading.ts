/**
 * A widget's heading from its name and a preset's title: "Autoscaling: a spike makes the KPA
 * panic". The title's first letter drops to lower case only when its first word is an ordinary
 * capitalised word: acronyms (FP8, KPA), model names (Llama-3.1-8B, Mixtral) and numbers keep
 * their spelling, and nothing after the first letter changes.
 */
const NAMES = /^(Llama|Mixtral|Mistral|Qwen|Gemma|Phi|Granite|DeepSeek|Kimi|GPT)$/;

export function presetHeading(prefix: string, title: string): string {
  const first = /^[^\s:,]+/.exec(title)?.[0] ?? '';
  const ordinary = /^[A-Z][a-z]*$/.test(first) && !NAMES.test(first);
  return `${prefix}: ${ordinary ? title.charAt(0).toLowerCase() + title.slice(1) : title}`;
}
