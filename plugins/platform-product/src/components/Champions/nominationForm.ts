import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { NominationInput } from 'backstage-plugin-platform-product-common';
import { Translate } from '../../translation';

export const REASON_MAX_LENGTH = 2000;

export interface NominationForm {
  teamRef: string;
  /** A user entity ref, or only the name of a user in the default namespace. */
  person: string;
  reason: string;
  focusAreas: string[];
}

/** `jane.doe` or `user:default/jane.doe` as a user ref; undefined when it is not a user's. */
export function toUserRef(person: string): string | undefined {
  try {
    const ref = parseEntityRef(person.trim(), {
      defaultKind: 'user',
      defaultNamespace: 'default',
    });
    return ref.kind.toLocaleLowerCase('en-US') === 'user'
      ? stringifyEntityRef(ref)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The messages of the fields in error, translated by `t`. */
export function validate(
  form: NominationForm,
  t: Translate,
): Partial<Record<keyof NominationForm, string>> {
  const errors: Partial<Record<keyof NominationForm, string>> = {};
  if (!form.teamRef) {
    errors.teamRef = t('champions.nominate.teamRequired');
  }
  if (!form.person.trim()) {
    errors.person = t('champions.nominate.personRequired');
  } else if (!toUserRef(form.person)) {
    errors.person = t('champions.nominate.personInvalid');
  }
  if (!form.reason.trim()) {
    errors.reason = t('champions.reasonRequired');
  }
  return errors;
}

/** The input of a valid form. */
export function toInput(form: NominationForm): NominationInput {
  return {
    nomineeRef: toUserRef(form.person)!,
    teamRef: form.teamRef,
    reason: form.reason.trim(),
    focusAreas: form.focusAreas,
  };
}
