import { useId, useState } from 'react';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@material-ui/core';
import {
  OutcomeDecision,
  outcomeDecisions,
  RoadmapItemDetail,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { FormDialog } from '../shared/FormDialog';
import { MeasuredOutcomeTable } from './MeasuredOutcomeTable';

/**
 * The outcome decision of a shipped item's review: its tools' figures before and after it
 * shipped, and keep, iterate or kill, with a reason (required to kill).
 */
export function OutcomeDecisionDialog(props: {
  item: RoadmapItemDetail;
  onClose: () => void;
  onDecided: (item: RoadmapItemDetail) => void;
  onReload: () => void;
}) {
  const { item } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const id = useId();
  const measured = useAsync(() => api.getMeasuredOutcome(item.id), [item.id]);
  const [decision, setDecision] = useState<OutcomeDecision>(
    item.outcome?.decision ?? 'keep',
  );
  const [reason, setReason] = useState(item.outcome?.reason ?? '');
  const missing = decision === 'kill' && !reason.trim();

  return (
    <FormDialog
      title={t('roadmap.decision.title', { title: item.title })}
      submitLabel={t('roadmap.decision.submit')}
      canSubmit={!missing && !!measured.value}
      onSubmit={async () =>
        props.onDecided(
          await api.decideRoadmapOutcome(item.id, {
            decision,
            reason: reason.trim() || undefined,
            version: item.version,
          }),
        )
      }
      onClose={props.onClose}
      onReload={props.onReload}
      fields={['reason']}
      maxWidth="md"
    >
      {measured.loading && <Progress />}
      {measured.error && <ResponseErrorPanel error={measured.error} />}
      {measured.value && <MeasuredOutcomeTable measured={measured.value} />}
      <FormControl component="fieldset" margin="normal">
        <FormLabel component="legend">
          {t('roadmap.decision.decision')}
        </FormLabel>
        <RadioGroup
          row
          name={`${id}-decision`}
          value={decision}
          onChange={e => setDecision(e.target.value as OutcomeDecision)}
        >
          {outcomeDecisions.map(value => (
            <FormControlLabel
              key={value}
              value={value}
              control={<Radio />}
              label={t(`roadmap.decision.decisions.${value}`)}
            />
          ))}
        </RadioGroup>
      </FormControl>
      <TextField
        id={`${id}-reason`}
        label={t('roadmap.decision.reason')}
        value={reason}
        onChange={e => setReason(e.target.value)}
        helperText={
          missing
            ? t('roadmap.decision.reasonRequired')
            : t('roadmap.decision.reasonHelp')
        }
        inputProps={{ maxLength: 2000 }}
        required={decision === 'kill'}
        multiline
        minRows={3}
        fullWidth
        margin="normal"
        variant="outlined"
      />
    </FormDialog>
  );
}
