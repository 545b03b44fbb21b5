import { AbstractControl, FormControl, NonNullableFormBuilder, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import type { AgreementView, CreateAgreementRequest, QuotaPeriodUnit } from '@mutualis/contracts';
import type { AppLang } from '../../../core/i18n/app-language';
import { hoursToMinutes, minutesToHoursField } from '../../../core/locale/hours-format';
import { addDays } from '../staff-time';
import { hoursField } from './staff-form';

/** An agreement counts at most a year of hours per period (366 days). */
const MAX_MINUTES_PER_PERIOD = 366 * 1440;
/** A fixed share: 0 to 100 %, at most two decimals, comma or dot. */
const PERCENT = /^(\d{1,3})(?:[.,](\d{1,2}))?$/;

/** « 33,33 », "33.33", « 25 % » as a percent from 0 to 100, or null. */
export function percentOf(text: string): number | null {
  const match = PERCENT.exec(text.trim().replace(/\s*%$/, ''));
  if (!match) return null;
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return hundredths <= 10000 ? hundredths / 100 : null;
}

/** A percent as the field shows it: « 33,5 » in French, "33.5" in English; empty for none. */
export function percentField(percent: number | null, lang: AppLang): string {
  if (percent === null) return '';
  const text = String(percent);
  return lang === 'fr' ? text.replace('.', ',') : text;
}

const percentValidator: ValidatorFn = (control) =>
  !String(control.value ?? '').trim() || percentOf(String(control.value)) !== null ? null : { percent: true };

/** The last day comes on or after the first. */
function lastDayAfterStart(group: AbstractControl): ValidationErrors | null {
  const { startsOn, lastDay } = group.value as { startsOn: string; lastDay: string };
  return startsOn && lastDay && lastDay < startsOn ? { lastDayBeforeStart: true } : null;
}

/**
 * The agreement dialog's form. People think of the last day an agreement applies; the API
 * stores `endsOn`, the first day it no longer does (lastDay + 1).
 */
export function agreementFormOf(fb: NonNullableFormBuilder) {
  return fb.group(
    {
      organisationId: fb.control('', Validators.required),
      hoursPerPeriod: fb.control('', hoursField(MAX_MINUTES_PER_PERIOD)),
      periodUnit: fb.control<QuotaPeriodUnit>('month'),
      startsOn: fb.control('', Validators.required),
      lastDay: fb.control(''),
      overQuota: fb.control<'refuse' | 'warn'>('refuse'),
      rollover: fb.control<'none' | 'next'>('none'),
      rolloverCapHours: fb.control('', hoursField(MAX_MINUTES_PER_PERIOD)),
      fixedSharePercent: new FormControl('', { nonNullable: true, validators: percentValidator }),
    },
    { validators: lastDayAfterStart },
  );
}

export type AgreementForm = ReturnType<typeof agreementFormOf>;
export type AgreementFormValue = ReturnType<AgreementForm['getRawValue']>;

export function agreementFormValueOf(agreement: AgreementView | null, startsOn: string, lang: AppLang): AgreementFormValue {
  return {
    organisationId: agreement?.organisationId ?? '',
    hoursPerPeriod: minutesToHoursField(agreement?.minutesPerPeriod, lang),
    periodUnit: agreement?.periodUnit ?? 'month',
    startsOn: agreement?.startsOn ?? startsOn,
    lastDay: agreement?.endsOn ? addDays(agreement.endsOn, -1) : '',
    overQuota: agreement?.overQuota ?? 'refuse',
    rollover: agreement?.rollover ?? 'none',
    rolloverCapHours: minutesToHoursField(agreement?.rolloverCapMinutes, lang),
    fixedSharePercent: percentField(agreement?.fixedSharePercent ?? null, lang),
  };
}

/** The terms both creation and changes send; an empty field clears its term (null). */
export type AgreementTerms = Required<Omit<CreateAgreementRequest, 'organisationId' | 'resourceId'>>;

export function agreementTermsOf(value: AgreementFormValue): AgreementTerms {
  const hours = value.hoursPerPeriod.trim() ? hoursToMinutes(value.hoursPerPeriod) : null;
  const cap = value.rollover === 'next' && value.rolloverCapHours.trim() ? hoursToMinutes(value.rolloverCapHours) : null;
  return {
    minutesPerPeriod: hours,
    periodUnit: value.periodUnit,
    startsOn: value.startsOn,
    endsOn: value.lastDay ? addDays(value.lastDay, 1) : null,
    overQuota: value.overQuota,
    rollover: value.rollover,
    rolloverCapMinutes: cap,
    fixedSharePercent: value.fixedSharePercent.trim() ? percentOf(value.fixedSharePercent) : null,
  };
}

export function createAgreementRequestOf(value: AgreementFormValue, resourceId: string): CreateAgreementRequest {
  return { organisationId: value.organisationId, resourceId, ...agreementTermsOf(value) };
}
