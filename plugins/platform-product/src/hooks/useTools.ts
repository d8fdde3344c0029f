import { useMemo } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { Tool } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../api';

/** The platform's tools, and their titles by ref (empty until loaded or if loading fails). */
export function useTools(): {
  tools: Tool[];
  toolTitles: Map<string, string>;
  loading: boolean;
  error?: Error;
} {
  const api = useApi(platformProductApiRef);
  const { value, loading, error } = useAsync(() => api.getTools(), [api]);
  return useMemo(
    () => ({
      tools: value ?? [],
      toolTitles: new Map(value?.map(tool => [tool.ref, tool.title])),
      loading,
      error,
    }),
    [value, loading, error],
  );
}
