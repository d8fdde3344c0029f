import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Grid } from '@material-ui/core';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { DocsButton } from '../shared/DocsButton';
import { AdoptionGapCard } from './AdoptionGapCard';
import { AdoptionSatisfactionCard } from './AdoptionSatisfactionCard';
import { ToolsTable } from './ToolsTable';
import { TrendsCard } from './TrendsCard';

/**
 * The per-tool sections, from one request: the tools table, the adoption gap, the quadrant
 * chart and trends.
 */
export function ToolSections() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const { value, error, retry } = useAsyncRetry(
    () => api.getToolInsights(),
    [api],
  );

  if (error || !value?.tools.length) {
    let content = <Progress />;
    if (error) content = <ResponseErrorPanel error={error} />;
    else if (value) {
      content = (
        <EmptyState
          missing="data"
          title={t('insights.noTools.title')}
          description={t('insights.noTools.description')}
          action={<DocsButton page="insights" anchor="no-platform-tools" />}
        />
      );
    }
    return (
      <Grid item xs={12}>
        {content}
      </Grid>
    );
  }
  const byTitle = [...value.tools].sort((a, b) =>
    a.title.localeCompare(b.title),
  );
  return (
    <>
      <Grid item xs={12}>
        <ToolsTable insights={value} onChanged={retry} />
      </Grid>
      <Grid item xs={12}>
        <AdoptionGapCard insights={value} />
      </Grid>
      <Grid item xs={12}>
        <AdoptionSatisfactionCard insights={value} />
      </Grid>
      <Grid item xs={12}>
        <TrendsCard tools={byTitle} minGroupSize={value.minGroupSize} />
      </Grid>
    </>
  );
}
