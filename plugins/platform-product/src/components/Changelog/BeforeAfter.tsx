import { useId } from 'react';
import { MarkdownContent } from '@backstage/core-components';
import { Grid, Typography } from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { platformProductTranslationRef } from '../../translation';

function Example(props: { label: string; content: string }) {
  const id = useId();
  return (
    <Grid item xs={12} md={6} component="section" aria-labelledby={id}>
      <Typography id={id} variant="overline" color="textSecondary">
        {props.label}
      </Typography>
      <MarkdownContent content={props.content} />
    </Grid>
  );
}

/** An entry's optional before/after example, side by side (stacked on small screens). */
export function BeforeAfter(props: { before?: string; after?: string }) {
  const { before, after } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  if (!before && !after) {
    return null;
  }
  return (
    <Grid container spacing={2}>
      {before && (
        <Example label={t('changelog.entry.before')} content={before} />
      )}
      {after && <Example label={t('changelog.entry.after')} content={after} />}
    </Grid>
  );
}
