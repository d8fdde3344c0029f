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
import { MyRating } from 'backstage-plugin-platform-product-common';

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
        {mine ? 'Your rating' : 'Rate this tool'}
      </Typography>
      <Rating
        name="my-rating"
        aria-labelledby="my-rating-label"
        value={stars}
        onChange={(_, value) => setStars(value)}
        disabled={busy}
      />
      <TextField
        id="my-rating-comment"
        label="Comment (optional)"
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
        label="Rate anonymously (nobody, maintainers included, can see it was you)"
      />
      <Box display="flex" style={{ gap: 8 }}>
        <Button
          type="submit"
          variant="contained"
          color="primary"
          disabled={busy || !stars}
        >
          {mine ? 'Update rating' : 'Submit rating'}
        </Button>
        {mine && (
          <Button variant="outlined" onClick={props.onWithdraw} disabled={busy}>
            Withdraw
          </Button>
        )}
      </Box>
    </Box>
  );
}
