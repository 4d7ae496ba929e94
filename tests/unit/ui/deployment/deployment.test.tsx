import '../widgets/inView.ts';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEPLOY_STEPS } from '../../../../src/content/deployment/steps.ts';
import { deploymentOptions, deploymentStore } from '../../../../src/state/deploymentStore.ts';
import { DeploymentPlan } from '../../../../src/ui/deployment/DeploymentPlan.tsx';
import { DeployStep } from '../../../../src/ui/deployment/DeployStep.tsx';
import { SizingCalculator } from '../../../../src/ui/deployment/SizingCalculator.tsx';

beforeEach(() => deploymentStore.setState(deploymentOptions.initial(), true));

describe('a deployment step', () => {
  it('shows each command with the release it was checked against, and the tick is saved', () => {
    const step = DEPLOY_STEPS.find((s) => s.id === 'cert-manager');
    if (!step) throw new Error('the guide has no cert-manager step');
    render(<DeployStep id="cert-manager" />);
    const region = screen.getByRole('region', { name: step.title });
    expect(within(region).getAllByRole('button', { name: 'Copy command' })).toHaveLength(step.commands.length);
    expect(within(region).getAllByText(`checked against ${step.commands[0]?.checkedAgainst}`).length).toBeGreaterThan(0);
    expect(region.textContent).toContain('--version v1.17.0');
    fireEvent.click(within(region).getByRole('checkbox', { name: /I have done this step/ }));
    expect(deploymentStore.getState().done['cert-manager']).toBeTypeOf('number');
    fireEvent.click(within(region).getByRole('checkbox', { name: /I have done this step/ }));
    expect(deploymentStore.getState().done['cert-manager']).toBeUndefined();
  });

  it('shows the learner’s own value for a variable the plan sets', () => {
    const step = DEPLOY_STEPS.find((s) => s.commands.some((c) => c.run.includes('$NAMESPACE')));
    if (!step) throw new Error('no step uses $NAMESPACE');
    deploymentStore.setState({ choices: { ...deploymentStore.getState().choices, namespace: 'team-blue' } });
    render(<DeployStep id={step.id} />);
    expect(screen.getByRole('list', { name: 'Shell variables these commands use' }).textContent).toContain('team-blue');
  });

  it('names an unknown step instead of failing the lesson', () => {
    render(<DeployStep id="install-warp-drive" />);
    expect(screen.getByRole('alert').textContent).toMatch(/“install-warp-drive”\) is not in the deployment guide’s step list\. Known steps: .*cert-manager/);
  });
});

describe('the sizing calculator', { timeout: 60_000 }, () => {
  it('finds the fewest replicas on the model, shows each trial, and carries the answer into the plan', async () => {
    render(<SizingCalculator />);
    const button = await screen.findByRole('button', { name: /Use \d+ replicas? in my deployment plan/ }, { timeout: 45_000 });
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.textContent?.endsWith('yes'))).toBe(true);
    const replicas = Number(/Use (\d+)/.exec(button.textContent ?? '')?.[1]);
    fireEvent.click(button);
    expect(deploymentStore.getState().choices).toMatchObject({ minReplicas: replicas, maxReplicas: replicas, qps: 10 });
    expect(screen.getByText(/Saved to your plan/)).toBeTruthy();
  });
});

describe('the deployment plan', { timeout: 60_000 }, () => {
  it('lists the bundle’s files, shows each, and checks the manifest with the KServe validator', async () => {
    render(<DeploymentPlan />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['README.md', 'plan.env', 'install.sh', 'manifests/llama-3-1-8b.yaml', 'deploy.sh', 'load-test.sh']);
    fireEvent.click(screen.getByRole('tab', { name: 'manifests/llama-3-1-8b.yaml' }));
    expect(screen.getByRole('tabpanel').textContent).toContain('kind: InferenceService');
    await screen.findByText(/✓ The manifest is valid against the KServe v0\.20\.0 CRDs/, undefined, { timeout: 45_000 });
    expect(screen.getByRole('button', { name: 'Download serving-plan.zip' })).toBeTruthy();
  });

  it('explains an impossible combination in words and offers no download', () => {
    render(<DeploymentPlan />);
    fireEvent.change(screen.getByLabelText('Pattern'), { target: { value: 'caching-first' } });
    expect(screen.getByRole('alert').textContent).toMatch(/Prefix-aware routing needs the LLMInferenceService route/);
    expect(screen.queryByRole('button', { name: 'Download serving-plan.zip' })).toBeNull();
    fireEvent.change(screen.getByLabelText('What to deploy'), { target: { value: 'llmisvc' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getAllByRole('tab').some((t) => t.textContent === 'manifests/llama-3-1-8b.yaml')).toBe(true);
  });
});
