import { useState } from 'react';

/**
 * What someone else changed while an editor was open: the labels of the fields whose value in
 * the record now shown (reloaded after a 409) differs from the version the editor started from.
 * The editor stays mounted across the reload, so what the user typed is kept; it shows these
 * labels, and saving then sends the new version: a deliberate choice, not a silent overwrite.
 */
export function useChangedMeanwhile<T extends { version: number }>(
  current: T | undefined,
  labels: Partial<Record<keyof T, string>>,
): string[] {
  const [start] = useState(current);
  if (!start || !current || start.version === current.version) {
    return [];
  }
  return (Object.keys(labels) as (keyof T)[])
    .filter(
      field => JSON.stringify(start[field]) !== JSON.stringify(current[field]),
    )
    .map(field => labels[field]!);
}
