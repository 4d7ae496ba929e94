import { DEPLOY_VARIABLES } from '../../content/deployment/steps.ts';
import type { DeployCommand } from '../../content/deployment/types.ts';
import { useDeployment } from '../../state/deploymentStore.ts';
import { gpusPerReplica, hfRepoOfChoice, modelNameOfChoice } from '../../content/deployment/choices.ts';
import type { DeploymentChoices } from '../../content/deployment/choices.ts';

/** Variables the learner's plan sets, and their values (what the bundle's plan.env exports). */
const FROM_PLAN: Readonly<Record<string, (c: DeploymentChoices) => string>> = {
  NAMESPACE: (c) => c.namespace,
  MODEL_NAME: modelNameOfChoice,
  MODEL_ID: hfRepoOfChoice,
  MODEL_URI: (c) => `hf://${hfRepoOfChoice(c)}`,
  GPUS: (c) => String(gpusPerReplica(c)),
};

/** The shell variables a step's commands use, what each holds and, where the plan sets it, its value. */
export function StepVariables({ commands }: { readonly commands: readonly DeployCommand[] }) {
  const choices = useDeployment((s) => s.choices);
  const names = [...new Set(commands.flatMap((c) => [...c.run.matchAll(/\$\{?([A-Z][A-Z0-9_]*)/g)].map((m) => m[1] ?? '')))].filter((n) => n in DEPLOY_VARIABLES);
  if (names.length === 0) return null;
  return (
    <ul className="dp-vars" aria-label="Shell variables these commands use">
      {names.map((n) => {
        const value = FROM_PLAN[n]?.(choices);
        return (
          <li key={n}>
            <code>${n}</code>: {DEPLOY_VARIABLES[n]}
            {value !== undefined ? (
              <>
                {' '}
                Your plan: <code>{value}</code>.
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
