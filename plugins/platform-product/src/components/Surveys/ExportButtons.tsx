import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Button } from '@material-ui/core';
import GetAppIcon from '@material-ui/icons/GetApp';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage } from '../shared/errorMessage';
import { downloadBlob } from '../shared/download';

type Part = 'teams' | 'answers';

const LABELS = {
  teams: 'surveys.results.exportTeams',
  answers: 'surveys.results.exportAnswers',
} as const;

/**
 * Downloads a survey's results as CSV: the per-team summary or the individual answers. The
 * answers are offered only while they can be shown (`withAnswers`): the server refuses them
 * while they are too few.
 */
export function ExportButtons(props: {
  surveyId: number;
  withAnswers: boolean;
}) {
  const { surveyId, withAnswers } = props;
  const parts: Part[] = withAnswers ? ['teams', 'answers'] : ['teams'];
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const [exporting, setExporting] = useState<Part>();

  const exportPart = async (part: Part) => {
    setExporting(part);
    try {
      const csv = await api.exportSurvey(surveyId, part);
      downloadBlob(csv, `survey-${surveyId}-${part}.csv`);
    } catch (e) {
      alertApi.post({
        message: t('surveys.results.exportFailed', { error: errorMessage(e) }),
        severity: 'error',
      });
    } finally {
      setExporting(undefined);
    }
  };

  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
      {parts.map(part => (
        <Button
          key={part}
          variant="outlined"
          startIcon={<GetAppIcon />}
          onClick={() => exportPart(part)}
          disabled={!!exporting}
        >
          {t(LABELS[part])}
        </Button>
      ))}
    </Box>
  );
}
