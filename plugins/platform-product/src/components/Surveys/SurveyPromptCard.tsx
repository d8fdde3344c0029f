import { Fragment } from 'react';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { Divider } from '@material-ui/core';
import { feedbackCreatePermission } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
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
  const { toolRef } = props;
  const api = useApi(platformProductApiRef);
  const { allowed } = usePermission({ permission: feedbackCreatePermission });
  const { value: prompts } = useAsync(
    async () => (allowed ? api.getSurveyPrompts({ toolRef }) : []),
    [api, allowed, toolRef],
  );

  if (!prompts?.length) {
    return null;
  }
  return (
    <InfoCard
      title={prompts.length === 1 ? 'Survey' : 'Surveys'}
      subheader="The platform team would like your opinion: it takes 10 seconds"
    >
      {prompts.map((prompt, index) => (
        <Fragment key={prompt.survey.id}>
          {index > 0 && <Divider />}
          <PromptAnswer prompt={prompt} />
        </Fragment>
      ))}
    </InfoCard>
  );
}

/** {@link SurveyPromptCard} on an entity page: the open surveys about that entity. */
export function EntitySurveyPromptCard() {
  const { entity } = useEntity();
  return <SurveyPromptCard toolRef={stringifyEntityRef(entity)} />;
}
