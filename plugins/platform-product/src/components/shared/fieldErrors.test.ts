import { fieldErrors } from './fieldErrors';

const badRequest = (message: string) =>
  Object.assign(new Error('Request failed with 400 Bad Request'), {
    cause: new Error(message),
  });

describe('fieldErrors', () => {
  it('splits a 400 answer into a message per field', () => {
    expect(
      fieldErrors(
        badRequest(
          'Invalid body: nomineeRef: must be an entity ref like component:default/name; reason: is required',
        ),
      ),
    ).toEqual({
      nomineeRef: 'must be an entity ref like component:default/name',
      reason: 'is required',
    });
    expect(
      fieldErrors(
        badRequest(
          'Invalid body: criteria.0.reviewDate: must not be in the past',
        ),
      ),
    ).toEqual({ 'criteria.0.reviewDate': 'must not be in the past' });
  });

  it('names no field for other errors', () => {
    expect(fieldErrors(badRequest('Feedback 12 is acknowledged now'))).toEqual(
      {},
    );
    expect(fieldErrors(new Error('Failed to fetch'))).toEqual({});
  });
});
