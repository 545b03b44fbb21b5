import { Directive, effect, ElementRef, forwardRef, HostAttributeToken, inject, Renderer2 } from '@angular/core';
import {
  type AbstractControl,
  type ControlValueAccessor,
  NG_VALIDATORS,
  NG_VALUE_ACCESSOR,
  type ValidationErrors,
  type Validator,
} from '@angular/forms';
import { AppLanguage } from '../i18n/app-language';
import { fieldPattern, formatFieldValue, parseFieldValue, type FieldKind } from './field-date-time';

/**
 * Date and time fields in the app's language instead of the browser's: on every
 * `<input type="date|time|datetime-local">` with a form control, the field becomes a text field that
 * shows « 2026-12-07 » and « 13 h 30 » (French) or "1:30 p.m." (English), reads what is typed in those
 * forms, and switches with the language. The form keeps the native value ('YYYY-MM-DD', 'HH:mm',
 * 'YYYY-MM-DDTHH:mm'); what cannot be read stays as typed and the control is invalid
 * (`{ fieldFormat: { pattern } }`), so nothing half-read is ever sent.
 */
@Directive({
  selector:
    'input[type=date][formControlName], input[type=time][formControlName], input[type=datetime-local][formControlName], ' +
    'input[type=date][ngModel], input[type=time][ngModel], input[type=datetime-local][ngModel], ' +
    'input[type=date][formControl], input[type=time][formControl], input[type=datetime-local][formControl]',
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => LocaleDateTimeInput), multi: true },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => LocaleDateTimeInput), multi: true },
  ],
  host: {
    '(input)': 'typed($any($event.target).value)',
    '(blur)': 'blurred()',
    autocomplete: 'off',
    '[attr.inputmode]': 'kind === "date" ? "numeric" : null',
  },
})
export class LocaleDateTimeInput implements ControlValueAccessor, Validator {
  /** The native type written in the template: what the form's value looks like. */
  protected readonly kind = inject(new HostAttributeToken('type')) as FieldKind;
  private readonly element = inject<ElementRef<HTMLInputElement>>(ElementRef).nativeElement;
  private readonly renderer = inject(Renderer2);
  private readonly locale = inject(AppLanguage).locale;
  /** The form's value; what the field shows is drawn from it in the active language. */
  private value = '';
  /** Text that could not be read, kept as typed. */
  private unreadable: string | null = null;
  private onChange: (value: string) => void = () => undefined;
  private onTouched: () => void = () => undefined;
  private onValidatorChange: () => void = () => undefined;

  constructor() {
    // Material's input writes the native type when it reads `type`; the field is a text field.
    effect(() => {
      this.renderer.setProperty(this.element, 'type', 'text');
      this.renderer.setAttribute(this.element, 'placeholder', fieldPattern(this.kind, this.locale()));
      if (this.unreadable === null) this.show();
      else this.onValidatorChange();
    });
  }

  writeValue(value: string | null | undefined): void {
    this.value = value ?? '';
    this.unreadable = null;
    this.show();
  }

  registerOnChange(onChange: (value: string) => void): void {
    this.onChange = onChange;
  }

  registerOnTouched(onTouched: () => void): void {
    this.onTouched = onTouched;
  }

  registerOnValidatorChange(onValidatorChange: () => void): void {
    this.onValidatorChange = onValidatorChange;
  }

  setDisabledState(disabled: boolean): void {
    this.renderer.setProperty(this.element, 'disabled', disabled);
  }

  validate(_control: AbstractControl): ValidationErrors | null {
    return this.unreadable === null ? null : { fieldFormat: { pattern: fieldPattern(this.kind, this.locale()) } };
  }

  protected typed(text: string): void {
    const parsed = text.trim() ? parseFieldValue(text, this.kind, this.locale()) : '';
    this.unreadable = parsed === null ? text : null;
    this.value = parsed ?? text;
    // The control validates as it takes the value, reading `unreadable`.
    this.onChange(this.value);
  }

  /** Leaving the field writes what was read the way the app writes it (« 1330 » becomes « 13 h 30 »). */
  protected blurred(): void {
    if (this.unreadable === null) this.show();
    this.onTouched();
  }

  private show(): void {
    this.renderer.setProperty(this.element, 'value', formatFieldValue(this.value, this.kind, this.locale()));
  }
}
