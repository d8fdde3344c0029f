import { Tooltip, Typography } from '@material-ui/core';

/**
 * Why a figure is missing: the server never sends figures about fewer people than the minimum
 * group size, nor one from which such a figure could be worked out by subtraction. Without the
 * size (a response that does not carry it), names the rule instead of the number.
 */
export const hiddenFiguresNote = (minGroupSize?: number) =>
  `Figures about ${
    minGroupSize === undefined
      ? 'fewer people than the minimum group size'
      : `fewer than ${minGroupSize} people`
  } are hidden, and so is any figure that would let a hidden one be worked out.`;

/**
 * A figure withheld to protect anonymity, as a table cell shows it: a muted text ("hidden" by
 * default) explaining why on hover and on keyboard focus. Tables also give the reason in their
 * caption.
 */
export function HiddenFigure(props: { minGroupSize?: number; text?: string }) {
  return (
    <Tooltip title={hiddenFiguresNote(props.minGroupSize)}>
      <Typography
        variant="body2"
        color="textSecondary"
        component="span"
        tabIndex={0}
      >
        {props.text ?? 'hidden'}
      </Typography>
    </Tooltip>
  );
}
