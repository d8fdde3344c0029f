import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { DialogContentText } from '@material-ui/core';
import { Nomination } from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { FormDialog } from '../shared/FormDialog';
import { FocusAreasField } from './FocusAreasField';

/** Makes the nominee a champion of the team, with the focus areas as nominated or adjusted. */
export function ApproveDialog(props: {
  nomination: Nomination;
  onClose: () => void;
  onApproved: () => void;
}) {
  const { nomination, onApproved } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const [focusAreas, setFocusAreas] = useState(nomination.focusAreas);

  return (
    <FormDialog
      title={t('champions.nominations.approveTitle')}
      submitLabel={t('champions.nominations.approveTitle')}
      onSubmit={async () => {
        await api.approveNomination(nomination.id, focusAreas);
        onApproved();
      }}
      onClose={props.onClose}
      maxWidth="sm"
    >
      <DialogContentText>
        {t('champions.nominations.approveText', {
          nominee: (
            <EntityDisplayName
              entityRef={nomination.nomineeRef}
              hideIcon
              disableTooltip
            />
          ),
          team: (
            <EntityDisplayName
              entityRef={nomination.teamRef}
              hideIcon
              disableTooltip
            />
          ),
          reason: nomination.reason,
        })}
      </DialogContentText>
      <FocusAreasField value={focusAreas} onChange={setFocusAreas} />
    </FormDialog>
  );
}
