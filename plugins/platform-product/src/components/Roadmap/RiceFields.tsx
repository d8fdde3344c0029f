import { useId } from 'react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, FormLabel, TextField, Typography } from '@material-ui/core';
import {
  riceConfidences,
  riceImpacts,
} from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { formatConfidence, formatImpact, riceFormula } from './format';
import { FormErrors, ItemForm, previewScore } from './itemForm';
import { ReachSuggestionPanel } from './ReachSuggestionPanel';

/**
 * Reach (typed, or the catalog's suggestion), Impact, Confidence and Effort, with a preview of
 * the score the server will compute from them.
 */
export function RiceFields(props: {
  form: ItemForm;
  errors: FormErrors;
  /** The edited item, whose voters count towards the suggested reach. */
  itemId?: number;
  onChange: (patch: Partial<ItemForm>) => void;
}) {
  const { form, errors, onChange } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const id = useId();
  const score = previewScore(form);
  const field = { margin: 'normal', variant: 'outlined' } as const;
  const select = {
    ...field,
    select: true,
    SelectProps: { native: true },
    InputLabelProps: { shrink: true },
  } as const;

  return (
    <Box component="fieldset" border={0} p={0} m={0} mt={2}>
      <FormLabel component="legend">{t('roadmap.rice.title')}</FormLabel>
      <Box display="flex" flexWrap="wrap" style={{ columnGap: 16 }}>
        <TextField
          {...field}
          id={`${id}-reach`}
          label={t('roadmap.rice.reach')}
          type="number"
          value={form.reach}
          onChange={e =>
            onChange({ reach: e.target.value, reachSource: 'manual' })
          }
          error={!!errors.reach}
          helperText={
            errors.reach
              ? t(`roadmap.validation.${errors.reach}`)
              : t(
                  form.reachSource === 'catalog'
                    ? 'roadmap.rice.reachHelpCatalog'
                    : 'roadmap.rice.reachHelpManual',
                )
          }
          inputProps={{ min: 0, step: 1 }}
          required
          style={{ flex: 1, minWidth: 160 }}
        />
        <TextField
          {...select}
          id={`${id}-impact`}
          label={t('roadmap.rice.impact')}
          value={form.impact}
          onChange={e => onChange({ impact: Number(e.target.value) })}
          style={{ flex: 1, minWidth: 160 }}
        >
          {riceImpacts.map(impact => (
            <option key={impact} value={impact}>
              {formatImpact(t, impact)}
            </option>
          ))}
        </TextField>
        <TextField
          {...select}
          id={`${id}-confidence`}
          label={t('roadmap.rice.confidence')}
          value={form.confidence}
          onChange={e => onChange({ confidence: Number(e.target.value) })}
          style={{ flex: 1, minWidth: 120 }}
        >
          {riceConfidences.map(confidence => (
            <option key={confidence} value={confidence}>
              {formatConfidence(confidence)}
            </option>
          ))}
        </TextField>
        <TextField
          {...field}
          id={`${id}-effort`}
          label={t('roadmap.rice.effort')}
          type="number"
          value={form.effort}
          onChange={e => onChange({ effort: e.target.value })}
          error={!!errors.effort}
          helperText={
            errors.effort
              ? t(`roadmap.validation.${errors.effort}`)
              : t('roadmap.rice.effortHelp')
          }
          inputProps={{ min: 0, step: 0.5 }}
          required
          style={{ flex: 1, minWidth: 120 }}
        />
      </Box>
      <ReachSuggestionPanel
        toolRefs={form.toolRefs}
        itemId={props.itemId}
        onUse={reach =>
          onChange({ reach: String(reach), reachSource: 'catalog' })
        }
      />
      <Typography variant="body2" aria-live="polite" style={{ marginTop: 8 }}>
        {score === undefined
          ? t('roadmap.rice.previewPending')
          : t('roadmap.rice.preview', {
              values: riceFormula(
                {
                  reach: Number(form.reach),
                  impact: form.impact,
                  confidence: form.confidence,
                  effort: Number(form.effort),
                },
                score,
              ),
            })}
      </Typography>
    </Box>
  );
}
