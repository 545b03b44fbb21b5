import type * as Contracts from '@mutualis/contracts';
import type * as Domain from '@mutualis/domain';

/**
 * The allocation types are written twice: in the contracts (what the API and the web app exchange)
 * and in the domain (which may import no other project, docs/architecture.md). The API is the one
 * project that sees both, so it is where they are held equal: a field added, dropped or retyped on
 * one side only stops the API's type check here.
 */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only when every pair is the same type. */
export type AllocationTypesAgree = [
  Same<Contracts.AllocationKeyKind, Domain.AllocationKeyKind>,
  Same<Contracts.BaseAllocationKeyKind, Domain.BaseAllocationKeyKind>,
  Same<Contracts.FallbackKeyKind, Domain.FallbackKeyKind>,
  Same<Contracts.HybridPart, Domain.HybridPart>,
  Same<Contracts.AllocationKey, Domain.AllocationKey>,
  Same<Contracts.AllocationBasis, Domain.AllocationBasis>,
  Same<Contracts.Locale, Domain.ExplanationLocale>,
] extends true[]
  ? true
  : never;

export const allocationTypesAgree: AllocationTypesAgree = true;
