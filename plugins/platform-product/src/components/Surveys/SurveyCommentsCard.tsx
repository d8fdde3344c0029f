import { useEffect, useState } from 'react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Box,
  Button,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@material-ui/core';
import { SurveyComment } from 'backstage-plugin-platform-product-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { platformProductApiRef } from '../../api';

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
  const api = useApi(platformProductApiRef);
  const [comments, setComments] = useState<SurveyComment[]>([]);
  const [totalCount, setTotalCount] = useState<number>();
  const [{ loading, error }, load] = useAsyncFn(
    async (offset: number) => {
      const page = await api.getSurveyComments(surveyId, {
        limit: PAGE_SIZE,
        offset,
      });
      setComments(shown => (offset ? [...shown, ...page.items] : page.items));
      setTotalCount(page.totalCount);
    },
    [api, surveyId],
  );
  useEffect(() => {
    if (!hidden) load(0);
  }, [load, hidden]);

  const content = () => {
    if (hidden || isTooFew(error)) {
      return (
        <Typography color="textSecondary">
          The reasons people gave appear with the results, from {minGroupSize}{' '}
          answers on.
        </Typography>
      );
    }
    if (totalCount === undefined) {
      return error ? <ResponseErrorPanel error={error} /> : <Progress />;
    }
    if (!totalCount) {
      return (
        <Typography color="textSecondary">
          Nobody explained their score yet.
        </Typography>
      );
    }
    return (
      <>
        <List dense disablePadding>
          {comments.map((comment, index) => (
            <ListItem key={index} divider disableGutters>
              <ListItemText
                primary={comment.reason}
                secondaryTypographyProps={{ component: 'div' }}
                secondary={
                  <>
                    Score {comment.score} ·{' '}
                    {comment.respondentRef ? (
                      <EntityRefLink entityRef={comment.respondentRef} />
                    ) : (
                      'Anonymous'
                    )}
                  </>
                }
              />
            </ListItem>
          ))}
        </List>
        {error && <ResponseErrorPanel error={error} />}
        {comments.length < totalCount && (
          <Box mt={2}>
            <Button
              variant="outlined"
              onClick={() => load(comments.length)}
              disabled={loading}
            >
              Load more
            </Button>
          </Box>
        )}
      </>
    );
  };

  return (
    <InfoCard
      title="Why"
      subheader={
        totalCount && !hidden
          ? `${totalCount} ${
              totalCount === 1 ? 'person' : 'people'
            } explained their score`
          : undefined
      }
    >
      {content()}
    </InfoCard>
  );
}
