import { useEffect, useState } from 'react';
import { loadSchemaSet } from '../../manifests/schema/loadSchemaSet.ts';
import type { SchemaSet } from '../../manifests/index.ts';

/** Where the lazily loaded KServe schemas are. */
export type SchemaState = { readonly status: 'loading' } | { readonly status: 'ready'; readonly schemas: SchemaSet } | { readonly status: 'error'; readonly message: string };

/** Loads the schema chunk on mount (shared by every widget on the page). */
export function useSchemaSet(): SchemaState {
  const [state, setState] = useState<SchemaState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadSchemaSet().then(
      (schemas) => live && setState({ status: 'ready', schemas }),
      (error: unknown) => live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
