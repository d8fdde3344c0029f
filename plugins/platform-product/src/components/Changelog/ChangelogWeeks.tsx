import { Box, Typography } from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { ChangelogEntry } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { formatDate } from '../shared/format';
import { ChangelogEntryView } from './ChangelogEntryView';
import { groupByWeek } from './format';

/** Published entries under a heading per week ("Week of 16 Nov 2026"), newest first. */
export function ChangelogWeeks(props: {
  entries: ChangelogEntry[];
  onChanged: (entry: ChangelogEntry) => void;
}) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <>
      {groupByWeek(props.entries).map(week => (
        <Box key={week.monday.getTime()} component="section" mb={3}>
          <Typography variant="h6" component="h3" gutterBottom>
            {t('changelog.list.weekOf', {
              date: formatDate(week.monday.toISOString()),
            })}
          </Typography>
          <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
            {week.entries.map(entry => (
              <ChangelogEntryView
                key={entry.id}
                entry={entry}
                headingLevel={4}
                context="list"
                onChanged={props.onChanged}
              />
            ))}
          </Box>
        </Box>
      ))}
    </>
  );
}
