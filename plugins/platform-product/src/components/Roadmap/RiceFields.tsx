import { useId } from 'react';
import { Box, FormLabel, TextField, Typography } from '@material-ui/core';
import {
  riceConfidences,
  riceImpacts,
} from 'backstage-plugin-platform-product-common';
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
      <FormLabel component="legend">RICE score</FormLabel>
      <Box display="flex" flexWrap="wrap" style={{ columnGap: 16 }}>
        <TextField
          {...field}
          id={`${id}-reach`}
          label="Reach"
          type="number"
          value={form.reach}
          onChange={e =>
            onChange({ reach: e.target.value, reachSource: 'manual' })
          }
          error={!!errors.reach}
          helperText={
            errors.reach ??
            (form.reachSource === 'catalog'
              ? 'People per quarter, suggested from the catalog'
              : 'People per quarter, your own estimate')
          }
          inputProps={{ min: 0, step: 1 }}
          required
          style={{ flex: 1, minWidth: 160 }}
        />
        <TextField
          {...select}
          id={`${id}-impact`}
          label="Impact"
          value={form.impact}
          onChange={e => onChange({ impact: Number(e.target.value) })}
          style={{ flex: 1, minWidth: 160 }}
        >
          {riceImpacts.map(impact => (
            <option key={impact} value={impact}>
              {formatImpact(impact)}
            </option>
          ))}
        </TextField>
        <TextField
          {...select}
          id={`${id}-confidence`}
          label="Confidence"
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
          label="Effort"
          type="number"
          value={form.effort}
          onChange={e => onChange({ effort: e.target.value })}
          error={!!errors.effort}
          helperText={errors.effort ?? 'Person-months'}
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
          ? 'Score: fill in reach and effort to see it.'
          : `Score: ${riceFormula(
              {
                reach: Number(form.reach),
                impact: form.impact,
                confidence: form.confidence,
                effort: Number(form.effort),
              },
              score,
            )}`}
      </Typography>
    </Box>
  );
}
