import { Fragment } from 'react';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { Divider, Typography } from '@material-ui/core';
import {
  feedbackCreatePermission,
  SurveyPrompt,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { PlatformToolOnly } from '../shared/PlatformToolOnly';
import { PromptAnswer } from './PromptAnswer';

/** @public */
export interface SurveyPromptCardProps {
  /** Only surveys about this tool (an entity ref); every open survey when unset. */
  toolRef?: string;
}

/**
 * The open surveys the reader is asked to answer, each with its form inline (or their answer,
 * editable until the survey closes). Renders nothing when there is nothing to answer.
 */
export function SurveyPromptCard(props: SurveyPromptCardProps) {
  const prompts = useSurveyPrompts(props.toolRef);
  if (!prompts?.length) {
    return null;
  }
  return (
    <InfoCard
      title={prompts.length === 1 ? 'Survey' : 'Surveys'}
      subheader="The platform team would like your opinion: it takes 10 seconds"
    >
      <PromptList prompts={prompts} />
    </InfoCard>
  );
}

/** The open surveys the reader is asked to answer; undefined while loading. */
function useSurveyPrompts(toolRef?: string): SurveyPrompt[] | undefined {
  const api = useApi(platformProductApiRef);
  const { allowed } = usePermission({ permission: feedbackCreatePermission });
  const { value } = useAsync(
    async () => (allowed ? api.getSurveyPrompts({ toolRef }) : []),
    [api, allowed, toolRef],
  );
  return value;
}

function PromptList(props: { prompts: SurveyPrompt[] }) {
  return (
    <>
      {props.prompts.map((prompt, index) => (
        <Fragment key={prompt.survey.id}>
          {index > 0 && <Divider />}
          <PromptAnswer prompt={prompt} />
        </Fragment>
      ))}
    </>
  );
}

/**
 * The open surveys the reader is asked to answer, without a card of its own (for a home page
 * widget, which has its own frame), or a short note when there is none.
 */
export function SurveyPrompts() {
  const prompts = useSurveyPrompts();
  if (!prompts) {
    return <Progress />;
  }
  if (!prompts.length) {
    return (
      <Typography color="textSecondary">
        No survey is waiting for your answer. Thanks!
      </Typography>
    );
  }
  return <PromptList prompts={prompts} />;
}

/**
 * {@link SurveyPromptCard} on a tool's entity page: the open surveys about that tool. Renders
 * nothing, and asks the backend nothing, on entities that are not platform tools.
 */
export function EntitySurveyPromptCard() {
  const { entity } = useEntity();
  return (
    <PlatformToolOnly>
      <SurveyPromptCard toolRef={stringifyEntityRef(entity)} />
    </PlatformToolOnly>
  );
}
