import { ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import {
  EmptyState,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { Grid } from '@material-ui/core';
import { isNotFound } from './errorMessage';

/** The `:id` of an item's page as written, and as an id when it is one (a positive integer). */
export function useItemIdParam(): { param: string; id?: number } {
  const param = useParams().id ?? '';
  const id = Number(param);
  return { param, id: Number.isInteger(id) && id > 0 ? id : undefined };
}

export interface DetailPageProps {
  /** The link back to the list the item belongs to. */
  back: { to: string; label: string };
  /** The item's first load is under way (a reload keeps showing the item). */
  loading: boolean;
  /** The load failed: shown as such, unless the server has no such item (404). */
  error?: Error;
  /** What the page says when there is no such item. */
  notFound: { title: string; description?: string };
  /** The item's grid items; without them the item was not found. */
  children?: ReactNode;
}

/**
 * The frame of an item's page (a feedback item, a roadmap item, a changelog entry, a research
 * note): progress while it loads, the error, or a link back to its list above the item's
 * grid items or "not found".
 */
export function DetailPage(props: DetailPageProps) {
  const { back, error, notFound, children } = props;
  if (props.loading) {
    return <Progress />;
  }
  if (error && !isNotFound(error)) {
    return <ResponseErrorPanel error={error} />;
  }
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Link to={back.to}>{back.label}</Link>
      </Grid>
      {children ?? (
        <Grid item xs={12}>
          <EmptyState
            missing="data"
            title={notFound.title}
            description={notFound.description}
          />
        </Grid>
      )}
    </Grid>
  );
}
