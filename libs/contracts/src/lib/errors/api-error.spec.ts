import { isApiError } from './api-error';

describe('isApiError', () => {
  it('recognises an API error body', () => {
    expect(isApiError({ code: 'NOT_FOUND', message: 'No such route' })).toBe(true);
  });

  it('rejects bodies without a code or a message', () => {
    expect(isApiError({ message: 'x' })).toBe(false);
    expect(isApiError({ code: 'NOT_FOUND' })).toBe(false);
    expect(isApiError(null)).toBe(false);
    expect(isApiError('NOT_FOUND')).toBe(false);
  });
});
