import { useEffect, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { TextField } from '@material-ui/core';
import {
  EvidenceLinkInput,
  feedbackTriagePermission,
  researchReadPermission,
  RoadmapItem,
  surveyManagePermission,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { useTools } from '../../hooks/useTools';
import { platformProductTranslationRef } from '../../translation';
import {
  FeedbackItemOption,
  FeedbackItemPicker,
} from '../shared/FeedbackItemPicker';
import {
  ResearchNoteOption,
  ResearchNotePicker,
} from '../shared/ResearchNotePicker';
import { QuotePartSelect, researchSource } from '../shared/QuotePartSelect';
import {
  IdOption,
  RatingCommentPicker,
  SurveyCommentPicker,
  SurveyPicker,
} from '../shared/CommentPickers';
import { FormDialog } from '../shared/FormDialog';

/** What the dialog links: a feedback item, research, a rating's or a survey answer's comment. */
type EvidenceChoice =
  | 'feedback'
  | 'research'
  | 'rating-comment'
  | 'survey-comment';

/** Tells the dialog the source picked so far (undefined until one is complete). */
type OnSource = (source: EvidenceLinkInput | undefined) => void;

const FIELDS: Record<
  EvidenceChoice,
  (props: { onSource: OnSource }) => JSX.Element
> = {
  feedback: FeedbackFields,
  research: ResearchFields,
  'rating-comment': RatingCommentFields,
  'survey-comment': SurveyCommentFields,
};

/**
 * Picks a feedback item, a research note or one of its quotes (readers of research), a rating
 * comment (triagers) or a survey comment (survey managers), and links it to the roadmap item as
 * evidence. Open while mounted.
 */
export function AddEvidenceDialog(props: {
  item: Pick<RoadmapItem, 'id' | 'title'>;
  onAdded: () => void;
  onClose: () => void;
}) {
  const { item } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const choices = useChoices();
  const [choice, setChoice] = useState<EvidenceChoice>('feedback');
  const [source, setSource] = useState<EvidenceLinkInput>();
  const Fields = FIELDS[choice];
  return (
    <FormDialog
      title={t('roadmap.evidence.addTitle', { title: item.title })}
      submitLabel={t('roadmap.evidence.link')}
      canSubmit={!!source}
      maxWidth="sm"
      onSubmit={async () => {
        if (!source) return;
        await api.linkEvidence(item.id, source);
        props.onAdded();
      }}
      onClose={props.onClose}
    >
      {choices.length > 1 && (
        <TextField
          id="evidence-kind"
          label={t('roadmap.evidence.sourceKind')}
          select
          SelectProps={{ native: true }}
          value={choice}
          onChange={e => {
            setChoice(e.target.value as EvidenceChoice);
            setSource(undefined);
          }}
          fullWidth
          margin="dense"
        >
          {choices.map(c => (
            <option key={c} value={c}>
              {t(`roadmap.evidence.sourceKinds.${c}`)}
            </option>
          ))}
        </TextField>
      )}
      <Fields key={choice} onSource={setSource} />
    </FormDialog>
  );
}

/** The kinds the reader may list the sources of: feedback always, the others by permission. */
function useChoices(): EvidenceChoice[] {
  const research = usePermission({ permission: researchReadPermission });
  const ratings = usePermission({ permission: feedbackTriagePermission });
  const surveys = usePermission({ permission: surveyManagePermission });
  return [
    'feedback' as const,
    ...(research.allowed ? ['research' as const] : []),
    ...(ratings.allowed ? ['rating-comment' as const] : []),
    ...(surveys.allowed ? ['survey-comment' as const] : []),
  ];
}

function FeedbackFields(props: { onSource: OnSource }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const [feedback, setFeedback] = useState<FeedbackItemOption>();
  const { onSource } = props;
  useEffect(
    () =>
      onSource(feedback && { sourceKind: 'feedback', sourceId: feedback.key }),
    [feedback, onSource],
  );
  return (
    <FeedbackItemPicker
      id="evidence-feedback"
      label={t('roadmap.evidence.feedbackLabel')}
      required
      value={feedback}
      onChange={setFeedback}
    />
  );
}

function ResearchFields(props: { onSource: OnSource }) {
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const [note, setNote] = useState<ResearchNoteOption>();
  const [part, setPart] = useState('');
  const quotes = useAsync(
    async () => (note ? (await api.getResearchNote(note.key)).quotes : []),
    [api, note?.key],
  );
  const { onSource } = props;
  useEffect(
    () => onSource(note && researchSource(note.key, part)),
    [note, part, onSource],
  );
  return (
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
  );
}

/** A tool, then one of its rating comments. */
function RatingCommentFields(props: { onSource: OnSource }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { tools } = useTools();
  const [toolRef, setToolRef] = useState('');
  const [comment, setComment] = useState<IdOption>();
  const { onSource } = props;
  useEffect(
    () =>
      onSource(
        comment && { sourceKind: 'rating-comment', sourceId: comment.key },
      ),
    [comment, onSource],
  );
  return (
    <>
      <TextField
        id="evidence-tool"
        label={t('roadmap.evidence.tool')}
        select
        SelectProps={{ native: true }}
        InputLabelProps={{ shrink: true }}
        value={toolRef}
        onChange={e => {
          setToolRef(e.target.value);
          setComment(undefined);
        }}
        required
        fullWidth
        margin="dense"
      >
        <option value="">{t('roadmap.evidence.chooseTool')}</option>
        {tools.map(tool => (
          <option key={tool.ref} value={tool.ref}>
            {tool.title}
          </option>
        ))}
      </TextField>
      {toolRef && (
        <RatingCommentPicker
          key={toolRef}
          id="evidence-rating-comment"
          label={t('roadmap.evidence.kinds.rating-comment')}
          required
          toolRef={toolRef}
          value={comment}
          onChange={setComment}
        />
      )}
    </>
  );
}

/** A survey, then one of its answers' comments. */
function SurveyCommentFields(props: { onSource: OnSource }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const [survey, setSurvey] = useState<IdOption>();
  const [comment, setComment] = useState<IdOption>();
  const { onSource } = props;
  useEffect(
    () =>
      onSource(
        comment && { sourceKind: 'survey-comment', sourceId: comment.key },
      ),
    [comment, onSource],
  );
  return (
    <>
      <SurveyPicker
        id="evidence-survey"
        label={t('roadmap.evidence.survey')}
        required
        value={survey}
        onChange={chosen => {
          setSurvey(chosen);
          setComment(undefined);
        }}
      />
      {survey && (
        <SurveyCommentPicker
          key={survey.key}
          id="evidence-survey-comment"
          label={t('roadmap.evidence.kinds.survey-comment')}
          required
          surveyId={survey.key}
          value={comment}
          onChange={setComment}
        />
      )}
    </>
  );
}
