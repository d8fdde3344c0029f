import { InfoCard } from '@backstage/core-components';
import { Box, makeStyles, Typography } from '@material-ui/core';
import { SurveyResults } from 'backstage-plugin-platform-product-common';
import { useHiddenFiguresNote } from '../shared/HiddenFigure';
import { formatNps, formatPercent } from './format';

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    height: theme.spacing(1.5),
    borderRadius: theme.shape.borderRadius,
    overflow: 'hidden',
    backgroundColor: theme.palette.action.hover,
  },
  detractors: { backgroundColor: theme.palette.error.main },
  passives: { backgroundColor: theme.palette.warning.main },
  promoters: { backgroundColor: theme.palette.success.main },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    margin: theme.spacing(1, 0, 2),
    padding: 0,
    listStyle: 'none',
  },
  swatch: {
    display: 'inline-block',
    width: theme.spacing(1.5),
    height: theme.spacing(1.5),
    marginRight: theme.spacing(0.5),
    borderRadius: 2,
    verticalAlign: 'middle',
  },
}));

const GROUPS = [
  { key: 'detractors', label: 'detractors', range: '0–6' },
  { key: 'passives', label: 'passives', range: '7–8' },
  { key: 'promoters', label: 'promoters', range: '9–10' },
] as const;

/**
 * Why the card shows no figures: the server withholds a survey's results until they are
 * enough to show without singling anyone out.
 */
function HiddenResults(props: { results: SurveyResults }) {
  const hiddenFiguresNote = useHiddenFiguresNote();
  const { survey, audience, minGroupSize } = props.results;
  return (
    <>
      <Typography variant="h5" component="p">
        {survey.responseCount === null
          ? `Results appear from ${minGroupSize} answers`
          : 'Results are hidden for now'}
      </Typography>
      <Box mt={1} mb={2}>
        <Typography variant="body2" color="textSecondary">
          {hiddenFiguresNote(minGroupSize)}
        </Typography>
      </Box>
      <Typography variant="body2" color="textSecondary" component="p">
        Answers so far
      </Typography>
      <Typography variant="h6" component="p" aria-label="Answers so far">
        {survey.responseCount === null
          ? `Fewer than ${minGroupSize} of ${audience} people`
          : `${survey.responseCount} of ${audience} people`}
      </Typography>
    </>
  );
}

/** The survey's NPS, how the answers split, and how many people answered. */
export function NpsScoreCard(props: { results: SurveyResults }) {
  const { overall, audience, responseRate } = props.results;
  const classes = useStyles();

  const content = () => {
    if (!overall) return <HiddenResults results={props.results} />;
    const share = (count: number) =>
      overall.responses ? (count / overall.responses) * 100 : 0;
    return (
      <>
        <Typography variant="h2" component="p" aria-label="Net Promoter Score">
          {formatNps(overall.nps)}
        </Typography>
        {overall.responses === 0 && (
          <Typography color="textSecondary">No answers yet.</Typography>
        )}
        <Box mt={2} className={classes.bar} aria-hidden>
          {GROUPS.map(({ key }) => (
            <div
              key={key}
              className={classes[key]}
              style={{ width: `${share(overall[key])}%` }}
            />
          ))}
        </Box>
        <ul className={classes.legend}>
          {GROUPS.map(({ key, label, range }) => (
            <li key={key}>
              <span className={`${classes.swatch} ${classes[key]}`} />
              <Typography variant="body2" component="span">
                {overall[key]} {label} ({range})
              </Typography>
            </li>
          ))}
        </ul>
        <Typography variant="body2" color="textSecondary" component="p">
          Response rate
        </Typography>
        <Typography variant="h6" component="p" aria-label="Response rate">
          {overall.responses} of {audience} people
          {responseRate === null ? '' : ` (${formatPercent(responseRate)})`}
        </Typography>
      </>
    );
  };

  return (
    <InfoCard
      title="Net Promoter Score"
      subheader="% promoters (9–10) minus % detractors (0–6), from −100 to 100"
      variant="gridItem"
    >
      {content()}
    </InfoCard>
  );
}
