import { ReactNode } from 'react';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@material-ui/core';
import { Nomination } from 'backstage-plugin-platform-product-common';
import { RelativeTime } from '../Feedback/RelativeTime';
import { FocusAreaChips } from './FocusAreaChips';

/** Nominations: who, for which team, by whom, why, and a last column (status or actions). */
export function NominationsTable(props: {
  label: string;
  nominations: Nomination[];
  lastColumn: { title: string; render: (nomination: Nomination) => ReactNode };
}) {
  const { lastColumn } = props;
  return (
    <Table size="small" aria-label={props.label}>
      <TableHead>
        <TableRow>
          <TableCell>Nominee</TableCell>
          <TableCell>Team</TableCell>
          <TableCell>Reason</TableCell>
          <TableCell>Nominated</TableCell>
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
              by <EntityRefLink entityRef={nomination.nominatorRef} hideIcon />,{' '}
              <RelativeTime date={nomination.createdAt} />
            </TableCell>
            <TableCell>{lastColumn.render(nomination)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
