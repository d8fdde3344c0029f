import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  NominationInput,
  nominationInputSchema,
} from 'backstage-plugin-platform-product-common';
import { Translate } from '../../translation';
import { FieldMessages, schemaErrors } from '../shared/schemaErrors';

export const REASON_MAX_LENGTH = 2000;

export interface NominationForm {
  teamRef: string;
  /** A user entity ref, or only the name of a user in the default namespace. */
  person: string;
  reason: string;
  focusAreas: string[];
}

/** `jane.doe` or `user:default/jane.doe` as a full entity ref; as typed when it is no ref. */
function toNomineeRef(person: string): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(person.trim(), {
        defaultKind: 'user',
        defaultNamespace: 'default',
      }),
    );
  } catch {
    return person.trim();
  }
}

/** The words for the schema's issues, by field of the request. */
const messages = {
  teamRef: 'champions.nominate.teamRequired',
  nomineeRef: {
    missing: 'champions.nominate.personRequired',
    other: 'champions.nominate.personInvalid',
  },
  reason: {
    missing: 'champions.reasonRequired',
    too_big: 'champions.nominate.reasonTooLong',
  },
} as const satisfies Record<string, FieldMessages<string>>;

/** The messages of the fields in error by the nomination's schema, translated by `t`. */
export function validate(
  form: NominationForm,
  t: Translate,
): Partial<Record<keyof NominationForm, string>> {
  const errors = schemaErrors(nominationInputSchema, toInput(form), messages);
  const byField = {
    teamRef: errors.teamRef,
    person: errors.nomineeRef,
    reason: errors.reason,
  };
  return Object.fromEntries(
    Object.entries(byField).flatMap(([field, key]) =>
      key ? [[field, t(key)]] : [],
    ),
  );
}

/** The request body; the schema says whether the person is a user. */
export function toInput(form: NominationForm): NominationInput {
  return {
    nomineeRef: toNomineeRef(form.person),
    teamRef: form.teamRef,
    reason: form.reason.trim(),
    focusAreas: form.focusAreas,
  };
}
