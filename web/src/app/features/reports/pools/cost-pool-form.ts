import { AbstractControl, FormArray, FormGroup, NonNullableFormBuilder, ValidatorFn, Validators } from '@angular/forms';
import type {
  AllocationKey,
  AllocationKeyKind,
  BaseAllocationKeyKind,
  CostPoolAmount,
  CostPoolView,
  CreateCostPoolRequest,
  FallbackKeyKind,
  FieldError,
  HybridPart,
  UpdateCostPoolRequest,
} from '@mutualis/contracts';
import { addDaysToDate, validateAllocationKey, type AllocationKeyProblem } from '@mutualis/domain';
import type { AppLang } from '../../../core/i18n/app-language';
import { apiErrorOf } from '../../../core/http/api-error-of';
import { centsToDollars, dollarsToCents } from '../../../core/locale/money-input';

export const KEY_KINDS: readonly AllocationKeyKind[] = [
  'usage_share',
  'hourly_rate',
  'fixed_share',
  'equal_split',
  'floor_area',
  'unit_days',
  'kilometres',
  'storage_area',
  'hybrid',
];
export const BASE_KEY_KINDS: readonly BaseAllocationKeyKind[] = [
  'fixed_share',
  'equal_split',
  'usage_share',
  'floor_area',
  'unit_days',
  'kilometres',
  'storage_area',
];
export const FALLBACK_KINDS: readonly FallbackKeyKind[] = ['equal_split', 'fixed_share', 'floor_area'];

/** Monthly amounts are created for 1 to 60 months at once. */
export const MAX_MONTHS = 60;

export type Coverage = 'resources' | 'site';
/** How the dialog adds amounts: one per month, one for a stretch of days, or none (an edit keeps them). */
export type AmountMode = 'recurring' | 'single' | 'none';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const WHOLE = /^\d{1,3}$/;

/** The sibling `name` of a control, once the control sits in its group. */
function sibling<T>(control: AbstractControl, name: string): T | undefined {
  return control.parent?.get(name)?.value as T | undefined;
}

/** Dollars and cents, optional unless `required(control)`. */
function dollarsField(lang: () => AppLang, required: (control: AbstractControl) => boolean = () => false): ValidatorFn {
  return (control) => {
    const text = String(control.value ?? '').trim();
    if (!text) return required(control) ? { required: true } : null;
    return dollarsToCents(text, lang()) === null ? { dollars: true } : null;
  };
}

function requiredWhen(condition: (control: AbstractControl) => boolean): ValidatorFn {
  return (control) => (condition(control) && !String(control.value ?? '').trim() ? { required: true } : null);
}

const usesAmount = (control: AbstractControl) =>
  sibling<AmountMode>(control, 'amountMode') !== 'none' && sibling<AllocationKeyKind>(control, 'keyKind') !== 'hourly_rate';
const isMode = (mode: AmountMode) => (control: AbstractControl) => sibling<AmountMode>(control, 'amountMode') === mode;

const monthValidator: ValidatorFn = (control) => {
  if (!isMode('recurring')(control)) return null;
  const value = String(control.value ?? '');
  if (!value) return { required: true };
  return MONTH.test(value) ? null : { month: true };
};

const monthsValidator: ValidatorFn = (control) => {
  if (!isMode('recurring')(control)) return null;
  const text = String(control.value ?? '').trim();
  const months = Number(text);
  return WHOLE.test(text) && months >= 1 && months <= MAX_MONTHS ? null : { months: true };
};

const lastDayValidator: ValidatorFn = (control) => {
  if (!isMode('single')(control)) return null;
  const lastDay = String(control.value ?? '');
  if (!lastDay) return { required: true };
  const from = sibling<string>(control, 'from');
  return from && lastDay < from ? { beforeStart: true } : null;
};

/** What the domain finds wrong with the key the form describes so far: the API runs the same check. */
function keyProblems(key: Omit<AllocationKey, 'kind'> & { kind?: AllocationKeyKind }): AllocationKeyProblem[] {
  return validateAllocationKey({ kind: 'usage_share', ...key });
}

/** A part's whole percent, 1 to 99 (checked as half of a hybrid key whose other half completes it). */
const percentValidator: ValidatorFn = (control) => {
  const text = String(control.value ?? '').trim();
  if (!WHOLE.test(text)) return { percent: true };
  const percent = Number(text);
  const parts: HybridPart[] = [
    { key: 'fixed_share', percent },
    { key: 'usage_share', percent: 100 - percent },
  ];
  return keyProblems({ kind: 'hybrid', parts }).includes('HYBRID_PERCENT_INVALID') ? { percent: true } : null;
};

/** The two parts of a hybrid key add up to 100 %. */
const partsValidator: ValidatorFn = (array) => {
  if (array.parent?.get('keyKind')?.value !== 'hybrid') return null;
  const parts = (array as FormArray).getRawValue() as Array<{ key: BaseAllocationKeyKind; percent: string }>;
  if (parts.some((part) => !WHOLE.test(String(part.percent).trim()))) return null; // each field says what is wrong
  const hybrid = parts.map((part) => ({ key: part.key, percent: Number(part.percent) }));
  if (!keyProblems({ kind: 'hybrid', parts: hybrid }).includes('HYBRID_PERCENTS_NOT_100')) return null;
  return { sum: { sum: hybrid.reduce((total, part) => total + part.percent, 0) } };
};

