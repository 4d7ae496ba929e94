/**
 * Runs the Lab's model with the kit's runner (a module worker; time slices on the main thread
 * where workers are missing). One run at a time: a new run cancels the one in flight.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { labModel, type LabResult, type LabSettings } from '../../widget-models/lab/model.ts';
import { createModelRunner, type ModelRunner } from '../widgets/kit/modelRunner.ts';

export interface LabRunState {
  readonly status: 'idle' | 'running' | 'done';
  /** What the shown result was computed from. */
  readonly settings: LabSettings | null;
  readonly result: LabResult | null;
}

const IDLE: LabRunState = { status: 'idle', settings: null, result: null };

export function useLabRun(): { readonly state: LabRunState; readonly run: (settings: LabSettings, onDone?: (r: LabResult) => void) => void } {
  const [state, setState] = useState<LabRunState>(IDLE);
  const runner = useRef<ModelRunner | null>(null);
  const cancel = useRef<(() => void) | null>(null);

  const start = useCallback((settings: LabSettings, onDone?: (r: LabResult) => void) => {
    // Effects run in order, so the runner exists by the time a component's own effects ask for a run.
    const r = runner.current;
    if (!r) return;
    cancel.current?.();
    setState({ status: 'running', settings, result: null });
    cancel.current = r.run(labModel, settings, (sim, done) => {
      // The main-thread runner grows one object in place: copy it so React sees a new value.
      const result = { ...sim };
      setState({ status: done ? 'done' : 'running', settings, result });
      if (done) onDone?.(result);
    });
  }, []);

  useEffect(() => {
    runner.current = createModelRunner();
    return () => {
      cancel.current?.();
      cancel.current = null;
      runner.current?.dispose();
      runner.current = null;
    };
  }, []);

  return { state, run: start };
}
