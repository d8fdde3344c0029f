import { z } from 'zod';

/** A full, lower- or mixed-case entity ref: `kind:namespace/name`. */
export const entityRefSchema = z
  .string()
  .trim()
  .regex(
    /^[a-z0-9-_.]+:[a-z0-9-_.]+\/[a-z0-9-_.]+$/i,
    'must be an entity ref like component:default/name',
  )
  .transform(ref => ref.toLocaleLowerCase('en-US'));

/** Query of `GET /tools/adoption`: optionally a subset of tools. */
export const adoptionQuerySchema = z.object({
  toolRef: z
    .preprocess(
      v => (typeof v === 'string' ? [v] : v),
      z.array(entityRefSchema).min(1),
    )
    .optional(),
});
export type AdoptionQuery = z.infer<typeof adoptionQuerySchema>;

/** Body of `PUT /ratings`: set (or replace) the caller's rating of a tool. */
export const ratingInputSchema = z.object({
  toolRef: entityRefSchema,
  stars: z.number().int('must be a whole number').min(1).max(5),
  comment: z.string().trim().max(2000).optional(),
  anonymous: z.boolean().default(false),
});
export type RatingInput = z.input<typeof ratingInputSchema>;

/** Query of `GET /ratings` and `DELETE /ratings`: one tool. */
export const toolQuerySchema = z.object({
  toolRef: entityRefSchema,
});
