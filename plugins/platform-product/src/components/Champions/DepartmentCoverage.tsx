import { Box, Typography } from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { ChampionCoverage } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { Bars } from './CountBars';

/**
 * Covered teams of each department (the teams' parent groups), as "3/5" and a small bar; when
 * no team has a parent group, says so.
 */
export function DepartmentCoverage(props: {
  departments: ChampionCoverage['departments'];
}) {
  const { departments } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  if (!departments.length) {
    return (
      <Box mt={2}>
        <Typography variant="subtitle1" component="h4">
          {t('champions.coverage.byDepartment')}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {t('champions.coverage.noDepartments')}
        </Typography>
      </Box>
    );
  }
  return (
    <Box mt={2}>
      <Bars
        title={t('champions.coverage.byDepartment')}
        rows={departments.map(department => ({
          key: department.ref,
          label: department.title,
          percent: department.eligibleTeams
            ? (department.coveredTeams / department.eligibleTeams) * 100
            : 0,
          figure: `${department.coveredTeams}/${department.eligibleTeams}`,
        }))}
      />
    </Box>
  );
}
