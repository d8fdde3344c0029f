import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { RoadmapItem } from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import {
  FeedbackItemOption,
  FeedbackItemPicker,
} from '../shared/FeedbackItemPicker';
import { FormDialog } from '../shared/FormDialog';

/** Picks a feedback item and links it to the roadmap item as evidence. Open while mounted. */
export function AddEvidenceDialog(props: {
  item: Pick<RoadmapItem, 'id' | 'title'>;
  onAdded: () => void;
  onClose: () => void;
}) {
  const { item } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const [picked, setPicked] = useState<FeedbackItemOption>();
  return (
    <FormDialog
      title={t('roadmap.evidence.addTitle', { title: item.title })}
      submitLabel={t('roadmap.evidence.link')}
      canSubmit={!!picked}
      maxWidth="sm"
      onSubmit={async () => {
        if (!picked) return;
        await api.linkEvidence(item.id, {
          sourceKind: 'feedback',
          sourceId: picked.key,
        });
        props.onAdded();
      }}
      onClose={props.onClose}
    >
      <FeedbackItemPicker
        id="evidence-feedback"
        label={t('roadmap.evidence.feedbackLabel')}
        required
        value={picked}
        onChange={setPicked}
      />
    </FormDialog>
  );
}
