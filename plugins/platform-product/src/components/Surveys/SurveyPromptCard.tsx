import { Fragment } from 'react';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
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
import { platformProductTranslationRef } from '../../translation';
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
  const { t } = useTranslationRef(platformProductTranslationRef);
  const prompts = useSurveyPrompts(props.toolRef);
  if (!prompts?.length) {
    return null;
  }
  return (
    <InfoCard
      title={t('surveys.prompt.title', { count: prompts.length })}
      subheader={t('surveys.prompt.subheader')}
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
  const { t } = useTranslationRef(platformProductTranslationRef);
  const prompts = useSurveyPrompts();
  if (!prompts) {
    return <Progress />;
  }
  if (!prompts.length) {
    return (
      <Typography color="textSecondary">
        {t('surveys.prompt.nothingToAnswer')}
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
