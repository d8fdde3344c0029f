import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, makeStyles, Typography } from '@material-ui/core';
import { SurveyResults } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { useHiddenFiguresNote } from '../shared/HiddenFigure';
import { formatNps, formatPercent } from '../shared/format';

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

const GROUPS = ['detractors', 'passives', 'promoters'] as const;

/**
 * Why the card shows no figures: the server withholds a survey's results, and its number of
 * answers, until they are enough to show without singling anyone out.
 */
function HiddenResults(props: { results: SurveyResults }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const hiddenFiguresNote = useHiddenFiguresNote();
  const { survey, audience, minGroupSize } = props.results;
  return (
    <>
      <Typography variant="h5" component="p">
        {t('surveys.score.resultsHidden')}
      </Typography>
      <Box mt={1} mb={2}>
        <Typography variant="body2" color="textSecondary">
          {hiddenFiguresNote(minGroupSize)}
        </Typography>
      </Box>
      <Typography variant="body2" color="textSecondary" component="p">
        {t('surveys.score.answersSoFar')}
      </Typography>
      <Typography
        variant="h6"
        component="p"
        aria-label={t('surveys.score.answersSoFar')}
      >
        {survey.responseCount === null
          ? t('surveys.score.fewerAnswered', { audience: String(audience) })
          : t('surveys.score.answered', {
              responses: String(survey.responseCount),
              audience: String(audience),
            })}
      </Typography>
    </>
  );
}

/** The survey's NPS, how the answers split, and how many people answered. */
export function NpsScoreCard(props: { results: SurveyResults }) {
  const { overall, audience, responseRate } = props.results;
  const classes = useStyles();
  const { t } = useTranslationRef(platformProductTranslationRef);

  const content = () => {
    if (!overall) return <HiddenResults results={props.results} />;
    const share = (count: number) =>
      overall.responses ? (count / overall.responses) * 100 : 0;
    return (
      <>
        <Typography
          variant="h2"
          component="p"
          aria-label={t('surveys.score.title')}
        >
          {formatNps(overall.nps)}
        </Typography>
        {overall.responses === 0 && (
          <Typography color="textSecondary">
            {t('surveys.score.noAnswers')}
          </Typography>
        )}
        <Box mt={2} className={classes.bar} aria-hidden>
          {GROUPS.map(key => (
            <div
              key={key}
              className={classes[key]}
              style={{ width: `${share(overall[key])}%` }}
            />
          ))}
        </Box>
        <ul className={classes.legend}>
          {GROUPS.map(key => (
            <li key={key}>
              <span className={`${classes.swatch} ${classes[key]}`} />
              <Typography variant="body2" component="span">
                {t(`surveys.score.${key}`, { people: String(overall[key]) })}
              </Typography>
            </li>
          ))}
        </ul>
        <Typography variant="body2" color="textSecondary" component="p">
          {t('surveys.score.responseRate')}
        </Typography>
        <Typography
          variant="h6"
          component="p"
          aria-label={t('surveys.score.responseRate')}
        >
          {responseRate === null
            ? t('surveys.score.answered', {
                responses: String(overall.responses),
                audience: String(audience),
              })
            : t('surveys.score.answeredWithRate', {
                responses: String(overall.responses),
                audience: String(audience),
                rate: formatPercent(responseRate),
              })}
        </Typography>
      </>
    );
  };

  return (
    <InfoCard
      title={t('surveys.score.title')}
      subheader={t('surveys.score.subheader')}
      variant="gridItem"
    >
      {content()}
    </InfoCard>
  );
}
