import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { DialogContentText } from '@material-ui/core';
import { Nomination } from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { FormDialog } from '../Roadmap/FormDialog';
import { FocusAreasField } from './FocusAreasField';

/** Makes the nominee a champion of the team, with the focus areas as nominated or adjusted. */
export function ApproveDialog(props: {
  nomination: Nomination;
  onClose: () => void;
  onApproved: () => void;
}) {
  const { nomination, onApproved } = props;
  const api = useApi(platformProductApiRef);
  const [focusAreas, setFocusAreas] = useState(nomination.focusAreas);

  return (
    <FormDialog
      title="Approve nomination"
      submitLabel="Approve nomination"
      onSubmit={async () => {
        await api.approveNomination(nomination.id, focusAreas);
        onApproved();
      }}
      onClose={props.onClose}
      maxWidth="sm"
    >
      <DialogContentText>
        <EntityDisplayName
          entityRef={nomination.nomineeRef}
          hideIcon
          disableTooltip
        />{' '}
        becomes a champion of{' '}
        <EntityDisplayName
          entityRef={nomination.teamRef}
          hideIcon
          disableTooltip
        />{' '}
        and gets early access. Why: {nomination.reason}
      </DialogContentText>
      <FocusAreasField value={focusAreas} onChange={setFocusAreas} />
    </FormDialog>
  );
}
