import { ReactNode } from 'react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@material-ui/core';
import { Nomination } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { RelativeTime } from '../shared/RelativeTime';
import { useWholeWordsTableStyles } from '../shared/DataTable';
import { FocusAreaChips } from './FocusAreaChips';

/** Nominations: who, for which team, by whom, why, and a last column (status or actions). */
export function NominationsTable(props: {
  label: string;
  nominations: Nomination[];
  lastColumn: { title: string; render: (nomination: Nomination) => ReactNode };
}) {
  const { lastColumn } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const classes = useWholeWordsTableStyles();
  return (
    <Table size="small" aria-label={props.label} className={classes.table}>
      <TableHead>
        <TableRow>
          <TableCell>{t('champions.nominations.nominee')}</TableCell>
          <TableCell>{t('champions.fields.team')}</TableCell>
          <TableCell>{t('champions.fields.reason')}</TableCell>
          <TableCell>{t('champions.nominations.nominated')}</TableCell>
          <TableCell>{lastColumn.title}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.nominations.map(nomination => (
          <TableRow key={nomination.id}>
            <TableCell>
              <EntityRefLink entityRef={nomination.nomineeRef} />
            </TableCell>
            <TableCell>
              <EntityRefLink entityRef={nomination.teamRef} />
            </TableCell>
            <TableCell>
              {nomination.reason}
              <FocusAreaChips areas={nomination.focusAreas} />
            </TableCell>
            <TableCell>
              {t('champions.nominations.nominatedBy', {
                nominator: (
                  <EntityRefLink entityRef={nomination.nominatorRef} hideIcon />
                ),
                time: <RelativeTime date={nomination.createdAt} />,
              })}
            </TableCell>
            <TableCell>{lastColumn.render(nomination)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
