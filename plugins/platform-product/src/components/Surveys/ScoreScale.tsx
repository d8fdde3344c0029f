import { useId } from 'react';
import { Box, makeStyles, Typography } from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { platformProductTranslationRef } from '../../translation';

const SCORES = Array.from({ length: 11 }, (_, score) => score);

const useStyles = makeStyles(theme => ({
  scale: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
  },
  option: {
    ...theme.typography.button,
    position: 'relative',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    minWidth: 36,
    height: 36,
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    color: theme.palette.text.primary,
    cursor: 'pointer',
    userSelect: 'none',
    '&:hover': { backgroundColor: theme.palette.action.hover },
    '&:focus-within': {
      outline: `2px solid ${theme.palette.primary.main}`,
      outlineOffset: 2,
    },
  },
  selected: {
    backgroundColor: theme.palette.primary.main,
    borderColor: theme.palette.primary.main,
    color: theme.palette.primary.contrastText,
    '&:hover': { backgroundColor: theme.palette.primary.dark },
  },
  disabled: {
    cursor: 'default',
    opacity: theme.palette.action.disabledOpacity,
  },
  // The native radio stays in place (keyboard, screen readers), invisible over its label.
  input: {
    position: 'absolute',
    inset: 0,
    margin: 0,
    opacity: 0,
    cursor: 'inherit',
  },
  ends: {
    display: 'flex',
    justifyContent: 'space-between',
    maxWidth: 11 * 36 + 10 * 4,
  },
}));

/** The NPS scale: eleven radio buttons, 0 ("Not at all likely") to 10 ("Extremely likely"). */
export function ScoreScale(props: {
  /** Id of the element holding the question, which names the group. */
  labelledBy: string;
  value: number | null;
  onChange: (score: number) => void;
  disabled?: boolean;
}) {
  const { labelledBy, value, onChange, disabled } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(platformProductTranslationRef);
  const id = useId();
  const describedBy = (score: number) => {
    if (score === 0) return `${id}-low`;
    if (score === 10) return `${id}-high`;
    return undefined;
  };

  return (
    <div role="radiogroup" aria-labelledby={labelledBy}>
      <div className={classes.scale}>
        {SCORES.map(score => (
          <label
            key={score}
            className={[
              classes.option,
              value === score ? classes.selected : '',
              disabled ? classes.disabled : '',
            ].join(' ')}
          >
            <input
              type="radio"
              name={`${id}-score`}
              value={score}
              checked={value === score}
              onChange={() => onChange(score)}
              disabled={disabled}
              aria-describedby={describedBy(score)}
              className={classes.input}
            />
            {score}
          </label>
        ))}
      </div>
      <Box className={classes.ends} mt={0.5}>
        <Typography id={`${id}-low`} variant="caption" color="textSecondary">
          {t('surveys.answer.notLikely')}
        </Typography>
        <Typography id={`${id}-high`} variant="caption" color="textSecondary">
          {t('surveys.answer.extremelyLikely')}
        </Typography>
      </Box>
    </div>
  );
}
