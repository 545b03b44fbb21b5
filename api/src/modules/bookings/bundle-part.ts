import type { BundlePartRef } from '@mutualis/contracts';
import { DomainError } from '../../errors/domain-error';

/** Runs `work`; a refusal it throws names the part of the bundle it is about. */
export async function naming<T>(part: BundlePartRef, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const details = typeof error.details === 'object' && error.details !== null ? error.details : {};
    if ('part' in details) throw error;
    throw new DomainError(error.code, `${part.resourceName || part.resourceId}: ${error.message}`, { ...details, part });
  }
}
