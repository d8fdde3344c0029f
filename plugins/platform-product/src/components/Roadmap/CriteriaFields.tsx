import { useId } from 'react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Box,
  Button,
  FormLabel,
  IconButton,
  TextField,
  Typography,
} from '@material-ui/core';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/DeleteOutline';
import { platformProductTranslationRef } from '../../translation';
import { CriterionErrors, CriterionRow, newCriterionRow } from './itemForm';

/** The success criteria of an item: what to measure, the target and when to look; add, remove. */
export function CriteriaFields(props: {
  rows: CriterionRow[];
  errors?: Record<string, CriterionErrors>;
  onChange: (rows: CriterionRow[]) => void;
}) {
  const { rows, onChange } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const id = useId();
  const update = (key: string, patch: Partial<CriterionRow>) =>
    onChange(rows.map(row => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <Box component="fieldset" border={0} p={0} m={0} mt={2}>
      <FormLabel component="legend">{t('roadmap.criteria.title')}</FormLabel>
      {!rows.length && (
        <Typography variant="body2" color="textSecondary">
          {t('roadmap.criteria.prompt')}
        </Typography>
      )}
      {rows.map((row, index) => {
        const errors = props.errors?.[row.key] ?? {};
        const number = String(index + 1);
        return (
          <Box
            key={row.key}
            role="group"
            aria-label={t('roadmap.criteria.criterion', { number })}
            display="flex"
            flexWrap="wrap"
            alignItems="flex-start"
            style={{ gap: 8 }}
            mt={1}
          >
            <TextField
              id={`${id}-${row.key}-metric`}
              label={t('roadmap.criteria.metric')}
              value={row.metric}
              onChange={e => update(row.key, { metric: e.target.value })}
              error={!!errors.metric}
              helperText={
                errors.metric && t(`roadmap.validation.${errors.metric}`)
              }
              inputProps={{ maxLength: 200 }}
              required
              size="small"
              variant="outlined"
              style={{ flex: 2, minWidth: 180 }}
            />
            <TextField
              id={`${id}-${row.key}-target`}
              label={t('roadmap.criteria.target')}
              value={row.target}
              onChange={e => update(row.key, { target: e.target.value })}
              error={!!errors.target}
              helperText={
                errors.target && t(`roadmap.validation.${errors.target}`)
              }
              inputProps={{ maxLength: 200 }}
              required
              size="small"
              variant="outlined"
              style={{ flex: 1, minWidth: 120 }}
            />
            <TextField
              id={`${id}-${row.key}-review`}
              label={t('roadmap.criteria.reviewDate')}
              type="date"
              value={row.reviewDate}
              onChange={e => update(row.key, { reviewDate: e.target.value })}
              error={!!errors.reviewDate}
              helperText={
                errors.reviewDate &&
                t(`roadmap.validation.${errors.reviewDate}`)
              }
              InputLabelProps={{ shrink: true }}
              required
              size="small"
              variant="outlined"
            />
            <IconButton
              aria-label={t('roadmap.criteria.remove', { number })}
              onClick={() => onChange(rows.filter(r => r.key !== row.key))}
            >
              <DeleteIcon />
            </IconButton>
          </Box>
        );
      })}
      <Box mt={1}>
        <Button
          size="small"
          startIcon={<AddIcon />}
          onClick={() => onChange([...rows, newCriterionRow()])}
        >
          {t('roadmap.criteria.add')}
        </Button>
      </Box>
    </Box>
  );
}
