/** Queries by what a person sees or hears (labels, button names), like the browser tests do. */

function normalised(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The form control whose `<label>` reads `label` (Material puts the mat-label in a `<label for>`). */
export function inputLabelled(root: ParentNode, label: string): HTMLInputElement {
  const match = Array.from(root.querySelectorAll('label')).find((each) => normalised(each.textContent) === label);
  const control = match?.htmlFor ? root.querySelector<HTMLInputElement>(`[id="${match.htmlFor}"]`) : null;
  if (!control) throw new Error(`No control labelled « ${label} »`);
  return control;
}

/** The accessible name of a button: its aria-label, else its text. */
export function accessibleName(element: Element): string {
  return normalised(element.getAttribute('aria-label') ?? element.textContent);
}

export function buttonNamed(root: ParentNode, name: string): HTMLButtonElement {
  const button = Array.from(root.querySelectorAll<HTMLButtonElement>('button, a[mat-menu-item], [role="menuitem"]')).find(
    (each) => accessibleName(each) === name,
  );
  if (!button) throw new Error(`No button named « ${name} »`);
  return button;
}

export function queryButtonNamed(root: ParentNode, name: string): HTMLButtonElement | null {
  try {
    return buttonNamed(root, name);
  } catch {
    return null;
  }
}

/**
 * The control of a Material form field whose label reads `label` (without the required-field
 * asterisk): an input named by `<label for>`, or a mat-select named by `aria-labelledby`.
 */
export function fieldLabelled<T extends HTMLElement = HTMLInputElement>(root: ParentNode, label: string): T {
  const match = Array.from(root.querySelectorAll('label')).find((each) => labelText(each) === label);
  const control = match?.htmlFor
    ? root.querySelector<T>(`[id="${match.htmlFor}"]`)
    : match?.id
      ? root.querySelector<T>(`[aria-labelledby~="${match.id}"]`)
      : null;
  if (!control) throw new Error(`No control labelled « ${label} »`);
  return control;
}

function labelText(label: HTMLLabelElement): string {
  const copy = label.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.mat-mdc-form-field-required-marker').forEach((marker) => marker.remove());
  return normalised(copy.textContent);
}

/** Opens the Material select labelled `label` and picks the option reading `option` (options live in the overlay). */
export async function chooseOption(root: ParentNode, label: string, option: string, settle: () => Promise<void>): Promise<void> {
  fieldLabelled<HTMLElement>(root, label).click();
  await settle();
  const choice = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find(
    (each) => normalised(each.textContent) === option,
  );
  if (!choice) throw new Error(`No option « ${option} » in « ${label} »`);
  choice.click();
  await settle();
}

/** Types into an input the way a person does: Angular forms listen to `input` events. */
export function typeInto(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}

export function textOf(element: Element | null | undefined): string {
  return normalised(element?.textContent);
}

/**
 * Lets the page finish what a response started: promise continuations (which zoneless Angular
 * does not track), then rendering and navigation.
 */
export async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
}
