import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { TextField } from '@material-ui/core';
import {
  EvidenceLinkInput,
  researchReadPermission,
  RoadmapItem,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import {
  FeedbackItemOption,
  FeedbackItemPicker,
} from '../shared/FeedbackItemPicker';
import {
  ResearchNoteOption,
  ResearchNotePicker,
} from '../Research/ResearchNotePicker';
import { QuotePartSelect, researchSource } from '../Research/QuotePartSelect';
import { FormDialog } from '../shared/FormDialog';

/**
 * Picks a feedback item, or (for readers of research) a research note or one of its quotes, and
 * links it to the roadmap item as evidence. Open while mounted.
 */
export function AddEvidenceDialog(props: {
  item: Pick<RoadmapItem, 'id' | 'title'>;
  onAdded: () => void;
  onClose: () => void;
}) {
  const { item } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { allowed: readsResearch } = usePermission({
    permission: researchReadPermission,
  });
  const [kind, setKind] = useState<'feedback' | 'research'>('feedback');
  const [feedback, setFeedback] = useState<FeedbackItemOption>();
  const [note, setNote] = useState<ResearchNoteOption>();
  const [part, setPart] = useState('');
  const quotes = useAsync(
    async () => (note ? (await api.getResearchNote(note.key)).quotes : []),
    [api, note?.key],
  );
  const source = (): EvidenceLinkInput | undefined => {
    if (kind === 'feedback') {
      return feedback && { sourceKind: 'feedback', sourceId: feedback.key };
    }
    return note && researchSource(note.key, part);
  };
  return (
    <FormDialog
      title={t('roadmap.evidence.addTitle', { title: item.title })}
      submitLabel={t('roadmap.evidence.link')}
      canSubmit={!!source()}
      maxWidth="sm"
      onSubmit={async () => {
        const chosen = source();
        if (!chosen) return;
        await api.linkEvidence(item.id, chosen);
        props.onAdded();
      }}
      onClose={props.onClose}
    >
      {readsResearch && (
        <TextField
          id="evidence-kind"
          label={t('roadmap.evidence.sourceKind')}
          select
          SelectProps={{ native: true }}
          value={kind}
          onChange={e => setKind(e.target.value as typeof kind)}
          fullWidth
          margin="dense"
        >
          <option value="feedback">
            {t('roadmap.evidence.sourceKinds.feedback')}
          </option>
          <option value="research">
            {t('roadmap.evidence.sourceKinds.research')}
          </option>
        </TextField>
      )}
      {kind === 'feedback' ? (
        <FeedbackItemPicker
          id="evidence-feedback"
          label={t('roadmap.evidence.feedbackLabel')}
          required
          value={feedback}
          onChange={setFeedback}
        />
      ) : (
        <>
          <ResearchNotePicker
            id="evidence-research"
            label={t('research.evidence.note')}
            required
            value={note}
            onChange={chosen => {
              setNote(chosen);
              setPart('');
            }}
          />
          <QuotePartSelect
            id="evidence-research-part"
            quotes={quotes.value ?? []}
            value={part}
            onChange={setPart}
          />
        </>
      )}
    </FormDialog>
  );
}
