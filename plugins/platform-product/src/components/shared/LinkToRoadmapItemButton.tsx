import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Button } from '@material-ui/core';
import {
  EvidenceLinkInput,
  roadmapUpdatePermission,
} from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { FormDialog } from './FormDialog';
import { RoadmapItemOption, RoadmapItemPicker } from './RoadmapItemPicker';

/**
 * "Link to roadmap item…" for one source of evidence (e.g. a rating or survey comment), for
 * those who may update the roadmap: pick an item and link the source to it.
 */
export function LinkToRoadmapItemButton(props: {
  source: EvidenceLinkInput;
  /** What the source is, for the button's accessible name. */
  label: string;
}) {
  const { source } = props;
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { allowed } = usePermission({ permission: roadmapUpdatePermission });
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<RoadmapItemOption>();
  if (!allowed) return null;
  return (
    <>
      <Button
        size="small"
        aria-label={`${t('roadmap.evidence.linkComment')} ${props.label}`}
        onClick={() => setOpen(true)}
      >
        {t('roadmap.evidence.linkComment')}
      </Button>
      {open && (
        <FormDialog
          title={t('roadmap.evidence.linkCommentTitle')}
          submitLabel={t('roadmap.evidence.link')}
          canSubmit={!!picked}
          maxWidth="sm"
          onSubmit={async () => {
            if (!picked) return;
            await api.linkEvidence(picked.key, source);
            alertApi.post({
              message: t('roadmap.evidence.linkedComment', {
                title: picked.title,
              }),
              severity: 'success',
              display: 'transient',
            });
            setOpen(false);
            setPicked(undefined);
          }}
          onClose={() => setOpen(false)}
        >
          <RoadmapItemPicker
            id={`evidence-${source.sourceKind}-${source.sourceId}`}
            label={t('roadmap.evidence.linkCommentPick')}
            required
            value={picked}
            onChange={setPicked}
          />
        </FormDialog>
      )}
    </>
  );
}
