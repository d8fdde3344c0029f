import { useState } from 'react';
import {
  EmptyState,
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
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
  makeStyles,
} from '@material-ui/core';
import {
  Survey,
  surveyManagePermission,
} from 'backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { useLiveUpdates } from '../../hooks/useLiveUpdates';
import { platformProductTranslationRef } from '../../translation';
import { oneLine, wholeWords } from '../shared/DataTable';
import { DocsButton } from '../shared/DocsButton';
import { HiddenFigure } from '../shared/HiddenFigure';
import { NewButton } from '../shared/NewButton';
import { CloseSurveyDialog } from './CloseSurveyDialog';
import { formatAudience } from './format';
import { formatDate } from '../shared/format';
import { SurveyEditorDialog } from './SurveyEditorDialog';
import { SurveyStateChip } from './SurveyStateChip';

const PAGE_SIZE = 10;

/**
 * Every survey campaign, newest first. Maintainers create, edit and close surveys here, and
 * each survey links to its results (`surveys/:id`, relative to where the card is mounted).
 */
/** Backstage's theme breaks table cells anywhere; this table breaks between words only. */
const useStyles = makeStyles({ table: { '& td, & th': wholeWords } });

export function SurveysCard() {
  const classes = useStyles();
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const { allowed: canManage } = usePermission({
    permission: surveyManagePermission,
  });
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<Survey>();
  const [closing, setClosing] = useState<Survey>();
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.listSurveys({ limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
    [api, page],
  );
  // An open editor or close dialog keeps its own copy of the survey: a reload leaves it be.
  useLiveUpdates('surveys', retry);

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
          <EmptyState
            missing="content"
            title={t('surveys.list.empty.title')}
            description={
              canManage
                ? t('surveys.list.empty.manage')
                : t('surveys.list.empty.read')
            }
            action={<DocsButton page="feedback" anchor="no-surveys-yet" />}
          />
        </Box>
      );
    }
    return (
      <>
        {loading && <Progress />}
        <Table
          size="small"
          className={classes.table}
          aria-label={t('surveys.list.title')}
        >
          <TableHead>
            <TableRow>
              <TableCell>{t('surveys.list.columns.survey')}</TableCell>
              <TableCell>{t('surveys.list.columns.state')}</TableCell>
              <TableCell>{t('surveys.list.columns.about')}</TableCell>
              <TableCell>{t('surveys.list.columns.audience')}</TableCell>
              <TableCell>{t('surveys.list.columns.dates')}</TableCell>
              <TableCell align="right">
                {t('surveys.list.columns.responses')}
              </TableCell>
              {canManage && (
                <TableCell>{t('surveys.list.columns.actions')}</TableCell>
              )}
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
                    t('surveys.wholePlatform')
                  )}
                </TableCell>
                <TableCell style={oneLine().cellStyle}>
                  {formatAudience(t, survey)}
                </TableCell>
                <TableCell>
                  {formatDate(survey.opensAt)} – {formatDate(survey.closesAt)}
                </TableCell>
                <TableCell align="right">
                  {survey.responseCount ?? (
                    <HiddenFigure
                      minGroupSize={survey.minGroupSize}
                      text={t('surveys.list.fewerThan')}
                    />
                  )}
                </TableCell>
                {canManage && (
                  <TableCell style={oneLine().cellStyle}>
                    {survey.state !== 'closed' && (
                      <Button size="small" onClick={() => setEditing(survey)}>
                        {t('surveys.list.edit')}
                      </Button>
                    )}
                    {survey.state === 'open' && (
                      <Button size="small" onClick={() => setClosing(survey)}>
                        {t('surveys.list.closeNow')}
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
      title={t('surveys.list.title')}
      subheader={t('surveys.list.subheader')}
      noPadding
      action={
        canManage && (
          <NewButton
            dialog={close => (
              <SurveyEditorDialog
                onClose={close}
                onSaved={saved => {
                  close();
                  done(t('surveys.list.created', { title: saved.title }));
                }}
              />
            )}
          >
            {t('surveys.list.newSurvey')}
          </NewButton>
        )
      }
    >
      {content()}
      {editing && (
        <SurveyEditorDialog
          survey={editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => done(t('surveys.list.saved'))}
        />
      )}
      {closing && (
        <CloseSurveyDialog
          survey={closing}
          onClose={() => setClosing(undefined)}
          onClosed={closed =>
            done(t('surveys.list.closed', { title: closed.title }))
          }
        />
      )}
    </InfoCard>
  );
}
