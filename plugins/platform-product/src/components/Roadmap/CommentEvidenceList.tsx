import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import { CommentEvidence } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { RemoveEvidenceButton } from './RemoveEvidenceButton';

/**
 * The rating and survey comments linked to an item, grouped by kind: what was said, the stars
 * or score, the survey; never who (each is an anonymous contribution unless a signed rating).
 */
export function CommentEvidenceList(props: {
  comments: CommentEvidence[];
  canUpdate: boolean;
  onRemove: (evidenceId: number) => void;
}) {
  const { comments, canUpdate } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  if (!comments.length) return null;
  const kinds = ['rating-comment', 'survey-comment'] as const;
  return (
    <>
      <Typography variant="subtitle2" component="h4">
        {t('roadmap.evidence.comments')}
      </Typography>
      <List dense>
        {kinds.flatMap(kind =>
          comments
            .filter(c => c.sourceKind === kind)
            .map(({ id, comment }) => (
              <ListItem key={id}>
                <ListItemText
                  primary={`“${comment.text}”`}
                  secondary={[
                    t(`roadmap.evidence.kinds.${kind}`),
                    kind === 'rating-comment'
                      ? t('roadmap.evidence.stars', {
                          score: String(comment.score),
                        })
                      : t('roadmap.evidence.npsScore', {
                          score: String(comment.score),
                        }),
                    ...(comment.surveyTitle ? [comment.surveyTitle] : []),
                    ...(comment.anonymous
                      ? [t('roadmap.evidence.anonymousAuthor')]
                      : []),
                  ].join(' · ')}
                />
                {canUpdate && (
                  <RemoveEvidenceButton
                    title={comment.text.slice(0, 40)}
                    onRemove={() => props.onRemove(id)}
                  />
                )}
              </ListItem>
            )),
        )}
      </List>
    </>
  );
}
