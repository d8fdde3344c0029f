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
import { Champion } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { oneLine, useWholeWordsTableStyles } from '../shared/DataTable';
import { formatDate } from '../shared/format';
import { FocusAreaChips } from './FocusAreaChips';

/** Champions with their team, dates and focus areas; an action column when `action` is set. */
export function ChampionsTable(props: {
  label: string;
  champions: Champion[];
  /** Show when the championship ended (alumni). */
  ended?: boolean;
  action?: (champion: Champion) => ReactNode;
}) {
  const { champions, ended, action } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const classes = useWholeWordsTableStyles();
  return (
    <Table size="small" aria-label={props.label} className={classes.table}>
      <TableHead>
        <TableRow>
          <TableCell>{t('champions.fields.champion')}</TableCell>
          <TableCell>{t('champions.fields.team')}</TableCell>
          <TableCell style={oneLine().headerStyle}>
            {t('champions.fields.since')}
          </TableCell>
          {ended && (
            <TableCell style={oneLine().headerStyle}>
              {t('champions.fields.until')}
            </TableCell>
          )}
          <TableCell>{t('champions.fields.focusAreas')}</TableCell>
          {action && <TableCell>{t('champions.fields.actions')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {champions.map(champion => (
          <TableRow key={champion.id}>
            <TableCell>
              <EntityRefLink entityRef={champion.userRef} />
            </TableCell>
            <TableCell>
              <EntityRefLink entityRef={champion.teamRef} />
            </TableCell>
            <TableCell style={oneLine().cellStyle}>
              {formatDate(champion.since)}
            </TableCell>
            {ended && (
              <TableCell style={oneLine().cellStyle}>
                {champion.endedAt && formatDate(champion.endedAt)}
              </TableCell>
            )}
            <TableCell>
              <FocusAreaChips areas={champion.focusAreas} />
            </TableCell>
            {action && (
              <TableCell style={oneLine().cellStyle}>
                {action(champion)}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
