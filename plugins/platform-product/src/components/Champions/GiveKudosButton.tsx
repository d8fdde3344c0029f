import { useState } from 'react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Button } from '@material-ui/core';
import { championsKudosPermission } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { GiveKudosDialog } from './GiveKudosDialog';

/** "Give kudos", opening the dialog; shown only to people allowed to give kudos. */
export function GiveKudosButton(props: {
  /** Kudos for this champion only, e.g. on their profile. */
  championRef?: string;
  onSent: () => void;
}) {
  const { onSent } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { allowed } = usePermission({ permission: championsKudosPermission });
  const [open, setOpen] = useState(false);
  if (!allowed) {
    return null;
  }
  return (
    <>
      <Button variant="outlined" color="primary" onClick={() => setOpen(true)}>
        {t('champions.kudos.give')}
      </Button>
      {open && (
        <GiveKudosDialog
          championRef={props.championRef}
          onClose={() => setOpen(false)}
          onSent={() => {
            setOpen(false);
            onSent();
          }}
        />
      )}
    </>
  );
}
