import { useEffect, useState } from 'react';
import { loadValidators } from '../../manifests/index.ts';
import type { Validators } from '../../manifests/index.ts';

/** Where the lazily loaded validators are. */
export type ValidatorState = { readonly status: 'loading' } | { readonly status: 'ready'; readonly validators: Validators } | { readonly status: 'error'; readonly message: string };

/** The LLM kinds the widgets check most: loaded on mount so the first check is immediate. */
export const LLM_KEYS = ['serving.kserve.io/v1beta1/InferenceService', 'serving.kserve.io/v1alpha2/LLMInferenceService'] as const;

/** Loads the validators for `keys` (their own chunks) on mount. */
export function useValidators(keys: readonly string[] = LLM_KEYS): ValidatorState {
  const [state, setState] = useState<ValidatorState>({ status: 'loading' });
  const id = keys.join(' ');
  useEffect(() => {
    let live = true;
    loadValidators(id.split(' ')).then(
      (validators) => live && setState({ status: 'ready', validators }),
      (error: unknown) => live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state;
}
