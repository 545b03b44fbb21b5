import { FormControl, NonNullableFormBuilder, ValidatorFn, Validators } from '@angular/forms';
import type { BookingRules, CreateSpaceRequest, ResourceView, UpdateSpaceRequest } from '@mutualis/contracts';
import type { AppLang } from '../../core/i18n/app-language';
import { centsToDollars, dollarsToCents } from '../../core/locale/money-input';

/** The rules a new space starts with (the API's own defaults). */
export const DEFAULT_RULES: BookingRules = {
  approvalRequired: false,
  minDurationMinutes: 15,
  maxDurationMinutes: 720,
  granularityMinutes: 15,
  minLeadMinutes: 0,
  maxAdvanceDays: 365,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  bookableBy: 'network',
  bookableOrganisationIds: [],
  weeklyMinutesPerOrganisation: null,
};

const WHOLE_NUMBER = /^\d+$/;
const whole = (min: number, max: number): ValidatorFn[] => [
  Validators.required,
  Validators.min(min),
  Validators.max(max),
  Validators.pattern(WHOLE_NUMBER),
];
const optionalWhole = (min: number, max: number): ValidatorFn[] => [
  Validators.min(min),
  Validators.max(max),
  Validators.pattern(WHOLE_NUMBER),
];

/** The hourly rate field: empty (no rate) or an amount in dollars. */
const dollars: ValidatorFn = (control) =>
  !control.value || dollarsToCents(String(control.value)) !== null ? null : { dollars: true };

/** The space form (« salle »): what the space is, then who may book it and how. */
export function spaceFormOf(fb: NonNullableFormBuilder) {
  return fb.group({
    name: fb.control('', [Validators.required, Validators.maxLength(200)]),
    capacity: new FormControl<number | null>(null, optionalWhole(1, 10000)),
    floorAreaM2: new FormControl<number | null>(null, [Validators.min(0), Validators.max(1000000)]),
    /** The organisation the space is given over to (floor-area key); '' = shared. */
    dedicatedOrganisationId: fb.control(''),
    equipment: fb.control<string[]>([]),
    accessibilityNotes: fb.control('', Validators.maxLength(2000)),
    hourlyRate: fb.control('', dollars),
    active: fb.control(true),
    rules: fb.group({
      approvalRequired: fb.control(DEFAULT_RULES.approvalRequired),
      minDurationMinutes: fb.control(DEFAULT_RULES.minDurationMinutes, whole(1, 1440)),
      maxDurationMinutes: fb.control(DEFAULT_RULES.maxDurationMinutes, whole(1, 1440)),
      granularityMinutes: fb.control(DEFAULT_RULES.granularityMinutes, whole(1, 1440)),
      minLeadMinutes: fb.control(DEFAULT_RULES.minLeadMinutes, whole(0, 525600)),
      maxAdvanceDays: fb.control(DEFAULT_RULES.maxAdvanceDays, whole(1, 1830)),
      bufferBeforeMinutes: fb.control(DEFAULT_RULES.bufferBeforeMinutes, whole(0, 240)),
      bufferAfterMinutes: fb.control(DEFAULT_RULES.bufferAfterMinutes, whole(0, 240)),
      bookableBy: fb.control<BookingRules['bookableBy']>(DEFAULT_RULES.bookableBy),
      bookableOrganisationIds: fb.control<string[]>([]),
      weeklyMinutesPerOrganisation: new FormControl<number | null>(null, optionalWhole(1, 10080)),
    }),
  });
}

export type SpaceForm = ReturnType<typeof spaceFormOf>;
export type SpaceFormValue = ReturnType<SpaceForm['getRawValue']>;

/** A space as the form shows it: the rate in dollars with the language's decimal separator. */
export function spaceFormValueOf(space: ResourceView | null, lang: AppLang): SpaceFormValue {
  const rules = space?.rules ?? DEFAULT_RULES;
  return {
    name: space?.name ?? '',
    capacity: space?.capacity ?? null,
    floorAreaM2: space?.floorAreaM2 ?? null,
    dedicatedOrganisationId: space?.dedicatedOrganisationId ?? '',
    equipment: [...(space?.equipment ?? [])],
    accessibilityNotes: space?.accessibilityNotes ?? '',
    hourlyRate: centsToDollars(space?.hourlyRateCents, lang),
    active: space?.active ?? true,
    rules: { ...rules, bookableOrganisationIds: [...rules.bookableOrganisationIds] },
  };
}

/** `POST /api/spaces`: the rate in integer cents, empty fields left out. */
export function createSpaceRequestOf(siteId: string, value: SpaceFormValue): CreateSpaceRequest {
  const cents = value.hourlyRate.trim() ? dollarsToCents(value.hourlyRate) : null;
  return {
    siteId,
    name: value.name.trim(),
    ...(value.capacity !== null && String(value.capacity) !== '' ? { capacity: Number(value.capacity) } : {}),
    ...(value.floorAreaM2 !== null && String(value.floorAreaM2) !== '' ? { floorAreaM2: Number(value.floorAreaM2) } : {}),
    ...(value.dedicatedOrganisationId ? { dedicatedOrganisationId: value.dedicatedOrganisationId } : {}),
    equipment: value.equipment,
    accessibilityNotes: value.accessibilityNotes.trim(),
    ...(cents !== null ? { hourlyRateCents: cents } : {}),
    rules: rulesOf(value.rules),
  };
}

/** Every field, so the space becomes exactly what the form shows; a cleared rate or dedication is sent as null. */
export function updateSpaceRequestOf(value: SpaceFormValue): UpdateSpaceRequest {
  const { siteId: _siteId, hourlyRateCents, ...fields } = createSpaceRequestOf('', value);
  return {
    ...fields,
    hourlyRateCents: hourlyRateCents ?? null,
    dedicatedOrganisationId: value.dedicatedOrganisationId || null,
    active: value.active,
  };
}

function rulesOf(rules: SpaceFormValue['rules']): BookingRules {
  const weekly = rules.weeklyMinutesPerOrganisation;
  return {
    ...rules,
    minDurationMinutes: Number(rules.minDurationMinutes),
    maxDurationMinutes: Number(rules.maxDurationMinutes),
    granularityMinutes: Number(rules.granularityMinutes),
    minLeadMinutes: Number(rules.minLeadMinutes),
    maxAdvanceDays: Number(rules.maxAdvanceDays),
    bufferBeforeMinutes: Number(rules.bufferBeforeMinutes),
    bufferAfterMinutes: Number(rules.bufferAfterMinutes),
    bookableOrganisationIds: rules.bookableBy === 'list' ? rules.bookableOrganisationIds : [],
    weeklyMinutesPerOrganisation: weekly === null || String(weekly) === '' ? null : Number(weekly),
  };
}
