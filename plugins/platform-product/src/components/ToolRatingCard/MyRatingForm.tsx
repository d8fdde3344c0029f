import { useState } from 'react';
import {
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  TextField,
  Typography,
} from '@material-ui/core';
import Rating from '@material-ui/lab/Rating';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { MyRating } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';

/** The caller's own rating: stars, optional comment, optional anonymity. */
export function MyRatingForm(props: {
  mine?: MyRating;
  busy: boolean;
  onSave: (input: {
    stars: number;
    comment?: string;
    anonymous: boolean;
  }) => void;
  onWithdraw: () => void;
}) {
  const { mine, busy } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const [stars, setStars] = useState<number | null>(mine?.stars ?? null);
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [anonymous, setAnonymous] = useState(mine?.anonymous ?? false);

  return (
    <Box
      component="form"
      onSubmit={(event: React.FormEvent) => {
        event.preventDefault();
        if (stars)
          props.onSave({
            stars,
            comment: comment.trim() || undefined,
            anonymous,
          });
      }}
    >
      <Typography variant="subtitle2" id="my-rating-label">
        {t(
          mine
            ? 'feedback.ratingCard.yourRating'
            : 'feedback.ratingCard.rateThisTool',
        )}
      </Typography>
      <Rating
        name="my-rating"
        aria-labelledby="my-rating-label"
        value={stars}
        onChange={(_, value) => setStars(value)}
        getLabelText={count => t('feedback.ratingCard.starLabel', { count })}
        emptyLabelText={t('feedback.ratingCard.noStars')}
        disabled={busy}
      />
      <TextField
        id="my-rating-comment"
        label={t('feedback.ratingCard.comment')}
        value={comment}
        onChange={event => setComment(event.target.value)}
        inputProps={{ maxLength: 2000 }}
        multiline
        minRows={2}
        fullWidth
        margin="dense"
        variant="outlined"
        disabled={busy}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={anonymous}
            onChange={event => setAnonymous(event.target.checked)}
            disabled={busy}
          />
        }
        label={t('feedback.ratingCard.anonymous')}
      />
      <Box display="flex" style={{ gap: 8 }}>
        <Button
          type="submit"
          variant="contained"
          color="primary"
          disabled={busy || !stars}
        >
          {t(
            mine ? 'feedback.ratingCard.update' : 'feedback.ratingCard.submit',
          )}
        </Button>
        {mine && (
          <Button variant="outlined" onClick={props.onWithdraw} disabled={busy}>
            {t('feedback.ratingCard.withdraw')}
          </Button>
        )}
      </Box>
    </Box>
  );
}
