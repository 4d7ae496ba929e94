import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES } from '../../../src/content/deployment/choices.ts';
import { decodePersisted, encodePersisted } from '../../../src/state/persisted.ts';
import { deploymentOptions, deploymentStore, DEPLOYMENT_VERSION, setChoices, setStepDone } from '../../../src/state/deploymentStore.ts';

describe('deployment progress', () => {
  beforeEach(() => deploymentStore.setState(deploymentOptions.initial(), true));

  it('ticks and unticks a step, keeping when it was ticked', () => {
    setStepDone('install-cert-manager', true, 1000);
    setStepDone('install-cert-manager', true, 2000);
    expect(deploymentStore.getState().done).toEqual({ 'install-cert-manager': 1000 });
    setStepDone('install-cert-manager', false);
    expect(deploymentStore.getState().done).toEqual({});
  });

  it('changes one choice without losing the others', () => {
    setChoices({ namespace: 'team-a' });
    expect(deploymentStore.getState().choices).toEqual({ ...DEFAULT_CHOICES, namespace: 'team-a' });
  });

  it('round-trips through storage', () => {
    setStepDone('a', true, 5);
    const r = decodePersisted(encodePersisted(deploymentStore.getState(), DEPLOYMENT_VERSION), deploymentOptions);
    expect(r).toEqual({ ok: true, state: deploymentStore.getState() });
  });

  it('refuses a damaged or future save, naming the problem, instead of loading it', () => {
    const bad = decodePersisted(JSON.stringify({ version: 1, state: { done: { a: 'yesterday' }, choices: DEFAULT_CHOICES } }), deploymentOptions);
    expect(bad).toMatchObject({ ok: false, reason: expect.stringMatching(/done\.a/) });
    const pattern = decodePersisted(JSON.stringify({ version: 1, state: { done: {}, choices: { ...DEFAULT_CHOICES, pattern: 'warp-drive' } } }), deploymentOptions);
    expect(pattern).toMatchObject({ ok: false, reason: expect.stringMatching(/choices\.pattern/) });
    const future = decodePersisted(JSON.stringify({ version: DEPLOYMENT_VERSION + 1, state: {} }), deploymentOptions);
    expect(future).toMatchObject({ ok: false, reason: expect.stringMatching(/newer version/) });
  });
});
