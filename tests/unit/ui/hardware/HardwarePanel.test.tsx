import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_HARDWARE_SELECTION } from '../../../../src/sim/cost/hardwareEstimate.ts';
import type { HardwareSelection, ModelArch } from '../../../../src/sim/cost/types.ts';
import type { ImportedGpu } from '../../../../src/ui/hardware/CalibrationImport.tsx';
import { HardwarePanel } from '../../../../src/ui/hardware/HardwarePanel.tsx';

function Harness({ initial = DEFAULT_HARDWARE_SELECTION, customModels = [] as ModelArch[], spy = (_: HardwareSelection) => {} }) {
  const [value, setValue] = useState(initial);
  const [models, setModels] = useState(customModels);
  const [gpus, setGpus] = useState<ImportedGpu[]>([]);
  return (
    <HardwarePanel
      value={value}
      onChange={(v) => {
        spy(v);
        setValue(v);
      }}
      customModels={models}
      importedGpus={gpus}
      onAddModel={(m) => setModels((ms) => [...ms, m])}
      onImportGpu={(g) => setGpus((gs) => [...gs, g])}
    />
  );
}

const figure = (label: RegExp) => screen.getByText(label, { selector: 'dt' }).closest('.hw-figure') as HTMLElement;

describe('HardwarePanel', () => {
  it('shows labelled controls, the memory breakdown and the predicted decode step', () => {
    render(<Harness />);
    for (const l of ['Model', 'GPU', 'Tensor parallel (GPUs)', 'Weights', 'KV cache dtype', 'gpu_memory_utilization', 'Decode batch (sequences)', 'Context per sequence (tokens)']) {
      expect(screen.getByLabelText(l)).toBeInTheDocument();
    }
    expect(screen.getByRole('img', { name: /Memory per GPU: Weights 15\.0 GiB, Activations/ })).toBeInTheDocument();
    const table = screen.getByText('KV cache', { selector: 'dt' }).closest('dl') as HTMLElement;
    expect(within(table).getByText('Weights')).toBeInTheDocument();
    expect(within(figure(/KV bytes per token/)).getByText(/^128 KiB/)).toBeInTheDocument();
    expect(within(figure(/KV blocks/)).getByText(/tokens$/)).toBeInTheDocument();
    expect(within(figure(/Decode step at batch 32/)).getByText(/ms$/)).toBeInTheDocument();
    expect(within(figure(/Throughput/)).getByText(/tokens\/s/)).toBeInTheDocument();
  });

  it('is controlled: edits go through onChange and the new value is rendered', async () => {
    const spy = vi.fn();
    const user = userEvent.setup();
    render(<Harness spy={spy} />);
    await user.selectOptions(screen.getByLabelText('Model'), 'llama-3.1-70b');
    expect(spy).toHaveBeenLastCalledWith(expect.objectContaining({ modelId: 'llama-3.1-70b' }));
    expect(within(figure(/KV bytes per token/)).getByText(/^320 KiB/)).toBeInTheDocument();
    expect(screen.getAllByRole('status').some((s) => /vLLM would not start/.test(s.textContent ?? ''))).toBe(true);
    await user.selectOptions(screen.getByLabelText('Tensor parallel (GPUs)'), '4');
    expect(spy).toHaveBeenLastCalledWith(expect.objectContaining({ tp: 4 }));
    expect(screen.getByText('All-reduce per layer')).toBeInTheDocument();
  });

  it('number fields accept typing and only report valid values', async () => {
    const spy = vi.fn();
    const user = userEvent.setup();
    render(<Harness spy={spy} />);
    const batch = screen.getByLabelText('Decode batch (sequences)');
    await user.clear(batch);
    expect(batch).toHaveAttribute('aria-invalid', 'true');
    await user.type(batch, '64');
    expect(spy).toHaveBeenLastCalledWith(expect.objectContaining({ batch: 64 }));
    expect(screen.getByText('Decode step at batch 64')).toBeInTheDocument();
  });

  it('every figure carries a keyboard-reachable provenance tip', async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ ...DEFAULT_HARDWARE_SELECTION, gpuId: 'a100-sxm-80gb' }} />);
    const tip = within(figure(/Decode step/)).getByRole('button', { name: /estimated \(details\)/ });
    const described = document.getElementById(tip.getAttribute('aria-describedby') as string);
    expect(described).toHaveTextContent(/Estimated from spec sheet/);
    expect(described).toHaveAttribute('role', 'tooltip');
    await user.click(tip);
    expect(tip).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(tip).toHaveAttribute('aria-expanded', 'false');
    expect(within(figure(/KV bytes per token/)).getByRole('button', { name: /computed/ })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: /A100.*estimated from spec sheet/ })).toBeInTheDocument();
  });

  it('disables tensor-parallel degrees the model cannot use', () => {
    const odd: ModelArch = { id: 'odd', name: 'Odd-12H', hidden: 1536, layers: 4, heads: 12, kvHeads: 4, headDim: 128, intermediate: 4096, vocab: 1000, tiedEmbeddings: true, maxPositionEmbeddings: 4096, source: { url: 'user-defined' }, custom: true };
    render(<Harness initial={{ ...DEFAULT_HARDWARE_SELECTION, modelId: 'odd' }} customModels={[odd]} />);
    expect(screen.getByRole('option', { name: 'TP8 (not possible)' })).toBeDisabled();
    expect(screen.getByRole('option', { name: 'TP4' })).not.toBeDisabled();
  });

  it('imports a model config and rejects a bad GPU calibration with field-named errors', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const cfg = new File([JSON.stringify({ hidden_size: 2048, num_hidden_layers: 8, num_attention_heads: 16, num_key_value_heads: 4, intermediate_size: 5632, vocab_size: 32000 })], 'tiny.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Add a model from its config.json'), cfg);
    expect(await screen.findByText('Added tiny.')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'tiny' })).toBeInTheDocument();

    const bad = new File([JSON.stringify({ gpu: { id: 'x', name: 'X', memory_gib: -1 }, models: {} })], 'bad.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText(/Import GPU calibration/), bad);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('gpu.memory_gib: must be a positive number');
    const notJson = new File(['{oops'], 'broken.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText(/Import GPU calibration/), notJson);
    expect(await screen.findByText(/broken\.json is not valid JSON/)).toBeInTheDocument();
  });
});

describe('HardwarePanel GPU import', () => {
  it('adds an imported GPU (validated and fitted) to the GPU list', async () => {
    const { MEASURED_CALIBRATIONS } = await import('../../../../src/sim/cost/calibration/index.ts');
    const m = MEASURED_CALIBRATIONS[1]!.models['llama-3.1-8b']!;
    const file = { gpu: { id: 'lab-gpu', name: 'Lab GPU', memory_gib: 96 }, models: { 'llama-3.1-8b': { config: m.config, ops: { tp1: { linear_us: m.ops!['tp1']!.linear_us } } } } };
    const user = userEvent.setup();
    render(<Harness />);
    await user.upload(screen.getByLabelText(/Import GPU calibration/), new File([JSON.stringify(file)], 'lab.json', { type: 'application/json' }));
    // Fitting runs on the main thread: seconds on a busy 2-core machine.
    expect(await screen.findByText(/Imported Lab GPU \(imported\)/, {}, { timeout: 30_000 })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('GPU'), 'lab-gpu');
    expect(within(figure(/Decode step/)).getByRole('button', { name: /fitted/ })).toBeInTheDocument();
  }, 60_000);
});
