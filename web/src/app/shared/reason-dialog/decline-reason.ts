import type { ReasonDialogData } from './reason-dialog';

/**
 * The wording of a declined request, the same for a room declined by its coordinator and a pooled
 * employee's time declined by the employee: the organisation reads the reason. The title takes
 * `title` and `organisationName`.
 */
export const DECLINE_REASON = {
  titleKey: 'declineReason.title',
  labelKey: 'declineReason.reason',
  requiredKey: 'declineReason.reasonRequired',
  submitKey: 'declineReason.submit',
} as const satisfies Omit<ReasonDialogData, 'titleParams'>;
