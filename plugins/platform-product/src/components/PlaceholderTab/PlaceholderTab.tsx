import { EmptyState } from '@backstage/core-components';

/** Shown in a tab whose area has not shipped yet. */
export function PlaceholderTab(props: { area: string; description: string }) {
  return (
    <EmptyState
      missing="content"
      title={`${props.area} is on its way`}
      description={props.description}
    />
  );
}
