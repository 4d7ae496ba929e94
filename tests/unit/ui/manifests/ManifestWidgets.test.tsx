import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ManifestBuilder, ManifestValidator } from '../../../../src/ui/manifests/index.ts';

// Compiling a CRD schema takes seconds in jsdom on a busy machine.
const SLOW = { timeout: 60_000 };
const axeOptions = { rules: { 'color-contrast': { enabled: false } } };
// Vitest runs from the repository root.
const fixture = (path: string): string => readFileSync(`tests/fixtures/manifests/${path}`, 'utf8');

describe('ManifestBuilder', { timeout: 120_000 }, () => {
  it('writes a valid InferenceService for the default choices and shows the KServe version', async () => {
    render(<ManifestBuilder />);
    expect(screen.getByRole('heading', { name: /Write a manifest/ })).toHaveTextContent('KServe v0.20.0');
    expect(screen.getByLabelText('InferenceService YAML')).toHaveTextContent('storageUri: hf://meta-llama/Llama-3.1-8B');
    expect(await screen.findByText(/✓ Valid against the KServe v0.20.0/, {}, SLOW)).toBeInTheDocument();
  });

  it('follows the form: LLMInferenceService, a 70B model on one GPU gets memory advice, TP changes the YAML', async () => {
    const user = userEvent.setup();
    render(<ManifestBuilder />);
    await screen.findByText(/✓ Valid/, {}, SLOW);
    await user.selectOptions(screen.getByLabelText('Model'), 'llama-3.1-70b');
    const advice = await screen.findByRole('region', { name: 'Advice' }, SLOW);
    expect(within(advice).getByText('spec.predictor.model.storageUri')).toBeInTheDocument();
    expect(advice).toHaveTextContent(/do not fit/);
    await user.selectOptions(screen.getByLabelText('Tensor parallel (GPUs per replica)'), '4');
    expect(screen.getByLabelText('InferenceService YAML')).toHaveTextContent('--tensor-parallel-size=4');
    await user.click(screen.getByRole('radio', { name: 'LLMInferenceService' }));
    const yaml = screen.getByLabelText('LLMInferenceService YAML');
    expect(yaml).toHaveTextContent('kind: LLMInferenceService');
    expect(yaml).toHaveTextContent('tensor: 4');
    expect(screen.queryByRole('group', { name: /Deployment mode/ })).toBeNull();
    expect(await screen.findByText(/✓ Valid/, {}, SLOW)).toBeInTheDocument();
  });

  it('keeps min ≤ max and shows a rejected manifest when the storage URI scheme is unsupported', async () => {
    const user = userEvent.setup();
    render(<ManifestBuilder />);
    await screen.findByText(/✓ Valid/, {}, SLOW);
    const min = screen.getByLabelText('Min replicas');
    await user.clear(min);
    await user.type(min, '6');
    expect(screen.getByLabelText('Max replicas')).toHaveValue(6);
    const uri = screen.getByLabelText('Storage URI');
    await user.clear(uri);
    await user.type(uri, 'ftp://host/model');
    expect(await screen.findByText(/KServe would reject/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: /1 problem/ })).getByText('spec.predictor.model.storageUri')).toBeInTheDocument();
  });

  it('copies the YAML and says so; has no axe violations', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ManifestBuilder />);
    await screen.findByText(/✓ Valid/, {}, SLOW);
    await user.click(screen.getByRole('button', { name: 'Copy YAML' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('kind: InferenceService'));
    expect(await screen.findByText('Copied.')).toBeInTheDocument();
    expect((await axe.run(document.body, axeOptions)).violations).toEqual([]);
  });
});

describe('ManifestValidator', { timeout: 120_000 }, () => {
  it('shows the loading state, then checks pasted YAML and names each field', async () => {
    const user = userEvent.setup();
    render(<ManifestValidator />);
    const check = screen.getByRole('button', { name: 'Check manifest' });
    expect(check).toBeDisabled();
    expect(screen.getByText(/Loading the KServe v0.20.0 schemas/)).toBeInTheDocument();
    await vi.waitFor(() => expect(check).toBeEnabled(), SLOW);
    await user.click(screen.getByLabelText(/InferenceService, LLMInferenceService/));
    await user.paste(fixture('invalid/isvc-schema-errors.yaml'));
    await user.click(check);
    const problems = await screen.findByRole('region', { name: /problems/ }, SLOW);
    for (const path of ['spec.predictor.scaleMetric', 'spec.predictor.minReplicas', 'spec.predictor.model.storageURI', 'spec.predictor.model.resources.limits.cpu']) {
      expect(within(problems).getByText(path)).toBeInTheDocument();
    }
    expect(problems).toHaveTextContent('line 12');
    expect((await axe.run(document.body, axeOptions)).violations).toEqual([]);
  });

  it('accepts a real LLMInferenceService loaded from a file and reports broken YAML with its line', async () => {
    const user = userEvent.setup();
    const { container } = render(<ManifestValidator />);
    const check = screen.getByRole('button', { name: 'Check manifest' });
    await vi.waitFor(() => expect(check).toBeEnabled(), SLOW);
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File([fixture('valid/kserve-llmisvc--single-node-gpu--llm-inference-service-qwen2-7b-gpu.yaml')], 'qwen.yaml', { type: 'text/yaml' }));
    expect(await screen.findByText(/✓ Valid: one document in qwen.yaml \(LLMInferenceService\/qwen2-7b-instruct-single\)/, {}, SLOW)).toBeInTheDocument();
    const box = screen.getByLabelText(/InferenceService, LLMInferenceService/);
    await user.clear(box);
    await user.paste('apiVersion: v1\nkind: Secret\nmetadata:\n  name: [oops\n');
    await user.click(check);
    expect(await screen.findByText(/YAML syntax error/)).toBeInTheDocument();
    expect(screen.getByText(/^line [45]$/, { selector: 'code' })).toBeInTheDocument();
    expect(screen.getByText(/would be rejected/)).toBeInTheDocument();
  });

  it('the flawed example shows errors and advice together', async () => {
    const user = userEvent.setup();
    render(<ManifestValidator />);
    const example = screen.getByRole('button', { name: 'Load a flawed example' });
    await vi.waitFor(() => expect(example).toBeEnabled(), SLOW);
    await user.click(example);
    expect(within(await screen.findByRole('region', { name: /problem/ }, SLOW)).getByText('spec.predictor.maxReplicas')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Advice' })).getByText('spec.predictor.minReplicas')).toBeInTheDocument();
  });
});
