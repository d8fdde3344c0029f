import { useId } from 'react';
import { Box, LinearProgress, Typography } from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { ChampionCoverage } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';

/**
 * Covered teams of each department (the teams' parent groups), as "3/5" and a small bar; when
 * no team has a parent group, says so.
 */
export function DepartmentCoverage(props: {
  departments: ChampionCoverage['departments'];
}) {
  const { departments } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const id = useId();
  return (
    <Box mt={2}>
      <Typography variant="subtitle1" component="h4" id={id}>
        {t('champions.coverage.byDepartment')}
      </Typography>
      {departments.length ? (
        <Box component="ul" aria-labelledby={id} p={0} m={0}>
          {departments.map(department => (
            <Box
              component="li"
              key={department.ref}
              display="flex"
              alignItems="center"
              py={0.5}
              style={{ gap: 16, listStyle: 'none' }}
            >
              <Typography variant="body2" style={{ flex: '0 0 40%' }}>
                {department.title}
              </Typography>
              <Box flexGrow={1}>
                <LinearProgress
                  variant="determinate"
                  value={
                    department.eligibleTeams
                      ? (department.coveredTeams / department.eligibleTeams) *
                        100
                      : 0
                  }
                  aria-hidden
                />
              </Box>
              <Typography variant="body2">
                {department.coveredTeams}/{department.eligibleTeams}
              </Typography>
            </Box>
          ))}
        </Box>
      ) : (
        <Typography variant="body2" color="textSecondary">
          {t('champions.coverage.noDepartments')}
        </Typography>
      )}
    </Box>
  );
}
