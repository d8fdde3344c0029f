import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Button, Typography } from '@material-ui/core';
import {
  RoadmapDemand,
  RoadmapItemDetail,
} from 'backstage-plugin-platform-product-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';
import { formatConfidence, formatNumber } from './format';
import { initialForm, toUpdate } from './itemForm';

/**
 * The reach and confidence the evidence suggests, and the rule behind the confidence. When
 * the stored values differ, maintainers update them in one click: a normal update, with the
 * item's version (a 409 if someone changed it meanwhile).
 */
export function SuggestionsCard(props: {
  item: RoadmapItemDetail;
  suggestion: RoadmapDemand['suggestion'];
  canUpdate: boolean;
  onChanged: (next: RoadmapItemDetail) => void;
  onFailed: (error: unknown) => void;
}) {
  const { item, suggestion, canUpdate } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const matches =
    item.reach === suggestion.reach &&
    item.confidence === suggestion.confidence;
  const [{ loading }, update] = useAsyncFn(async () => {
    try {
      props.onChanged(
        await api.updateRoadmapItem(item.id, {
          ...toUpdate(initialForm(item), item.version),
          reach: suggestion.reach,
          reachSource: 'catalog',
          confidence: suggestion.confidence,
        }),
      );
    } catch (error) {
      props.onFailed(error);
    }
  }, [api, item, suggestion]);
  return (
    <InfoCard
      title={t('roadmap.suggestion.title')}
      headerProps={headingTitle(3)}
    >
      <Typography variant="body2" paragraph>
        {t('roadmap.suggestion.reach', {
          reach: formatNumber(suggestion.reach),
          stored: formatNumber(item.reach),
        })}
      </Typography>
      <Typography variant="body2">
        {t('roadmap.suggestion.confidence', {
          confidence: formatConfidence(suggestion.confidence),
          stored: formatConfidence(item.confidence),
        })}
      </Typography>
      <Typography variant="caption" color="textSecondary" paragraph>
        {t(`roadmap.suggestion.rules.${suggestion.confidenceRule}`)}
      </Typography>
      {matches ? (
        <Typography variant="body2" color="textSecondary">
          {t('roadmap.suggestion.matches')}
        </Typography>
      ) : (
        canUpdate && (
          <Button
            variant="outlined"
            color="primary"
            disabled={loading}
            onClick={update}
          >
            {t('roadmap.suggestion.update')}
          </Button>
        )
      )}
    </InfoCard>
  );
}
