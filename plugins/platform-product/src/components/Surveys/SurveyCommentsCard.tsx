import { useEffect, useState } from 'react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Box,
  Button,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@material-ui/core';
import { Page, SurveyComment } from 'backstage-plugin-platform-product-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { LinkToRoadmapItemButton } from '../shared/LinkToRoadmapItemButton';

const PAGE_SIZE = 20;

/** The server answers 409 while a survey's answers are too few to show. */
const isTooFew = (error?: Error) =>
  (error as { response?: { status?: number } } | undefined)?.response
    ?.status === 409;

/**
 * The "why" people gave with their score, a page at a time. While the survey's results are
 * hidden (`hidden`: too few answers to show), says so instead of asking for them.
 */
export function SurveyCommentsCard(props: {
  surveyId: number;
  minGroupSize: number;
  hidden: boolean;
}) {
  const { surveyId, minGroupSize, hidden } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const [comments, setComments] = useState<SurveyComment[]>([]);
  const [total, setTotal] = useState<Omit<Page<SurveyComment>, 'items'>>();
  const [{ loading, error }, load] = useAsyncFn(
    async (cursor?: string) => {
      const page = await api.getSurveyComments(surveyId, {
        limit: PAGE_SIZE,
        cursor,
      });
      setComments(shown => (cursor ? [...shown, ...page.items] : page.items));
      setTotal(page);
    },
    [api, surveyId],
  );
  useEffect(() => {
    if (!hidden) load();
  }, [load, hidden]);
  const totalCount = total?.totalCount;

  const content = () => {
    if (hidden || isTooFew(error)) {
      return (
        <Typography color="textSecondary">
          {t('surveys.comments.hidden', {
            minGroupSize: String(minGroupSize),
          })}
        </Typography>
      );
    }
    if (totalCount === undefined) {
      return error ? <ResponseErrorPanel error={error} /> : <Progress />;
    }
    if (!totalCount) {
      return (
        <Typography color="textSecondary">
          {t('surveys.comments.none')}
        </Typography>
      );
    }
    return (
      <>
        <List dense disablePadding>
          {comments.map(comment => (
            <ListItem key={comment.commentId} divider disableGutters>
              <ListItemText
                primary={comment.reason}
                secondaryTypographyProps={{ component: 'div' }}
                secondary={t('surveys.comments.byline', {
                  score: String(comment.score),
                  respondent: comment.respondentRef ? (
                    <EntityRefLink entityRef={comment.respondentRef} />
                  ) : (
                    t('surveys.comments.anonymous')
                  ),
                })}
              />
              <LinkToRoadmapItemButton
                source={{
                  sourceKind: 'survey-comment',
                  sourceId: comment.commentId,
                }}
                label={comment.reason.slice(0, 40)}
              />
            </ListItem>
          ))}
        </List>
        {error && <ResponseErrorPanel error={error} />}
        {total?.nextCursor && (
          <Box mt={2}>
            <Button
              variant="outlined"
              onClick={() => load(total.nextCursor)}
              disabled={loading}
            >
              {t('surveys.comments.loadMore')}
            </Button>
          </Box>
        )}
      </>
    );
  };

  return (
    <InfoCard
      title={t('surveys.comments.title')}
      subheader={
        totalCount && !hidden
          ? t(
              total.moreThanTotal
                ? 'surveys.comments.explainedMoreThan'
                : 'surveys.comments.explained',
              { count: totalCount },
            )
          : undefined
      }
    >
      {content()}
    </InfoCard>
  );
}