/** The cap, when both are given, is at least the minimum charge. */
function capValidator(lang: () => AppLang): ValidatorFn {
  const dollars = dollarsField(lang);
  return (control) => {
    const own = dollars(control);
    if (own) return own;
    const capCents = dollarsToCents(String(control.value ?? ''), lang());
    const minChargeCents = dollarsToCents(String(sibling<string>(control, 'minCharge') ?? ''), lang());
    return keyProblems({ minChargeCents, capCents }).includes('CAP_BELOW_MIN_CHARGE') ? { belowMinimum: true } : null;
  };
}

/**
 * The cost pool dialog's form. Amounts are typed in dollars and sent in integer cents; the last day
 * people type becomes the API's exclusive `to` (the day after).
 */
export function costPoolFormOf(fb: NonNullableFormBuilder, lang: () => AppLang) {
  const part = (key: BaseAllocationKeyKind, percent: string) =>
    fb.group({ key: fb.control<BaseAllocationKeyKind>(key), percent: fb.control(percent, percentValidator) });
  return fb.group({
    name: fb.control('', [Validators.required, Validators.maxLength(200), Validators.pattern(/\S/)]),
    description: fb.control('', Validators.maxLength(2000)),
    carrierOrganisationId: fb.control(''),
    coverage: fb.control<Coverage>('resources'),
    resourceIds: fb.control<string[]>([]),
    siteId: fb.control(
      '',
      requiredWhen((control) => sibling<Coverage>(control, 'coverage') === 'site'),
    ),
    keyKind: fb.control<AllocationKeyKind>('usage_share'),
    parts: fb.array([part('fixed_share', '50'), part('usage_share', '50')], partsValidator),
    fallback: fb.control<FallbackKeyKind>('equal_split'),
    minCharge: fb.control('', dollarsField(lang)),
    cap: fb.control('', capValidator(lang)),
    amountMode: fb.control<AmountMode>('recurring'),
    amount: fb.control('', dollarsField(lang, usesAmount)),
    fromMonth: fb.control('', monthValidator),
    months: fb.control('12', monthsValidator),
    from: fb.control('', requiredWhen(isMode('single'))),
    lastDay: fb.control('', lastDayValidator),
  });
}

export type CostPoolForm = ReturnType<typeof costPoolFormOf>;
export type CostPoolFormValue = ReturnType<CostPoolForm['getRawValue']>;

/** Validators that read other fields: run them all again (before saving, after a choice changes). */
export function revalidate(form: FormGroup): void {
  for (const control of Object.values(form.controls)) {
    if (control instanceof FormArray) control.controls.forEach((each) => each.updateValueAndValidity({ emitEvent: false }));
    control.updateValueAndValidity({ emitEvent: false });
  }
  form.updateValueAndValidity({ emitEvent: false });
}

/** A new pool: monthly amounts from `month` ('YYYY-MM') for a year. An existing one: as it is, adding nothing. */
export function costPoolFormValueOf(pool: CostPoolView | null, month: string, lang: AppLang): CostPoolFormValue {
  const key = pool?.key;
  const parts = key?.kind === 'hybrid' && key.parts?.length === 2 ? key.parts : null;
  const lastAmount = pool?.amounts.length ? [...pool.amounts].sort((a, b) => a.from.localeCompare(b.from)).at(-1) : undefined;
  return {
    name: pool?.name ?? '',
    description: pool?.description ?? '',
    carrierOrganisationId: pool?.carrierOrganisationId ?? '',
    coverage: pool?.siteId ? 'site' : 'resources',
    resourceIds: pool ? [...pool.resourceIds] : [],
    siteId: pool?.siteId ?? '',
    keyKind: key?.kind ?? 'usage_share',
    parts: parts
      ? parts.map((each) => ({ key: each.key, percent: String(each.percent) }))
      : [
          { key: 'fixed_share', percent: '50' },
          { key: 'usage_share', percent: '50' },
        ],
    fallback: key?.fallback ?? 'equal_split',
    minCharge: centsToDollars(key?.minChargeCents, lang),
    cap: centsToDollars(key?.capCents, lang),
    amountMode: pool ? 'none' : 'recurring',
    amount: centsToDollars(lastAmount?.amountCents, lang),
    fromMonth: lastAmount ? lastAmount.to.slice(0, 7) : month,
    months: '12',
    from: '',
    lastDay: '',
  };
}

