import { Tooltip, Typography } from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { platformProductTranslationRef } from '../../translation';

/**
 * Why a figure is missing: the server never sends figures about fewer people than the minimum
 * group size, nor one from which such a figure could be worked out by subtraction. Without the
 * size (a response that does not carry it), names the rule instead of the number.
 */
export function useHiddenFiguresNote(): (minGroupSize?: number) => string {
  const { t } = useTranslationRef(platformProductTranslationRef);
  return minGroupSize =>
    minGroupSize === undefined
      ? t('common.hiddenFigures.noteWithoutSize')
      : t('common.hiddenFigures.note', { minGroupSize: String(minGroupSize) });
}

/**
 * A figure withheld to protect anonymity, as a table cell shows it: a muted text ("hidden" by
 * default) explaining why on hover and on keyboard focus. Tables also give the reason in their
 * caption.
 */
export function HiddenFigure(props: { minGroupSize?: number; text?: string }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const hiddenFiguresNote = useHiddenFiguresNote();
  return (
    <Tooltip title={hiddenFiguresNote(props.minGroupSize)}>
      <Typography
        variant="body2"
        color="textSecondary"
        component="span"
        tabIndex={0}
      >
        {props.text ?? t('common.hiddenFigures.hidden')}
      </Typography>
    </Tooltip>
  );
}
