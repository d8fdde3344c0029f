import { useState } from 'react';
import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  Box,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from '@material-ui/core';
import {
  Survey,
  surveyManagePermission,
} from 'backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { HiddenFigure } from '../shared/HiddenFigure';
import { CloseSurveyDialog } from './CloseSurveyDialog';
import { formatAudience, formatDate } from './format';
import { SurveyEditorDialog } from './SurveyEditorDialog';
import { SurveyStateChip } from './SurveyStateChip';

const PAGE_SIZE = 10;

/**
 * Every survey campaign, newest first. Maintainers create, edit and close surveys here, and
 * each survey links to its results (`surveys/:id`, relative to where the card is mounted).
 */
export function SurveysCard() {
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const { allowed: canManage } = usePermission({
    permission: surveyManagePermission,
  });
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<Survey | 'new'>();
  const [closing, setClosing] = useState<Survey>();
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.listSurveys({ limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
    [api, page],
  );

  const done = (message: string) => {
    setEditing(undefined);
    setClosing(undefined);
    alertApi.post({ message, severity: 'success', display: 'transient' });
    retry();
  };

  const content = () => {
    if (error) return <ResponseErrorPanel error={error} />;
    if (!value) return <Progress />;
    if (!value.totalCount) {
      return (
        <Box p={2}>
          <Typography color="textSecondary">
            No surveys yet.
            {canManage && ' Ask developers how they feel with “New survey”.'}
          </Typography>
        </Box>
      );
    }
    return (
      <>
        {loading && <Progress />}
        <Table size="small" aria-label="Surveys">
          <TableHead>
            <TableRow>
              <TableCell>Survey</TableCell>
              <TableCell>State</TableCell>
              <TableCell>About</TableCell>
              <TableCell>Audience</TableCell>
              <TableCell>Dates</TableCell>
              <TableCell align="right">Responses</TableCell>
              {canManage && <TableCell>Actions</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {value.items.map(survey => (
              <TableRow key={survey.id}>
                <TableCell>
                  {canManage ? (
                    <Link to={`surveys/${survey.id}`}>{survey.title}</Link>
                  ) : (
                    survey.title
                  )}
                </TableCell>
                <TableCell>
                  <SurveyStateChip state={survey.state} />
                </TableCell>
                <TableCell>
                  {survey.toolRef ? (
                    <EntityRefLink entityRef={survey.toolRef} />
                  ) : (
                    'The whole platform'
                  )}
                </TableCell>
                <TableCell>{formatAudience(survey)}</TableCell>
                <TableCell>
                  {formatDate(survey.opensAt)} – {formatDate(survey.closesAt)}
                </TableCell>
                <TableCell align="right">
                  {survey.responseCount ?? (
                    <HiddenFigure
                      minGroupSize={survey.minGroupSize}
                      text={`Fewer than ${survey.minGroupSize}`}
                    />
                  )}
                </TableCell>
                {canManage && (
                  <TableCell>
                    {survey.state !== 'closed' && (
                      <Button size="small" onClick={() => setEditing(survey)}>
                        Edit
                      </Button>
                    )}
                    {survey.state === 'open' && (
                      <Button size="small" onClick={() => setClosing(survey)}>
                        Close now
                      </Button>
                    )}
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {value.totalCount > PAGE_SIZE && (
          <TablePagination
            component="div"
            count={value.totalCount}
            page={page}
            rowsPerPage={PAGE_SIZE}
            rowsPerPageOptions={[]}
            onPageChange={(_, next) => setPage(next)}
          />
        )}
      </>
    );
  };

  return (
    <InfoCard
      title="Surveys"
      subheader="NPS campaigns: how likely developers are to recommend the platform"
      noPadding
      action={
        canManage && (
          <Button
            variant="contained"
            color="primary"
            onClick={() => setEditing('new')}
          >
            New survey
          </Button>
        )
      }
    >
      {content()}
      {editing && (
        <SurveyEditorDialog
          survey={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={saved =>
            done(editing === 'new' ? `Created “${saved.title}”` : 'Saved')
          }
        />
      )}
      {closing && (
        <CloseSurveyDialog
          survey={closing}
          onClose={() => setClosing(undefined)}
          onClosed={closed => done(`Closed “${closed.title}”`)}
        />
      )}
    </InfoCard>
  );
}
