import { Chip, makeStyles } from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { ChangelogCategory } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';

const useStyles = makeStyles(theme => ({
  breaking: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
  deprecated: {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.warning.contrastText,
  },
  // Read as "Category: Breaking"; seen as "Breaking".
  hidden: {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
}));

/** What kind of change an entry is; breaking changes in the theme's error colour. */
export function CategoryChip(props: { category: ChangelogCategory }) {
  const { category } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <Chip
      size="small"
      color={category === 'new' ? 'primary' : 'default'}
      className={
        category === 'breaking' || category === 'deprecated'
          ? classes[category]
          : undefined
      }
      label={
        <>
          <span className={classes.hidden}>
            {t('changelog.entry.categoryPrefix')}{' '}
          </span>
          {t(`changelog.categories.${category}`)}
        </>
      }
    />
  );
}
