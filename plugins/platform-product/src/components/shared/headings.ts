import { CardHeaderProps } from '@material-ui/core';

/** InfoCard titles are plain spans; as headings, screen reader users can jump between them. */
export function headingTitle(level: 2 | 3): CardHeaderProps {
  return { titleTypographyProps: { role: 'heading', 'aria-level': level } };
}