export function allocationKeyOf(value: CostPoolFormValue, lang: AppLang): AllocationKey {
  return {
    kind: value.keyKind,
    ...(value.keyKind === 'hybrid'
      ? { parts: value.parts.map((part) => ({ key: part.key, percent: Number(part.percent) })) }
      : {}),
    fallback: value.fallback,
    minChargeCents: value.minCharge.trim() ? dollarsToCents(value.minCharge, lang) : null,
    capCents: value.cap.trim() ? dollarsToCents(value.cap, lang) : null,
  };
}

/** The amounts the form adds: monthly (`recurring`), one stretch of days (`amounts`), or none. */
function amountsOf(value: CostPoolFormValue, lang: AppLang): Pick<CreateCostPoolRequest, 'amounts' | 'recurring'> {
  const amountCents = value.keyKind === 'hourly_rate' ? null : dollarsToCents(value.amount, lang);
  switch (value.amountMode) {
    case 'recurring':
      return { recurring: { fromMonth: value.fromMonth, months: Number(value.months), amountCents } };
    case 'single':
      return { amounts: [{ from: value.from, to: addDaysToDate(value.lastDay, 1), amountCents }] };
    case 'none':
      return {};
  }
}

/** What both creation and changes send about the pool itself. */
function poolFieldsOf(
  value: CostPoolFormValue,
  lang: AppLang,
): Omit<CreateCostPoolRequest, 'networkId' | 'amounts' | 'recurring'> {
  return {
    name: value.name.trim(),
    description: value.description.trim(),
    carrierOrganisationId: value.carrierOrganisationId || null,
    resourceIds: value.coverage === 'resources' ? value.resourceIds : [],
    siteId: value.coverage === 'site' ? value.siteId : null,
    key: allocationKeyOf(value, lang),
  };
}

export function createCostPoolRequestOf(value: CostPoolFormValue, networkId: string, lang: AppLang): CreateCostPoolRequest {
  return { networkId, ...poolFieldsOf(value, lang), ...amountsOf(value, lang) };
}

/**
 * A change. Monthly amounts (`recurring`) are added by the API to those the pool has; `amounts`
 * replaces the list, so one stretch of days is sent with the amounts the pool already has.
 */
export function updateCostPoolRequestOf(
  value: CostPoolFormValue,
  lang: AppLang,
  existing: readonly CostPoolAmount[] = [],
): UpdateCostPoolRequest {
  const added = amountsOf(value, lang);
  if (!added.amounts) return { ...poolFieldsOf(value, lang), ...added };
  const kept = existing.map(({ from, to, amountCents }) => ({ from, to, amountCents }));
  return { ...poolFieldsOf(value, lang), amounts: [...kept, ...added.amounts] };
}

/** Where the API's field names land in the form (`key.capCents` → « Plafond »). */
const FIELD_CONTROLS: ReadonlyArray<readonly [RegExp, keyof CostPoolForm['controls']]> = [
  [/^name$/, 'name'],
  [/^description$/, 'description'],
  [/^carrierOrganisationId$/, 'carrierOrganisationId'],
  [/^resourceIds\b/, 'resourceIds'],
  [/^siteId$/, 'siteId'],
  [/^key(\.kind)?$/, 'keyKind'],
  [/^key\.parts\b/, 'parts'],
  [/^key\.fallback$/, 'fallback'],
  [/^key\.minChargeCents$/, 'minCharge'],
  [/^key\.capCents$/, 'cap'],
  [/^recurring\.fromMonth$/, 'fromMonth'],
  [/^recurring\.months$/, 'months'],
  [/^recurring\.amountCents$/, 'amount'],
  [/^amounts$/, 'from'],
  [/^amounts\.\d+\.from$/, 'from'],
  [/^amounts\.\d+\.to$/, 'lastDay'],
  [/^amounts\.\d+\.amountCents$/, 'amount'],
];

/** The offending fields of a VALIDATION_FAILED error (`details.fields`, or `details` itself). */
export function fieldErrorsOf(error: unknown): FieldError[] {
  const details = apiErrorOf(error)?.details as { fields?: unknown } | unknown[] | undefined;
  const fields = Array.isArray(details) ? details : details?.fields;
  return Array.isArray(fields)
    ? fields.filter((each): each is FieldError => typeof each?.field === 'string' && Array.isArray(each?.messages))
    : [];
}

/**
 * Shows the API's field errors on their fields (error `api`, the API's messages), touched so they
 * show at once; returns how many fields it placed. Typing in a field clears its error.
 */
export function showFieldErrors(form: CostPoolForm, errors: readonly FieldError[]): number {
  let placed = 0;
  for (const { field, messages } of errors) {
    const name = FIELD_CONTROLS.find(([pattern]) => pattern.test(field))?.[1];
    if (!name) continue;
    const control = form.controls[name];
    control.setErrors({ ...control.errors, api: messages.join(' ') });
    control.markAsTouched();
    placed++;
  }
  return placed;
}

/** The amounts being added overlap amounts the pool already has (409 CONFLICT). */
export function showOverlap(form: CostPoolForm): void {
  const control = form.controls.amountMode.value === 'single' ? form.controls.from : form.controls.fromMonth;
  control.setErrors({ ...control.errors, overlap: true });
  control.markAsTouched();
}
