import { ReactNode } from 'react';
import { InfoCard, Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Box,
  Button,
  IconButton,
  makeStyles,
  Typography,
} from '@material-ui/core';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/DeleteOutline';
import { RoadmapGoal } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';
import { formatScore } from './format';
import { ItemStateChip } from './ItemStateChip';
import { useRoadmapLinks } from '../shared/links';

export type Actor = RoadmapGoal['actors'][number];
type Impact = Actor['impacts'][number];

/** What the reader may do on the impact map besides reading it. */
export interface ImpactMapActions {
  canAdd: boolean;
  canDelete: boolean;
  addActor: (goal: RoadmapGoal) => void;
  addImpact: (actor: Actor, name: string) => void;
  remove: (what: 'goal' | 'actor' | 'impact', id: number, name: string) => void;
  /** Plain-text name of an actor: the team's title or the persona. */
  actorName: (actor: Actor) => string;
}

const useStyles = makeStyles(theme => ({
  branch: {
    listStyle: 'none',
    margin: 0,
    paddingLeft: theme.spacing(3),
    borderLeft: `2px solid ${theme.palette.divider}`,
  },
  node: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    minHeight: theme.spacing(5),
  },
}));

/** A level of the tree: an indented list under its parent. */
function Branch(props: { label?: string; children: ReactNode }) {
  const classes = useStyles();
  return (
    <ul className={classes.branch} aria-label={props.label}>
      {props.children}
    </ul>
  );
}

function Node(props: { children: ReactNode }) {
  const classes = useStyles();
  return <div className={classes.node}>{props.children}</div>;
}

function DeleteButton(props: { label: string; onClick: () => void }) {
  return (
    <IconButton size="small" aria-label={props.label} onClick={props.onClick}>
      <DeleteIcon fontSize="small" />
    </IconButton>
  );
}

function ImpactNode(props: { impact: Impact; actions: ImpactMapActions }) {
  const { impact, actions } = props;
  const links = useRoadmapLinks();
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <li>
      <Node>
        <Typography variant="body2" component="span">
          {impact.title}
        </Typography>
        {actions.canDelete && (
          <DeleteButton
            label={t('roadmap.impactMap.goalCard.deleteImpact', {
              impact: impact.title,
            })}
            onClick={() => actions.remove('impact', impact.id, impact.title)}
          />
        )}
      </Node>
      {impact.items.length > 0 && (
        <Branch
          label={t('roadmap.impactMap.goalCard.itemsFor', {
            impact: impact.title,
          })}
        >
          {impact.items.map(item => (
            <li key={item.id}>
              <Node>
                <Link to={links.item(item.id)}>{item.title}</Link>
                <ItemStateChip item={item} />
                <Typography
                  variant="body2"
                  color="textSecondary"
                  component="span"
                >
                  {t('roadmap.rice.score', {
                    score: formatScore(item.riceScore),
                  })}
                </Typography>
              </Node>
            </li>
          ))}
        </Branch>
      )}
    </li>
  );
}

function ActorNode(props: { actor: Actor; actions: ImpactMapActions }) {
  const { actor, actions } = props;
  const name = actions.actorName(actor);
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <li>
      <Node>
        <Typography variant="subtitle2" component="span">
          {actor.teamRef ? (
            <EntityRefLink entityRef={actor.teamRef} />
          ) : (
            t('roadmap.impactMap.goalCard.persona', {
              persona: actor.persona ?? '',
            })
          )}
        </Typography>
        {actions.canAdd && (
          <Button
            size="small"
            startIcon={<AddIcon />}
            aria-label={t('roadmap.impactMap.goalCard.addImpactFor', { name })}
            onClick={() => actions.addImpact(actor, name)}
          >
            {t('roadmap.impactMap.addImpact')}
          </Button>
        )}
        {actions.canDelete && (
          <DeleteButton
            label={t('roadmap.impactMap.goalCard.deleteActor', { name })}
            onClick={() => actions.remove('actor', actor.id, name)}
          />
        )}
      </Node>
      {actor.impacts.length > 0 && (
        <Branch label={t('roadmap.impactMap.goalCard.impactsOf', { name })}>
          {actor.impacts.map(impact => (
            <ImpactNode key={impact.id} impact={impact} actions={actions} />
          ))}
        </Branch>
      )}
    </li>
  );
}

/** One goal of the impact map as a tree: goal → actors → impacts → roadmap items. */
export function GoalCard(props: {
  goal: RoadmapGoal;
  actions: ImpactMapActions;
}) {
  const { goal, actions } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <InfoCard
      title={goal.title}
      subheader={goal.description}
      headerProps={headingTitle(3)}
      action={
        <Box display="flex" alignItems="center">
          {actions.canAdd && (
            <Button
              size="small"
              startIcon={<AddIcon />}
              aria-label={t('roadmap.impactMap.goalCard.addActorTo', {
                goal: goal.title,
              })}
              onClick={() => actions.addActor(goal)}
            >
              {t('roadmap.impactMap.addActor')}
            </Button>
          )}
          {actions.canDelete && (
            <DeleteButton
              label={t('roadmap.impactMap.goalCard.deleteGoal', {
                goal: goal.title,
              })}
              onClick={() => actions.remove('goal', goal.id, goal.title)}
            />
          )}
        </Box>
      }
    >
      {goal.actors.length ? (
        <Branch
          label={t('roadmap.impactMap.goalCard.actorsOf', { goal: goal.title })}
        >
          {goal.actors.map(actor => (
            <ActorNode key={actor.id} actor={actor} actions={actions} />
          ))}
        </Branch>
      ) : (
        <Typography color="textSecondary">
          {t('roadmap.impactMap.goalCard.noActors')}
        </Typography>
      )}
    </InfoCard>
  );
}
