import { Chip, makeStyles } from '@material-ui/core';
import ErrorOutlineIcon from '@material-ui/icons/ErrorOutline';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { platformProductTranslationRef } from '../../translation';

const useStyles = makeStyles(theme => ({
  icon: { color: theme.palette.warning.main },
}));

/** Marks a tool that is widely used but poorly rated: people may use it because they must. */
export function CaptiveChip() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const classes = useStyles();
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={<ErrorOutlineIcon className={classes.icon} />}
      label={t('insights.captive.label')}
    />
  );
}
